/**
 * The committed relevance set (tests/fixtures/search-relevance.json): readers' own phrasings,
 * each with the page that should appear in the first three results. Run in a page of the built
 * site, through Pagefind as the site loads it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { META_WEIGHTS } from '../../src/islands/search/load-pagefind.ts';

export interface RelevanceQuery {
  query: string;
  /** Paths (from the site's root) any one of which should be among the first three results. */
  expect: string[];
}

export interface RelevanceResult extends RelevanceQuery {
  /** The first three results' paths, from the site's root. */
  top: string[];
  hit: boolean;
}

export function loadRelevanceSet(): RelevanceQuery[] {
  const file = resolve(import.meta.dirname, '../../tests/fixtures/search-relevance.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** Runs every query in `page` (any page of the built site at `baseUrl`) and says which found their page in the first three. */
export async function measureRelevance(page: Page, baseUrl: string, queries = loadRelevanceSet()): Promise<RelevanceResult[]> {
  const tops = await page.evaluate(
    async ({ base, all, metaWeights }) => {
      const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
      // Ranked as the site ranks them.
      await pagefind.options({ baseUrl: base, ranking: { metaWeights } });
      const found: string[][] = [];
      for (const query of all) {
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.slice(0, 3).map((result: { data: () => Promise<{ url: string }> }) => result.data()));
        found.push(data.map((entry: { url: string }) => new URL(entry.url, location.origin).pathname.slice(base.length - 1).replace(/#.*$/, '')));
      }
      return found;
    },
    { base: new URL(baseUrl).pathname, all: queries.map((entry) => entry.query), metaWeights: META_WEIGHTS },
  );
  return queries.map((entry, index) => {
    const top = tops[index]!;
    return { ...entry, top, hit: top.some((path) => entry.expect.includes(path)) };
  });
}
