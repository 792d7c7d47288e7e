/**
 * Shaping Pagefind's results for display: which sections of a page to offer, the excerpt's
 * highlighted words, and the sentence that announces how many results there are. Pure, no DOM.
 */
import { describeFallback, type QueryFallback } from './fallback';

/** The parts of a Pagefind sub-result used here (see PagefindSubResult in src/lib/search/pagefind.ts). */
export interface SectionLike {
  title: string;
  url: string;
  /** Present when the section starts at a heading (or an element with data-pagefind-title). */
  anchor?: { id: string };
  weighted_locations: readonly { balanced_score: number }[];
}

/**
 * The sections of a page that best match, best first: only those that start at a heading, so that
 * each link lands on it (the part before the first heading is the page's own link). Ties keep page order.
 */
export function bestSections<S extends SectionLike>(subResults: readonly S[], limit = 3): S[] {
  const score = (section: S) => section.weighted_locations.reduce((total, location) => total + location.balanced_score, 0);
  return subResults
    .map((section, index) => ({ section, index, score: score(section) }))
    .filter(({ section }) => section.anchor !== undefined)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ section }) => section);
}

export interface ExcerptSegment {
  text: string;
  /** A word that matched the query (Pagefind wraps it in <mark>). */
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * Splits a Pagefind excerpt (HTML-escaped text with <mark> around matched words) into plain text
 * segments, so that the page can build it from text nodes and <mark> elements, never from HTML.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
    segments.push({ text: decodeEntities(match[1]!), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) segments.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
  return segments.filter((segment) => segment.text.length > 0);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const quotedQuery = (query: string, fallback: QueryFallback | undefined) => (fallback ? describeFallback(fallback) : `“${query.trim()}”`);

/** "4 results for “credit”", "No results for …": the announcement without filters (the header's quick results have none). */
export function countMessage(query: string, count: number, fallback?: QueryFallback): string {
  const quoted = quotedQuery(query, fallback);
  return count === 0 ? `No results for ${quoted}` : `${plural(count, 'result', 'results')} for ${quoted}`;
}

/**
 * The sentence the live region announces once results are on the page; with a `fallback`, it names
 * the words the results are for ("4 results for any of: mentor, busy").
 */
export function resultCountMessage({
  query,
  count,
  unfilteredCount,
  filtered,
  fallback,
}: {
  query: string;
  count: number;
  unfilteredCount: number;
  filtered: boolean;
  fallback?: QueryFallback | undefined;
}): string {
  if (!filtered) return countMessage(query, count, fallback);
  const quoted = quotedQuery(query, fallback);
  if (count === 0) {
    return unfilteredCount === 0
      ? `No results for ${quoted}`
      : `No results for ${quoted} with these filters (${plural(unfilteredCount, 'result', 'results')} without them)`;
  }
  return `${plural(count, 'result', 'results')} for ${quoted} with these filters (${unfilteredCount} in all)`;
}

/**
 * Whether to search as the reader types this value: when the field is empty (to clear the
 * results), or once the word being typed has three letters. One or two letters match nearly every
 * page, and those results would be downloaded only to be replaced a moment later.
 */
export function readyToSearchAsTyped(value: string): boolean {
  const words = value.trim().split(/\s+/);
  return words.join('') === '' || words.at(-1)!.length >= 3;
}


/** Tells the reader which filters from the address were dropped, and that the search covers more instead. */
export function unknownFiltersMessage(unknown: readonly { value: string; groupName: string }[]): string {
  if (unknown.length === 0) return '';
  const named = unknown.map(({ value, groupName }) => `“${value}” (${groupName.toLowerCase()})`).join(' and ');
  return `This link asked for ${named}, which the guide does not have, so that filter is off.`;
}
