import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { openWatchedPage, type WatchedPageOptions } from './browser.ts';

/**
 * Searches the site as a reader would (Pagefind: a worker, WebAssembly, index files) and expects
 * results with no CSP violation and no error: the check that a host's headers leave search working.
 */
export async function expectSearchWorks(browser: Browser, siteUrl: string, options: WatchedPageOptions = {}): Promise<void> {
  const { page, watch, close } = await openWatchedPage(browser, new URL(siteUrl).origin, options);
  try {
    await page.goto(`${siteUrl}search/`);
    await page.getByRole('searchbox', { name: /^Search articles/ }).fill('mentor');
    await page.waitForSelector('[data-search-results][aria-busy="false"][data-search-query="mentor"]');
    await expect(page.locator('.search-result__title a').count()).resolves.toBeGreaterThan(0);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.errors).toEqual([]);
  } finally {
    await close();
  }
}
