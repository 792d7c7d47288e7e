import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isArticlePage, listBuiltPages } from '../support/built-pages.ts';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const siteUrl = inject('siteUrls').root;
const origin = new URL(siteUrl).origin;
const pages = listBuiltPages(SITE_BUILDS.root.outDir);
const titles = new Map<string, string>();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string {
  return results.violations
    .map((violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`)
    .join('\n');
}

describe('every built page', () => {
  it('finds the pages from the build output', () => {
    expect(pages).toContain('');
    expect(pages).toContain('404.html');
    expect(pages.filter(isArticlePage).length).toBeGreaterThanOrEqual(5);
  });

  describe.each(pages)('/%s', (path) => {
    it('is accessible in light and dark schemes, fits 320 px, and stays on this site', async () => {
      const { page, watch, close } = await openWatchedPage(browser, origin, { viewport: { width: 1280, height: 900 } });
      try {
        const response = await page.goto(siteUrl + path);
        expect(response?.status()).toBe(200);

        const title = await page.title();
        expect(title.length).toBeGreaterThan(0);
        expect(titles.get(title), `"${title}" is also the title of /${titles.get(title)}`).toBeUndefined();
        titles.set(title, path);
        await expect(page.locator('h1').count()).resolves.toBe(1);

        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(results.violations, `${colorScheme} scheme:\n${describeViolations(results)}`).toEqual([]);
        }

        await page.setViewportSize({ width: 320, height: 640 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'horizontal overflow at 320 px (in CSS pixels)').toBeLessThanOrEqual(0);

        const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        expect(policy).toContain("default-src 'self'");
        expect(policy).toContain("object-src 'none'");
        expect(policy).toContain("base-uri 'self'");
        expect(policy).not.toContain('unsafe-inline');
        await expect(page.context().cookies()).resolves.toEqual([]);

        expect(watch.foreignRequests).toEqual([]);
        expect(watch.cspViolations).toEqual([]);
        expect(watch.errors).toEqual([]);
        if (isArticlePage(path)) {
          expect(watch.scripts, 'article pages load no JavaScript').toEqual([]);
          await expect(page.locator('script').count()).resolves.toBe(0);
        }
      } finally {
        await close();
      }
    });
  });
});
