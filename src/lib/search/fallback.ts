/**
 * Searching in readers' words. Pagefind wants every word of a query on a page, so "is my
 * supervisor my mentor" would miss the article comparing mentors and supervisors because it never
 * says "my". So common words (STOP_WORDS) never keep a page out: the search is for the query's
 * other words, and a page that has every word typed ranks higher. When that finds fewer than
 * FEW_RESULTS pages, the search is for any of those words ("mentor" or "busy"), best score first,
 * and the reader is told which words the results are for.
 *
 * The search page and the header's quick results both search through `searchInReadersWords`, so
 * they find the same pages; `npm run bench:search` and the relevance test measure the search page.
 */
import type { Pagefind, PagefindFilterCounts, PagefindFilters, PagefindResult, PagefindSearch } from './pagefind';

/** Fewer results than this, for a query of several words, and the search is tried in other words. */
export const FEW_RESULTS = 3;

/**
 * Words that say little about what a reader looks for: articles, pronouns, auxiliaries, question
 * words, the commonest prepositions. Left out only when a search as typed finds too little.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if so as than then too very also just ' +
    'i me my mine myself we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'this that these those there here ' +
    'is am are was were be been being do does did doing done have has had having ' +
    'can could will would shall should may might must ' +
    'what which who whom whose when where why how ' +
    'of to in on at by for with from into onto about over under up out off ' +
    'not no nor any some all each every other such own same only ' +
    'get gets got really please want wants need needs'
  ).split(' '),
);

/** The words of a query, as Pagefind splits them: apostrophes and hyphens stay inside a word. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/^['’-]+|['’-]+$/g, ''))
    .filter(Boolean);
}

/** How a query is searched: every one of `terms` on a page, or any of them. */
export interface SearchPlan {
  terms: string[];
  mode: 'all' | 'any';
  /** The query as typed, when `terms` leave out its common words: pages with all of it rank higher. */
  asTyped?: string;
}

/**
 * The searches to try for a query, in order, until one finds FEW_RESULTS pages: its words but the
 * common ones (or the query as typed, when it has none, or only common words, or a quoted phrase),
 * then any of those words.
 */
