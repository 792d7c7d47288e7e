/**
 * Reference lists as BibTeX and RIS files for reference managers, produced at build time
 * with citation.js from the same structured data the page shows.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { familyName, type CitableReference } from './references';

const CSL_TYPES: Record<string, string> = {
  'journal-article': 'article-journal',
  'magazine-article': 'article-magazine',
  book: 'book',
  'book-chapter': 'chapter',
  'web-page': 'webpage',
};

export interface CslName {
  family: string;
  given?: string;
}

/** "Straus SE" → { family: "Straus", given: "S. E." }; an organisation stays a family name. */
export function toCslName(author: string): CslName {
  const family = familyName(author);
  const initials = author.trim().slice(family.length).trim();
  return initials ? { family, given: initials.split('').join('. ') + '.' } : { family };
}

/** One reference as CSL-JSON, the interchange format citation.js reads. */
export function toCsl(id: string, ref: CitableReference): Record<string, unknown> {
  const dateParts = (date: Date) => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const issued = ref.date ? dateParts(ref.date) : ref.year !== undefined ? [ref.year] : undefined;
  const csl: Record<string, unknown> = {
    id,
    // BibTeX keys may not contain hyphens: "straus-2013" becomes "straus2013".
    'citation-key': id.replace(/[^A-Za-z0-9]/g, ''),
    type: CSL_TYPES[ref.type] ?? 'document',
    title: ref.title,
    author: ref.authors.map(toCslName),
  };
  if (issued) csl.issued = { 'date-parts': [issued] };
  if (ref.accessed) csl.accessed = { 'date-parts': [dateParts(ref.accessed)] };
  const optional: Record<string, string | undefined> = {
    'container-title': ref.journal,
    publisher: ref.publisher,
    volume: ref.volume,
    issue: ref.issue,
    page: ref.pages,
    DOI: ref.doi,
    PMID: ref.pmid,
    PMCID: ref.pmcid,
    URL: ref.url,
  };
  for (const [key, value] of Object.entries(optional)) if (value) csl[key] = value;
  return csl;
}

type Entries = { id: string; data: CitableReference }[];

export function toBibtex(entries: Entries): string {
  return new Cite(entries.map(({ id, data }) => toCsl(id, data))).format('bibtex') as string;
}

export function toRis(entries: Entries): string {
  return new Cite(entries.map(({ id, data }) => toCsl(id, data))).format('ris') as string;
}
