import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { isArticlePage, listBuiltPages } from '../support/built-pages.ts';
import { openWatchedPage, useSharedBrowser } from '../support/browser.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';

const siteUrl = inject('siteUrls').root;
const origin = new URL(siteUrl).origin;
const pages = listBuiltPages(SITE_BUILDS.root.outDir);
const titles = new Map<string, string>();

const shared = useSharedBrowser();

describe('every built page', () => {
  it('finds the pages from the build output', () => {
    expect(pages).toContain('');
    expect(pages).toContain('404.html');
    expect(pages.filter(isArticlePage).length).toBeGreaterThanOrEqual(5);
  });

  describe.each(pages)('/%s', (path) => {
    it('is accessible in light and dark schemes, fits 320 px, and stays on this site', async () => {
      const { page, watch, close } = await openWatchedPage(shared.browser, origin, { viewport: { width: 1280, height: 900 } });
      try {
        const response = await page.goto(siteUrl + path);
        expect(response?.status()).toBe(200);

        const title = await page.title();
        expect(title.length).toBeGreaterThan(0);
        expect(titles.get(title), `"${title}" is also the title of /${titles.get(title)}`).toBeUndefined();
        titles.set(title, path);
        await expect(page.locator('h1').count()).resolves.toBe(1);

        await expectNoAxeViolationsInBothSchemes(page, `/${path}`);

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
          // Only the header's inline script; the search field loads more on focus (tests/e2e/search.test.ts).
          expect(watch.scripts, 'article pages request no JavaScript').toEqual([]);
          await expect(page.locator('script[src]').count()).resolves.toBe(0);
        }
      } finally {
        await close();
      }
    });
  });
});
