/**
 * The committed relevance set (tests/fixtures/search-relevance.json): readers' own phrasings,
 * each with the page that should appear in the first three results, run on the built site's
 * search page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

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

/**
 * Runs every query on the built site's search page (at `baseUrl`), as a reader who types it and
 * presses Enter, so that it measures what readers get: the site's ranking and its fallback for
 * queries of several words (src/lib/search/fallback.ts). Says which found their page in the first three.
 */
export async function measureRelevance(page: Page, baseUrl: string, queries = loadRelevanceSet()): Promise<RelevanceResult[]> {
  const base = new URL(baseUrl).pathname;
  await page.goto(`${baseUrl}search/`);
  const results: RelevanceResult[] = [];
  for (const entry of queries) {
    await page.evaluate((query) => {
      const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
      form.querySelector<HTMLInputElement>('input[name="q"]')!.value = query;
      form.requestSubmit();
    }, entry.query);
    await page.waitForSelector(`[data-search-results][aria-busy="false"][data-search-query="${entry.query.replace(/"/g, '\\"')}"]`, { state: 'attached' });
    const hrefs = await page.locator('.search-result__title a').evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href') ?? ''));
    const top = hrefs.map((href) => new URL(href, baseUrl).pathname.slice(base.length - 1));
    results.push({ ...entry, top, hit: top.some((path) => entry.expect.includes(path)) });
  }
  return results;
}
