/** Formatting of bibliography entries: pure functions over the reference schema's data. */

export interface CitableReference {
  type: string;
  authors: string[];
  etAl: boolean;
  title: string;
  journal?: string | undefined;
  publisher?: string | undefined;
  year?: number | undefined;
  accessed?: Date | undefined;
  date?: Date | undefined;
  volume?: string | undefined;
  issue?: string | undefined;
  pages?: string | undefined;
  doi?: string | undefined;
  pmid?: string | undefined;
  pmcid?: string | undefined;
  url?: string | undefined;
}

/** Vancouver lists up to six authors, then "et al.". */
const MAX_LISTED_AUTHORS = 6;

/** "Straus SE" → "Straus"; "van der Berg AB" → "van der Berg"; an organisation stays whole. */
export function familyName(author: string): string {
  const parts = author.trim().split(/\s+/);
  const last = parts.at(-1) ?? '';
  return parts.length > 1 && /^[A-Z]{1,4}$/.test(last) ? parts.slice(0, -1).join(' ') : author.trim();
}

/** "Straus et al., 2013", "Higgins and Kram, 2001", "Tobin, 2004", or the publisher or journal; "n.d." for an undated page. */
export function shortCitation(ref: CitableReference): string {
  const names = ref.authors.map(familyName);
  let who: string;
  if (names.length === 0) who = ref.publisher ?? ref.journal ?? ref.title;
  else if (names.length === 1 && !ref.etAl) who = names[0]!;
  else if (names.length === 2 && !ref.etAl) who = `${names[0]} and ${names[1]}`;
  else who = `${names[0]} et al.`;
  return `${who}, ${ref.year ?? 'n.d.'}`;
}

/** The author list in Vancouver style: "Straus SE, Johnson MO, Marquez C, Feldman MD." */
export function formatAuthors(ref: CitableReference): string {
  if (ref.authors.length === 0) return '';
  const listed = ref.authors.slice(0, MAX_LISTED_AUTHORS);
  const more = ref.etAl || ref.authors.length > MAX_LISTED_AUTHORS;
  return `${listed.join(', ')}${more ? ', et al' : ''}.`;
}

/** Where the work appeared: "Acad Med. 2013;88(1):82-89." or "ALiEM; 2013." */
export function formatSource(ref: CitableReference): string {
  const container = ref.journal ?? ref.publisher;
  const volume = ref.volume ? `;${ref.volume}${ref.issue ? `(${ref.issue})` : ''}` : '';
  const pages = ref.pages ? `:${ref.pages}` : '';
  const when = ref.date && ref.type !== 'journal-article' ? formatCitationDate(ref.date) : String(ref.year ?? 'n.d.');
  const cited = ref.accessed ? ` [cited ${formatCitationDate(ref.accessed)}]` : '';
  const source = `${when}${volume}${pages}${cited}.`;
  return container ? `${container}. ${source}` : source;
}

function formatCitationDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export interface ReferenceLink {
  label: string;
  href: string;
}

/** Links a reader can follow to the work: DOI, PubMed, PubMed Central, web page. */
export function referenceLinks(ref: CitableReference): ReferenceLink[] {
  const links: ReferenceLink[] = [];
  if (ref.doi) links.push({ label: `doi:${ref.doi}`, href: `https://doi.org/${ref.doi}` });
  if (ref.pmid) links.push({ label: `PubMed ${ref.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/` });
  if (ref.pmcid) links.push({ label: `Free full text ${ref.pmcid}`, href: `https://www.ncbi.nlm.nih.gov/pmc/articles/${ref.pmcid}/` });
  if (ref.url) links.push({ label: 'Web page', href: ref.url });
  return links;
}

/** The fragment id of a reference in an article's reference list. */
export function referenceAnchor(id: string): string {
  return `ref-${id}`;
}
