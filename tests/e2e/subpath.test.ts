import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { listBuiltPages } from '../support/built-pages.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';
import northfield from '../fixtures/northfield.config.ts';

const siteUrl = inject('siteUrls').subpath;
const { SITE_URL: PUBLIC_URL } = SITE_BUILDS.subpath.env;
const { name: SUBPATH_NAME, institution } = northfield;
const { name: HOSTED_BY, url: HOSTED_BY_URL, logo: LOGO } = institution;
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
      await page.getByRole('banner').getByRole('link', { name: SUBPATH_NAME }).click();
      expect(page.url()).toBe(siteUrl);
    } finally {
      await close();
    }
  });

  it("carries the institution's own name and logo, and says who provides the copy; the guide at the root does not", async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    try {
      await page.goto(`${siteUrl}articles/effective-mentor/`);
      await expect(page.title()).resolves.toBe(`The effective mentor | ${SUBPATH_NAME}`);
      await expect(page.getByRole('banner').getByRole('link', { name: SUBPATH_NAME }).count()).resolves.toBe(1);
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByText(`This copy of the guide is provided by ${HOSTED_BY}.`).count()).resolves.toBe(1);
      await expect(footer.getByRole('link', { name: HOSTED_BY }).getAttribute('href')).resolves.toBe(HOSTED_BY_URL);
      await expect(footer.textContent()).resolves.toContain(`${SUBPATH_NAME} offers general guidance on mentoring.`);
      // The institution's logo beside the guide's name, named by the institution, loaded from below the base path.
      const logo = page.getByRole('banner').getByRole('img', { name: HOSTED_BY });
      await expect(logo.getAttribute('src')).resolves.toBe(`/mentoring${LOGO}`);
      await expect(logo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).resolves.toBeGreaterThan(0);

      await page.goto(`${inject('siteUrls').root}articles/effective-mentor/`);
      await expect(page.title()).resolves.toBe('The effective mentor | Mentorship Guide');
      await expect(page.getByRole('contentinfo').getByText(/This copy of the guide is provided by/).count()).resolves.toBe(0);
      await expect(page.getByRole('banner').getByRole('img').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it('prints each page with its public address and a QR code; the guide built without one prints neither', async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    try {
      const address = `${PUBLIC_URL}/mentoring/checklists/first-meeting/`;
      await page.goto(`${siteUrl}checklists/first-meeting/`);
      const printed = page.locator('.printed-address');
      await expect(printed.isHidden()).resolves.toBe(true);
      await page.emulateMedia({ media: 'print' });
      await expect(printed.isVisible()).resolves.toBe(true);
      await expect(printed.innerText()).resolves.toBe(`This page online:\n${address}`);
      const code = await printed.locator('svg.qr-code').boundingBox();
      // 24 mm square at 96 CSS pixels to the inch.
      expect(Math.round(code!.width)).toBe(91);
      expect(Math.round(code!.height)).toBe(91);

      // Links within the site print in full when the public address is known; links elsewhere as they are.
      const printedAfter = (selector: string) =>
        page.locator(selector).first().evaluate((link) => getComputedStyle(link, '::after').content);
      await expect(printedAfter('main a[href^="/mentoring/articles/"]')).resolves.toMatch(
        new RegExp(`^" \\(${PUBLIC_URL.replace(/\./g, '\\.')}/mentoring/articles/[a-z-]+/\\)"$`),
      );

      await page.goto(`${inject('siteUrls').root}checklists/first-meeting/`);
      await expect(page.locator('.printed-address').count()).resolves.toBe(0);
      // Without a public address, a path alone would be no use on paper: nothing is printed after the link.
      await expect(printedAfter('main a[href^="/articles/"]')).resolves.toBe('none');
    } finally {
      await close();
    }
  });
});
