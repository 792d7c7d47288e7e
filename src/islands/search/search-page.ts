/**
 * The search page: runs Pagefind's browser API over the index the build wrote, and renders
 * results, filter counts and help as plain DOM (no framework, to keep the first search small).
 *
 * Pagefind itself (pagefind.js and its WebAssembly) loads only when the reader focuses the field
 * or arrives with a query (`/search/?q=credit`). It searches on the main thread (`noWorker`), which
 * saves a 12 KB download; the page's Content Security Policy allows WebAssembly for that.
 */
import type { FilterLabels } from '../../lib/search/labels';
import { fallbackNotice, searchInReadersWords, type CountAnyOf, type QueryFallback, type SearchPlan } from '../../lib/search/fallback';
import { loadFragments } from '../../lib/search/incomplete';
import type { Pagefind, PagefindFilterCounts, PagefindFilters, PagefindFragment, PagefindResult, PagefindSearch } from '../../lib/search/pagefind';
import { resultCountMessage, unknownFiltersMessage } from '../../lib/search/results';
import {
  FILTER_GROUPS,
  filtersWithout,
  hasFilters,
  knownFilters,
  limitQuery,
  readSearchState,
  searchStateQuery,
  SHORTENED_QUERY_MESSAGE,
  type FilterGroup,
  type FilterSelection,
} from '../../lib/search/state';
import { linkArrowKeys, required, searchAsTyped } from './dom';
import { filterFieldsets, foldFiltersOnSmallScreens, showFilterCounts, showFiltersOn } from './filter-fieldsets';
import { indexMissCount, pagefindLoader } from './load-pagefind';
import { resultItem } from './result-item';

/**
 * Filter counts for a search widened to any of several words: loaded only when a search is widened,
 * so that other first searches do not download it.
 */
const unionCounts: CountAnyOf = (...args) => import('../../lib/search/union-counts').then((module) => module.unionCounts(...args));