export function plansFor(query: string): SearchPlan[] {
  const typed = query.trim();
  const words = queryWords(typed);
  const kept = [...new Set(words.filter((word) => !STOP_WORDS.has(word)))];
  if (words.length < 2 || kept.length === 0 || /["“”]/.test(typed)) return [{ terms: [typed], mode: 'all' }];
  const plans: SearchPlan[] = [words.some((word) => STOP_WORDS.has(word)) ? { terms: kept, mode: 'all', asTyped: typed } : { terms: [typed], mode: 'all' }];
  if (kept.length > 1) plans.push({ terms: kept, mode: 'any' });
  return plans;
}

/** How much of a page's score for the query as typed is added to its score without the common words. */
export const AS_TYPED_BOOST = 0.5;
/**
 * In a search for any of several words, how much of a page's score for all of them is added to the
 * sum of its scores for each: the only page with every word typed should rarely rank below a page
 * that uses one of them often.
 */
export const EVERY_WORD_BOOST = 1;

/**
 * Results of several searches as one list: a page found by more than one counts the sum of its
 * scores (so a page with more of the words ranks higher), best first; ties keep the order found.
 */
export function mergeByScore<R extends { id: string; score: number }>(lists: readonly (readonly R[])[]): R[] {
  const merged = new Map<string, { result: R; score: number; order: number }>();
  for (const list of lists) {
    for (const result of list) {
      const seen = merged.get(result.id);
      if (seen) seen.score += result.score;
      else merged.set(result.id, { result, score: result.score, order: merged.size });
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ result, score }) => (score === result.score ? result : { ...result, score }));
}

/** `results` reordered after adding `boost` times each page's score in `exact` (a search for more of the words). */
export function boostExactMatches<R extends { id: string; score: number }>(results: readonly R[], exact: readonly R[], boost = AS_TYPED_BOOST): R[] {
  const found = new Set(results.map((result) => result.id));
  const boosts = exact.filter((result) => found.has(result.id)).map((result) => ({ ...result, score: result.score * boost }));
  return mergeByScore([results, boosts]);
}

/** How many pages any of several searches found (a page found twice counts once). */
export function unionSize(lists: readonly (readonly { id: string }[])[]): number {
  return new Set(lists.flatMap((list) => list.map((result) => result.id))).size;
}

/** The words the results are for, when they are not the reader's own (the search was widened). */
export interface QueryFallback {
  terms: string[];
  mode: 'all' | 'any';
}

/** What the results are for, after "results for": “mentor busy”, or any of: mentor, busy. */
export function describeFallback(fallback: QueryFallback): string {
  return fallback.mode === 'any' ? `any of: ${fallback.terms.join(', ')}` : `“${fallback.terms.join(' ')}”`;
}

/** The line that tells the reader their search was widened. */
export function fallbackNotice(fallback: QueryFallback): string {
  const why = `Fewer than ${FEW_RESULTS} pages use every word you typed.`;
  return fallback.mode === 'any'
    ? `Showing results for any of: ${fallback.terms.join(', ')}. ${why}`
    : `Showing results for “${fallback.terms.join(' ')}”, leaving out common words. ${why}`;
}

export interface ReadersSearch {
  search: PagefindSearch;
  /** How it was searched: give it back to search the same words with other filters. */
  plan: SearchPlan;
  /** Set when the results are for other words than the reader typed (see fallbackNotice). */
  fallback?: QueryFallback;
}

export type Searcher = Pick<Pagefind, 'search'>;

/**
 * Filter counts for a search for any of `terms` (see union-counts.ts): given to the search page's
 * searches only, so that the header's quick results, which show no filters, do not load it.
 */
export type CountAnyOf = (api: Searcher, terms: readonly string[], filters: PagefindFilters, searches: readonly PagefindSearch[]) => Promise<PagefindFilterCounts>;

const NOTHING: PagefindSearch = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/** Pagefind's search; a search that a later one replaced (null) counts as finding nothing. */
export async function searchFor(api: Searcher, term: string, filters: PagefindFilters): Promise<PagefindSearch> {
  return (await api.search(term, { filters })) ?? NOTHING;
}

/**
 * Any of `terms`: each searched alone, merged by score, a page with all of them raised by
 * EVERY_WORD_BOOST. With `counts`, the filter counts are filled in.
 */
async function searchAny(api: Searcher, terms: readonly string[], filters: PagefindFilters, counts: CountAnyOf | undefined): Promise<PagefindSearch> {
  const [together, ...filtered] = await Promise.all([searchFor(api, terms.join(' '), filters), ...terms.map((term) => searchFor(api, term, filters))]);
  // A page with every word keeps the result of the search for all of them, so that its excerpt
  // and best sections are those where all the words are, not one of them.
  const withAll = new Map(together!.results.map((result) => [result.id, result]));
  const results = boostExactMatches(
    mergeByScore<PagefindResult>(filtered.map((search) => search.results)),
    together!.results,
    EVERY_WORD_BOOST,
  ).map((result) => {
    const all = withAll.get(result.id);
    return all ? { ...all, score: result.score } : result;
  });
  const hasFilters = Object.keys(filters).length > 0;
  const unfiltered = hasFilters ? await Promise.all(terms.map((term) => searchFor(api, term, {}))) : filtered;
  const merged: PagefindSearch = { results, unfilteredResultCount: unionSize(unfiltered.map((search) => search.results)), filters: {}, totalFilters: {} };
  if (!counts) return merged;
  merged.filters = await counts(api, terms, filters, filtered);
  merged.totalFilters = hasFilters ? await counts(api, terms, {}, unfiltered) : merged.filters;
  return merged;
}

/** Runs one plan; `exactCount` is how many pages (before filters) have every word typed. */
async function runPlan(api: Searcher, plan: SearchPlan, filters: PagefindFilters, counts: CountAnyOf | undefined): Promise<{ search: PagefindSearch; exactCount?: number }> {
  if (plan.mode === 'any') return { search: await searchAny(api, plan.terms, filters, counts) };
  const search = await searchFor(api, plan.terms.join(' '), filters);
  if (plan.asTyped === undefined) return { search };
  const exact = await searchFor(api, plan.asTyped, filters);
  return { search: { ...search, results: boostExactMatches(search.results, exact.results) }, exactCount: exact.unfilteredResultCount };
}

/**
 * Searches for `query` in readers' words (see the top of this file); the number of results that
 * decides whether to widen the search is counted before filters, so that filters never change
 * which words are searched. With `plan` (from an earlier ReadersSearch), searches the same words
 * again, e.g. with other filters. With `counts` (unionCounts), a widened search's filter counts
 * are filled in (the search page shows them; the header's quick results do not).
 */
export async function searchInReadersWords(
  api: Searcher,
  query: string,
  { filters = {}, counts, plan }: { filters?: PagefindFilters; counts?: CountAnyOf; plan?: SearchPlan } = {},
): Promise<ReadersSearch> {
  if (plan) return { search: (await runPlan(api, plan, filters, counts)).search, plan };
  let best: ReadersSearch | undefined;
  for (const next of plansFor(query)) {
    const { search, exactCount } = await runPlan(api, next, filters, counts);
    if (best && search.unfilteredResultCount <= best.search.unfilteredResultCount) continue;
    const widened = next.mode === 'any' || (exactCount !== undefined && exactCount < FEW_RESULTS);
    best = { search, plan: next, ...(widened ? { fallback: { terms: next.terms, mode: next.mode } } : {}) };
    if (search.unfilteredResultCount >= FEW_RESULTS) break;
  }
  return best!;
}
