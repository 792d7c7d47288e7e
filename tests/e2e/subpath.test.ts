import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { listBuiltPages } from '../support/built-pages.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';

const siteUrl = inject('siteUrls').subpath;
const origin = new URL(siteUrl).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the site built below /mentoring/', () => {
  it.each(listBuiltPages(SITE_BUILDS.subpath.outDir))('loads /mentoring/%s with all its assets', async (path) => {
    const { page, watch, close } = await openWatchedPage(browser, origin);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url() !== siteUrl + path) failed.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(siteUrl + path);
      expect(failed).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(styled, 'the site stylesheet applies').toContain('system-ui');
    } finally {
      await close();
    }
  });

  it('keeps navigation inside the base path', async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    try {
      await page.goto(siteUrl);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
      await page.waitForURL(`${siteUrl}articles/`);
      await page.getByRole('navigation', { name: 'Show articles for' }).getByRole('link', { name: 'Mentors' }).click();
      await page.waitForURL(`${siteUrl}articles/audience/mentor/`);
      await page.locator('main .article-list a').first().click();
      await page.waitForURL(new RegExp(`^${siteUrl}articles/[^/]+/$`));
      await page.getByRole('link', { name: 'Mentorship Guide' }).click();
      expect(page.url()).toBe(siteUrl);
    } finally {
      await close();
    }
  });
});
