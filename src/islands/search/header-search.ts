/**
 * Quick results under the header's search field, on every page but the search page itself.
 *
 * No page loads this file up front: the header's inline script (src/components/search-shortcut.ts)
 * adds it the first time the field gets focus, so reading pages cost no JavaScript request until
 * the reader starts a search. It is built as one self-contained classic script (see SiteHeader.astro).
 *
 * As the reader types, the best few results show below the field, each linking to its
 * best-matching heading; Enter (the form's own submit) opens the full search page.
 */
import { fallbackNotice, searchInReadersWords } from '../../lib/search/fallback';
import { loadFragments } from '../../lib/search/incomplete';
import { INCOMPLETE_INDEX } from '../../lib/search/incomplete-message';
import type { PagefindFragment } from '../../lib/search/pagefind';
import { bestSections, countMessage, readyToSearchAsTyped } from '../../lib/search/results';
import { limitQuery, searchStateQuery } from '../../lib/search/state';
import { element, excerpt, linkArrowKeys, required, searchAsTyped } from './dom';
import { showIncomplete } from './incomplete-notice';
import { indexMissCount, pagefindLoader } from './load-pagefind';

/** Results shown under the field; the search page has the rest, with filters. */
const QUICK_RESULTS = 4;

function startHeaderSearch(root: HTMLElement): void {
  const form = required<HTMLFormElement>(root, 'form');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const status = required<HTMLElement>(root, '[data-quick-status]');
  const panel = required<HTMLElement>(root, '[data-quick-results]');
  const list = required<HTMLUListElement>(panel, 'ul');
  const all = required<HTMLAnchorElement>(panel, '[data-quick-all]');
  // Made here rather than in SiteHeader.astro: only a widened search fills it (see fallbackNotice).
  const fallbackLine = element('p', 'quick-fallback');
  fallbackLine.hidden = true;
  list.before(fallbackLine);
  // Offline, with part of the index missing: after the results, so that arrow keys reach them first.
  const incompleteLine = element('p', 'quick-incomplete');
  incompleteLine.hidden = true;
  list.after(incompleteLine);
  const { bundlePath = '', baseUrl = '', searchPage = '' } = root.dataset;
  const typeLabels = JSON.parse(root.dataset.typeLabels ?? '{}') as Record<string, string | undefined>;
  const load = pagefindLoader(bundlePath, baseUrl);

  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
  };

  function renderResult(fragment: PagefindFragment): HTMLLIElement {
    const item = element('li', 'quick-result');
    // The link lands on the best-matching heading, whose excerpt shows; else on the page.
    const section = bestSections(fragment.sub_results, 1)[0];
    const link = element('a', 'quick-result__link');
    link.href = section?.url ?? fragment.url;
    link.append(element('span', 'quick-result__title', fragment.meta.title || fragment.url));
    const type = fragment.filters.type?.[0];
    const details = [type ? (typeLabels[type] ?? type) : undefined, section?.title].filter(Boolean);
    if (details.length > 0) link.append(' ', element('span', 'quick-result__details', details.join(' › ')));
    item.append(link, excerpt('quick-result__excerpt', section?.excerpt ?? fragment.excerpt));
    return item;
  }

  let generation = 0;
  /**
   * Keys that come quickly wait for a pause (searchAsTyped), so each search here loads its few
   * results at once: a reader who types slowly enough to see results after each key reads them.
   */
  async function run(): Promise<void> {
    const current = ++generation;
    const { query } = limitQuery(input.value);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      showIncomplete(incompleteLine, false, baseUrl);
      open(false);
      return;
    }
    const missesBefore = indexMissCount();
    try {
      const api = await load();
      // The same search as the search page's, widened the same way when a few words find too little.
      const { search, fallback } = await searchInReadersWords(api, query);
      if (current !== generation) return;
      const { fragments, missing } = await loadFragments(search.results.slice(0, QUICK_RESULTS));
      if (current !== generation) return;
      // Offline, a result whose file is not saved is left out, and the reader told.
      const incomplete = missing > 0 || indexMissCount() > missesBefore;
      showIncomplete(incompleteLine, incomplete, baseUrl);
      const count = search.results.length;
      list.replaceChildren(
        ...(count > 0 ? fragments.map(renderResult) : [element('li', 'quick-result', `Nothing matches “${query}”. Try a shorter or more general word.`)]),
      );
      fallbackLine.textContent = fallback ? fallbackNotice(fallback) : '';
      fallbackLine.hidden = !fallback;
      all.href = `${searchPage}${searchStateQuery({ query, filters: {} })}`;
      all.textContent =
        count === 0 ? 'Search tips, and topics to browse' : count > QUICK_RESULTS ? `See all ${count} results` : 'Open the search page, with filters';
      status.textContent = countMessage(query, count, fallback) + (incomplete ? `. ${INCOMPLETE_INDEX}` : '');
      root.dataset.quickQuery = query;
      open(true);
    } catch {
      if (current !== generation) return;
      list.replaceChildren();
      status.textContent = 'Search could not load. Press Enter to try the search page.';
      open(false);
    }
  }

  searchAsTyped(input, () => void run());
  input.addEventListener('focus', () => open(list.childElementCount > 0 && input.value.trim() !== ''));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      // Close the results first; a second Escape clears the field as usual.
      event.preventDefault();
      open(false);
    }
  });
  // Down arrow first shows results the reader had closed, then (below) moves into them.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && panel.hidden && list.childElementCount > 0 && input.value.trim()) open(true);
  });
  linkArrowKeys({ input, list: panel, onEscape: () => open(false) });
  // Results close once focus leaves the field and its results, or on a click elsewhere.
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !root.contains(event.relatedTarget)) open(false);
  });
  document.addEventListener('pointerdown', (event) => {
    if (event.target instanceof Node && !root.contains(event.target)) open(false);
  });
  // A click on the results' text (not a link) keeps focus where it was, so they stay open.
  panel.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Element && event.target.closest('a'))) event.preventDefault();
  });

  void load().catch(() => undefined);
  // The reader may have typed while this script was loading.
  if (input.value.trim() && readyToSearchAsTyped(input.value)) void run();
}

const headerSearch = document.querySelector<HTMLElement>('[data-header-search]');
// The inline script adds this file once; the mark guards against a second copy all the same.
if (headerSearch && headerSearch.dataset.started === undefined) {
  headerSearch.dataset.started = '';
  startHeaderSearch(headerSearch);
}
