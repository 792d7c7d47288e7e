/** Table of contents from a page's headings: pure, so it is tested without a build. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Long pages (this many sections or more) get a table of contents. */
export const MIN_SECTIONS_FOR_TOC = 3;

/** Sections (h2) with their subsections (h3); deeper headings are left out. */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3 && toc.length > 0) {
      toc.at(-1)!.children.push({ slug: heading.slug, text: heading.text, children: [] });
    }
  }
  return toc;
}

export function shouldShowToc(toc: readonly TocEntry[]): boolean {
  return toc.length >= MIN_SECTIONS_FOR_TOC;
}
