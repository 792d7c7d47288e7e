/**
 * The search page's state, as its address carries it: `/search/?q=credit&type=Checklist&audience=mentee`.
 * Pure functions, no DOM: the search page script reads and writes the address through these.
 */

/** The Pagefind filters the search page offers, in the order it shows them (see data-pagefind-filter on pages). */
export const FILTER_GROUPS = ['type', 'audience'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** At most one value per filter group; a group left out is not filtered. */
export type FilterSelection = Partial<Record<FilterGroup, string>>;

export interface SearchState {
  query: string;
  filters: FilterSelection;
}

/** The longest search the site runs: longer ones find nothing more, and would hold up the page. */
export const MAX_QUERY_WORDS = 12;
export const MAX_QUERY_LENGTH = 200;

/**
 * A query cut to at most MAX_QUERY_WORDS words and MAX_QUERY_LENGTH characters (at a word's end
 * where there is one), and whether anything was cut. Pasting a long text, or a hand-made link
 * with a 100,000-character query, must not freeze the page for seconds.
 */
export function limitQuery(query: string): { query: string; shortened: boolean } {
  const words = query.trim().split(/\s+/).filter(Boolean);
  let limited = words.slice(0, MAX_QUERY_WORDS).join(' ');
  if (limited.length > MAX_QUERY_LENGTH) {
    const cut = limited.slice(0, MAX_QUERY_LENGTH);
    const lastSpace = cut.lastIndexOf(' ');
    limited = lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
  }
  return { query: limited, shortened: limited !== words.join(' ') };
}

/** What the search page says when it shortened a query. */
export const SHORTENED_QUERY_MESSAGE = `Your search was shortened to its first ${MAX_QUERY_WORDS} words (${MAX_QUERY_LENGTH} characters at most): a longer search finds nothing more.`;

/** Reads `?q=…&type=…&audience=…`; unknown parameters are ignored, empty ones mean "not set". */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: FilterSelection = {};
  for (const group of FILTER_GROUPS) {
    const value = params.get(group)?.trim();
    if (value) filters[group] = value;
  }
  return { query: params.get('q') ?? '', filters };
}

/** The query string for a state ("?q=credit&type=Checklist"), or "" when there is nothing to keep. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  for (const group of FILTER_GROUPS) {
    const value = state.filters[group];
    if (value) params.set(group, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The selection without one group: what that group's counts are measured against. */
export function filtersWithout(filters: FilterSelection, group: FilterGroup): FilterSelection {
  const { [group]: _removed, ...rest } = filters;
  return rest;
}

export function hasFilters(filters: FilterSelection): boolean {
  return FILTER_GROUPS.some((group) => Boolean(filters[group]));
}

/** A filter value the address asked for that the index does not have (a mistyped or outdated link). */
export interface UnknownFilter {
  group: FilterGroup;
  value: string;
}

/**
 * Splits a selection into the values the index has (`available`: every value of each group) and
 * those it does not. A group missing from `available` has no values at all, so any value is unknown.
 */
export function knownFilters(filters: FilterSelection, available: Partial<Record<FilterGroup, readonly string[]>>): { filters: FilterSelection; unknown: UnknownFilter[] } {
  const known: FilterSelection = {};
  const unknown: UnknownFilter[] = [];
  for (const group of FILTER_GROUPS) {
    const value = filters[group];
    if (!value) continue;
    if (available[group]?.includes(value)) known[group] = value;
    else unknown.push({ group, value });
  }
  return { filters: known, unknown };
}
