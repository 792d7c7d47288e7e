/**
 * Searching in readers' words (src/lib/search/fallback.ts): common words never keep a page out,
 * a query of several words that finds too little is widened to any of its words, and the reader
 * is told. The search itself runs against a small stand-in for Pagefind that, like Pagefind,
 * wants every word of a query on a page (each word matching the start of a page's word).
 */
import { describe, expect, it } from 'vitest';
import {
  boostExactMatches,
  describeFallback,
  fallbackNotice,
  FEW_RESULTS,
  mergeByScore,
  plansFor,
  queryWords,
  searchInReadersWords,
  STOP_WORDS,
  unionSize,
} from '../../src/lib/search/fallback';
import type { PagefindFilterCounts, PagefindFilters, PagefindResult, PagefindSearch } from '../../src/lib/search/pagefind';
import { resultCountMessage } from '../../src/lib/search/results';
import { unionCounts } from '../../src/lib/search/union-counts';

describe('the words of a query', () => {
  it('are split as Pagefind splits them, lower-cased, keeping apostrophes and hyphens inside words', () => {
    expect(queryWords('  My mentor’s  no-fault EXIT, please? ')).toEqual(['my', 'mentor’s', 'no-fault', 'exit', 'please']);
  });

  it('count pronouns, auxiliaries and question words as common words, and the topic words not', () => {
    for (const word of ['my', 'is', 'too', 'how', 'should', 'we', 'the', 'want']) expect(STOP_WORDS.has(word), word).toBe(true);
    for (const word of ['mentor', 'busy', 'meet', 'credit', 'boss', 'never', 'time', 'different']) expect(STOP_WORDS.has(word), word).toBe(false);
  });
});

describe('the searches tried for a query', () => {
  it('search the words but the common ones, ranking pages with every word typed higher, then any of those words', () => {
    expect(plansFor('my mentor is too busy')).toEqual([
      { terms: ['mentor', 'busy'], mode: 'all', asTyped: 'my mentor is too busy' },
      { terms: ['mentor', 'busy'], mode: 'any' },
    ]);
  });

  it('search a query without common words as typed first, each word once in the wider search', () => {
    expect(plansFor('speed mentoring speed')).toEqual([
      { terms: ['speed mentoring speed'], mode: 'all' },
      { terms: ['speed', 'mentoring'], mode: 'any' },
    ]);
  });

  it('search one word, common words only, or a quoted phrase only as typed', () => {
    expect(plansFor(' credit ')).toEqual([{ terms: ['credit'], mode: 'all' }]);
    expect(plansFor('how to be')).toEqual([{ terms: ['how to be'], mode: 'all' }]);
    expect(plansFor('"first author" order')).toEqual([{ terms: ['"first author" order'], mode: 'all' }]);
  });

  it('do not widen a query with a single word besides its common ones', () => {
    expect(plansFor('is my mentor')).toEqual([{ terms: ['mentor'], mode: 'all', asTyped: 'is my mentor' }]);
  });
});

describe('merging results by score', () => {
  const result = (id: string, score: number) => ({ id, score });

  it('adds up the scores of a page found by several words, best first, ties in the order found', () => {
    const merged = mergeByScore([
      [result('a', 3), result('b', 1)],
      [result('c', 2), result('b', 2.5), result('d', 1)],
    ]);
    expect(merged).toEqual([result('b', 3.5), result('a', 3), result('c', 2), result('d', 1)]);
  });

  it('counts a page found twice once', () => {
    expect(unionSize([[result('a', 1), result('b', 1)], [result('b', 1)], []])).toBe(2);
  });

  it('raises pages that have every word typed, without adding pages', () => {
    const boosted = boostExactMatches([result('a', 4), result('b', 3.5), result('c', 1)], [result('b', 2), result('z', 9)]);
    expect(boosted.map(({ id }) => id)).toEqual(['b', 'a', 'c']);
    expect(boosted[0]!.score).toBeGreaterThan(4);
  });
});