/** Results rendered at a time: each needs its own fragment download (3–5 KB). */
const PAGE_SIZE = 5;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  if (!form) return;
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const region = required<HTMLElement>(document, '[data-search-results]');
  const filterBox = required<HTMLDetailsElement>(region, '[data-search-filters]');
  const filtersOn = required<HTMLElement>(filterBox, '[data-search-filters-on]');
  foldFiltersOnSmallScreens(filterBox);
  const status = required<HTMLElement>(region, '[data-search-status]');
  const list = required<HTMLOListElement>(region, '[data-search-list]');
  const more = required<HTMLButtonElement>(region, '[data-search-more]');
  const help = required<HTMLElement>(region, '[data-search-help]');
  const clearFilters = required<HTMLButtonElement>(region, '[data-search-clear-filters]');
  const notice = required<HTMLElement>(region, '[data-search-notice]');
  /** Says which words the results are for, when a search of several words was widened. */
  const fallbackLine = required<HTMLElement>(region, '[data-search-fallback]');
  const showFallback = (fallback: QueryFallback | undefined) => {
    fallbackLine.textContent = fallback ? fallbackNotice(fallback) : '';
    fallbackLine.hidden = !fallback;
  };
  /** Says the query was cut to the search limit, for as long as it is. */
  const shortenedNotice = required<HTMLElement>(region, '[data-search-shortened]');
  const showShortened = (shortened: boolean) => {
    shortenedNotice.textContent = shortened ? SHORTENED_QUERY_MESSAGE : '';
    shortenedNotice.hidden = !shortened;
  };
  /** Says that part of the index is not on this device (offline), so results may be incomplete. */
  const incompleteLine = required<HTMLElement>(region, '[data-search-incomplete]');
  let incomplete = false;
  /** Offline, its words (and their link) load only when part of the index was missing. */
  const showIncomplete = (on: boolean, current = generation) => {
    incomplete = on;
    incompleteLine.hidden = true;
    if (!on) return;
    void import('./incomplete-notice').then((notice) => {
      if (current !== generation || !incomplete) return;
      notice.showIncomplete(incompleteLine, true, baseUrl);
      status.textContent += `. ${notice.INCOMPLETE_INDEX}`;
    });
  };
  const bundlePath = form.dataset.bundlePath!;
  const baseUrl = form.dataset.baseUrl!;
  const labels = JSON.parse(form.dataset.labels!) as FilterLabels;

  const initial = readSearchState(location.search);
  let filters: FilterSelection = initial.filters;
  const initialQuery = limitQuery(initial.query);
  input.value = initialQuery.query;
  /** The link's query as cut to the limit: while the field still holds it, the notice stays. */
  const cutFromLink = initialQuery.shortened ? initialQuery.query : undefined;
  showShortened(initialQuery.shortened);

  const loadPagefind = pagefindLoader(bundlePath, baseUrl);
  /** The filter fieldsets, built once from every value in the index, alongside the first search. */
  let filtersBuilt: Promise<void> | undefined;
  const load = (): Promise<Pagefind> =>
    loadPagefind().then((api) => {
      // Without filters, search still works: a failure here only leaves them out.
      filtersBuilt ??= buildFilters(api).catch(() => undefined);
      return api;
    });

  /** One fieldset of radio buttons per filter group, with every value the index holds. */
  async function buildFilters(api: Pagefind): Promise<void> {
    const all = await api.filters();
    const available = Object.fromEntries(FILTER_GROUPS.map((group) => [group, Object.keys(all[group] ?? {})]));
    // A link may ask for a value the index lacks (mistyped, or from an older version of the site):
    // that filter is turned off, and the reader told, rather than showing nothing.
    const checked = knownFilters(filters, available);
    if (checked.unknown.length > 0) {
      filters = checked.filters;
      history.replaceState(history.state, '', `${location.pathname}${searchStateQuery({ query: input.value, filters })}`);
      const message = unknownFiltersMessage(checked.unknown.map(({ group, value }) => ({ value, groupName: labels.groups[group] })));
      notice.textContent = notice.hidden ? message : `${notice.textContent} ${message}`;
      notice.hidden = false;
    }
    filterBox.append(...filterFieldsets(all, labels, filters));
  }

  filterBox.addEventListener('change', (event) => {
    const radio = event.target;
    if (!(radio instanceof HTMLInputElement) || !radio.dataset.group) return;
    const group = radio.dataset.group as FilterGroup;
    filters = radio.value ? { ...filters, [group]: radio.value } : filtersWithout(filters, group);
    void run();
  });

  clearFilters.addEventListener('click', () => {
    filters = {};
    for (const radio of filterBox.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === '';
    void run();
    input.focus();
  });

  const pagefindFilters = (selection: FilterSelection): PagefindFilters =>
    Object.fromEntries(Object.entries(selection).filter((entry): entry is [string, string] => Boolean(entry[1])));

  /** For each group, the counts with the other groups' filters applied but not its own. */
  async function countsByGroup(
    api: Pagefind,
    query: string,
    search: PagefindSearch,
    plan: SearchPlan,
  ): Promise<{ counts: PagefindFilterCounts; totals: Record<string, number> }> {
    const counts: PagefindFilterCounts = {};
    const totals: Record<string, number> = {};
    for (const group of FILTER_GROUPS) {
      if (!filters[group]) {
        counts[group] = search.filters[group] ?? {};
        totals[group] = search.results.length;
        continue;
      }
      const others = filtersWithout(filters, group);
      if (!hasFilters(others)) {
        counts[group] = search.totalFilters[group] ?? {};
        totals[group] = search.unfilteredResultCount;
        continue;
      }
      // The same words as the results, without this group's filter.
      const { search: wider } = await searchInReadersWords(api, query, { filters: pagefindFilters(others), plan, counts: unionCounts });
      counts[group] = wider.filters[group] ?? {};
      totals[group] = wider.results.length;
    }
    return { counts, totals };
  }

  const renderResult = (fragment: PagefindFragment) => resultItem(fragment, labels);

  let generation = 0;
  let pending: PagefindResult[] = [];

  function showMoreButton(): void {
    more.hidden = pending.length === 0;
    more.textContent = `Show ${Math.min(PAGE_SIZE, pending.length)} more results`;
  }

  async function showMore(count = PAGE_SIZE): Promise<HTMLLIElement[]> {
    const next = pending.slice(0, count);
    const { fragments, missing } = await loadFragments(next);
    if (missing > 0 && !incomplete) showIncomplete(true);
    pending = pending.slice(next.length);
    const items = fragments.map(renderResult);
    list.append(...items);
    showMoreButton();
    return items;
  }

  function clear(): void {
    list.replaceChildren();
    pending = [];
    more.hidden = true;
    help.hidden = true;
    filterBox.hidden = true;
    status.textContent = '';
    showFallback(undefined);
    showIncomplete(false);
    region.dataset.searchQuery = '';
    region.setAttribute('aria-busy', 'false');
  }

  /**
   * Searches for what the field holds. As the reader types, keys that come quickly wait for a pause
   * (searchAsTyped), so a whole page of results loads at once: only results the reader has time to
   * see are downloaded.
   */
  async function run(): Promise<void> {
    const current = ++generation;
    const { query, shortened } = limitQuery(input.value);
    showShortened(shortened || query === cutFromLink);
    history.replaceState(history.state, '', `${location.pathname}${searchStateQuery({ query, filters })}`);
    if (!query) {
      clear();
      return;
    }
    region.setAttribute('aria-busy', 'true');
    const missesBefore = indexMissCount();
    try {
      const api = await load();
      await filtersBuilt;
      const { search, plan, fallback } = await searchInReadersWords(api, query, { filters: pagefindFilters(filters), counts: unionCounts });
      if (current !== generation) return;
      const [counts, loaded] = await Promise.all([
        countsByGroup(api, query, search, plan),
        loadFragments(search.results.slice(0, PAGE_SIZE)),
        filtersBuilt,
      ]);
      if (current !== generation) return;
      const { fragments, missing } = loaded;
      // Offline, a result whose file is not saved is left out, and the reader told.
      showIncomplete(missing > 0 || indexMissCount() > missesBefore, current);

      list.replaceChildren(...fragments.map(renderResult));
      pending = search.results.slice(PAGE_SIZE);
      showMoreButton();
      showFilterCounts(filterBox, counts);
      filterBox.hidden = false;
      const filtered = hasFilters(filters);
      showFiltersOn(filtersOn, FILTER_GROUPS.filter((group) => filters[group]).length);
      help.hidden = search.results.length > 0;
      clearFilters.hidden = !filtered || search.unfilteredResultCount === 0;
      // Not busy first: some screen readers hold back live-region changes inside a busy region.
      region.setAttribute('aria-busy', 'false');
      showFallback(fallback);
      status.textContent =
resultCountMessage({ query, count: search.results.length, unfilteredCount: search.unfilteredResultCount, filtered, fallback });
      region.dataset.searchQuery = query;
    } catch {
      if (current !== generation) return;
      region.setAttribute('aria-busy', 'false');
      status.textContent = 'Search could not load. Check your connection, then try again.';
    }
  }

  more.addEventListener('click', () => {
    void showMore().then((items) => items[0]?.querySelector('a')?.focus());
  });

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  searchAsTyped(input, () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  /** Arrow keys move between the field and every result link; Escape goes back to the field. */
  linkArrowKeys({ input, list, after: () => (more.hidden ? undefined : more) });

  if (input.value.trim()) void run();
}
