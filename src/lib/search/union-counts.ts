/**
 * The search page's filter counts for a search widened to any of several words (fallback.ts): a
 * page found by two of the words counts once. Apart from fallback.ts so that the header's quick
 * results, which show no filters, do not download it.
 */
import { searchFor, unionSize, type CountAnyOf } from './fallback';
import type { PagefindFilterCounts } from './pagefind';

/**
 * For each filter value (in a group `filters` leaves open), how many pages any of `terms` finds
 * with `filters` and that value. Only a value that two or more words find needs its own searches.
 */
export const unionCounts: CountAnyOf = async (api, terms, filters, searches) => {
  const counts: PagefindFilterCounts = {};
  const groups = new Set(searches.flatMap((search) => Object.keys(search.filters)));
  for (const group of groups) {
    if (group in filters) continue;
    const values = new Set(searches.flatMap((search) => Object.keys(search.filters[group] ?? {})));
    const groupCounts: Record<string, number> = {};
    for (const value of values) {
      const per = searches.map((search) => search.filters[group]?.[value] ?? 0);
      groupCounts[value] =
        per.filter((count) => count > 0).length <= 1
          ? Math.max(...per)
          : unionSize((await Promise.all(terms.map((term) => searchFor(api, term, { ...filters, [group]: value })))).map((search) => search.results));
    }
    counts[group] = groupCounts;
  }
  return counts;
};