describe('telling the reader', () => {
  it('names the words the results are for', () => {
    expect(fallbackNotice({ terms: ['mentor', 'busy'], mode: 'any' })).toBe('Showing results for any of: mentor, busy. Fewer than 3 pages use every word you typed.');
    expect(fallbackNotice({ terms: ['mentor', 'busy'], mode: 'all' })).toBe(
      'Showing results for “mentor busy”, leaving out common words. Fewer than 3 pages use every word you typed.',
    );
    expect(describeFallback({ terms: ['mentor', 'busy'], mode: 'any' })).toBe('any of: mentor, busy');
  });

  it('announces the count for the words searched', () => {
    const fallback = { terms: ['mentor', 'busy'], mode: 'any' as const };
    expect(resultCountMessage({ query: 'mentor is too busy', count: 4, unfilteredCount: 4, filtered: false, fallback })).toBe('4 results for any of: mentor, busy');
    expect(resultCountMessage({ query: 'mentor is too busy', count: 1, unfilteredCount: 4, filtered: true, fallback })).toBe(
      '1 result for any of: mentor, busy with these filters (4 in all)',
    );
  });
});

interface Page {
  id: string;
  text: string;
  filters: Record<string, string>;
}

/** A stand-in for Pagefind: every word of the term must start one of a page's words; score = matching words. */
function fakePagefind(pages: Page[]) {
  const searches: string[] = [];
  const matches = (page: Page, term: string) => {
    const words = page.text.toLowerCase().split(/\s+/);
    const wanted = term.toLowerCase().split(/\s+/).filter(Boolean);
    if (!wanted.every((word) => words.some((pageWord) => pageWord.startsWith(word)))) return 0;
    return wanted.reduce((score, word) => score + words.filter((pageWord) => pageWord.startsWith(word)).length, 0);
  };
  const countsOf = (found: Page[]): PagefindFilterCounts => {
    const counts: PagefindFilterCounts = {};
    for (const page of pages) {
      for (const [group, value] of Object.entries(page.filters)) {
        counts[group] ??= {};
        counts[group][value] = (counts[group][value] ?? 0) + (found.includes(page) ? 1 : 0);
      }
    }
    return counts;
  };
  const api = {
    searches,
    async search(term: string, options: { filters?: PagefindFilters } = {}): Promise<PagefindSearch> {
      searches.push(`${term}${options.filters && Object.keys(options.filters).length ? ` ${JSON.stringify(options.filters)}` : ''}`);
      const scored = pages.map((page) => ({ page, score: matches(page, term) })).filter(({ score }) => score > 0);
      const filtered = scored.filter(({ page }) => Object.entries(options.filters ?? {}).every(([group, value]) => page.filters[group] === value));
      const results: PagefindResult[] = filtered
        .sort((a, b) => b.score - a.score)
        .map(({ page, score }) => ({ id: page.id, score, data: () => Promise.reject(new Error('not needed')) }));
      return {
        results,
        unfilteredResultCount: scored.length,
        filters: countsOf(filtered.map(({ page }) => page)),
        totalFilters: countsOf(scored.map(({ page }) => page)),
      };
    },
  };
  return api;
}

const PAGES: Page[] = [
  { id: 'commitment', text: 'a busy mentor has no time for the relationship', filters: { type: 'Article' } },
  { id: 'rhythm', text: 'meet often: a mentor and mentee book meetings ahead', filters: { type: 'Article' } },
  { id: 'agenda', text: 'an agenda for each mentor meeting', filters: { type: 'Checklist' } },
  { id: 'busy-checklist', text: 'when you are busy, keep the next meeting in the diary', filters: { type: 'Checklist' } },
  { id: 'glossary', text: 'mentor: a trusted adviser', filters: { type: 'Glossary' } },
];
const ids = (search: PagefindSearch) => search.results.map((result) => result.id);

