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
