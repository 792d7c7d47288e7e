// citation.js ships no type declarations; these cover the part this project uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibtex' | 'ris' | 'data' | 'bibliography', options?: Record<string, unknown>): string | object;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