describe('searching in readers’ words', () => {
  it('keeps a query that finds enough as typed, with no notice', async () => {
    const found = await searchInReadersWords(fakePagefind(PAGES), 'mentor');
    expect(ids(found.search)).toEqual(['commitment', 'rhythm', 'agenda', 'glossary']);
    expect(found.fallback).toBeUndefined();
  });

  it('lets common words rank pages but never keep one out', async () => {
    // Only "mine" has "is" and "my": as typed, the search would find that page alone.
    const found = await searchInReadersWords(fakePagefind([...PAGES, { id: 'mine', text: 'is my mentor my boss', filters: { type: 'Article' } }]), 'is my mentor');
    expect(ids(found.search)[0]).toBe('mine');
    expect(found.search.results.length).toBe(5);
    expect(found.fallback).toEqual({ terms: ['mentor'], mode: 'all' });
  });

  it('says so when fewer than three pages have every word typed but enough have the other words', async () => {
    const pages = PAGES.map((page) => ({ ...page, text: `${page.text} mentor meeting` }));
    const found = await searchInReadersWords(fakePagefind(pages), 'is the mentor meeting');
    expect(found.search.results.length).toBeGreaterThanOrEqual(FEW_RESULTS);
    expect(found.fallback).toEqual({ terms: ['mentor', 'meeting'], mode: 'all' });
  });

  it('widens a query of several words that finds fewer than three pages to any of its words, pages with more of them first', async () => {
    const api = fakePagefind(PAGES);
    const found = await searchInReadersWords(api, 'mentor is too busy', { counts: unionCounts });
    // Only one page has both "mentor" and "busy"; any of them finds five.
    expect(found.fallback).toEqual({ terms: ['mentor', 'busy'], mode: 'any' });
    expect(ids(found.search)[0]).toBe('commitment');
    // One point for each word, and its score for both together (2) on top.
    expect(found.search.results[0]!.score).toBe(4);
    expect(new Set(ids(found.search))).toEqual(new Set(['commitment', 'rhythm', 'agenda', 'glossary', 'busy-checklist']));
    expect(found.search.unfilteredResultCount).toBe(5);
    // A page found by both words counts once in each filter value.
    expect(found.search.filters.type).toEqual({ Article: 2, Checklist: 2, Glossary: 1 });
  });

  it('widens before filters, and counts the widened search under each filter', async () => {
    const api = fakePagefind(PAGES);
    const found = await searchInReadersWords(api, 'mentor is too busy', { filters: { type: 'Checklist' }, counts: unionCounts });
    expect(found.fallback?.mode).toBe('any');
    expect(ids(found.search).sort()).toEqual(['agenda', 'busy-checklist']);
    expect(found.search.unfilteredResultCount).toBe(5);
    expect(found.search.totalFilters.type).toEqual({ Article: 2, Checklist: 2, Glossary: 1 });

    // The same words again with other filters (as the search page counts its filters).
    const wider = await searchInReadersWords(api, 'mentor is too busy', { filters: { type: 'Article' }, plan: found.plan, counts: unionCounts });
    expect(ids(wider.search).sort()).toEqual(['commitment', 'rhythm']);
  });

  it('leaves a widened search\'s filter counts out unless given a way to count them (the header shows none)', async () => {
    const api = fakePagefind(PAGES);
    const found = await searchInReadersWords(api, 'mentor is too busy');
    expect(found.search.filters).toEqual({});
    expect(api.searches).toEqual(['mentor busy', 'mentor is too busy', 'mentor busy', 'mentor', 'busy']);
  });

  it('keeps the search as typed when widening finds no more', async () => {
    const found = await searchInReadersWords(fakePagefind(PAGES), 'zyx qwv');
    expect(found.search.results).toEqual([]);
    expect(found.fallback).toBeUndefined();
  });
});
