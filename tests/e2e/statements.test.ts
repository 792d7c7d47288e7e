/**
 * The accessibility statement and the privacy page: reached from every page's footer, accessible
 * in both colour schemes, naming the institution's contact when it has one, and found by search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { openWatchedPage, useSharedBrowser, type WatchedPage } from '../support/browser.ts';
import { SITE_BUILDS, type BuildName } from '../support/site-builds.ts';
import { STORED_DATA } from '../../src/lib/statements.ts';

const siteUrls = inject('siteUrls');
const shared = useSharedBrowser();

const STATEMENTS = [
  { link: 'Accessibility', path: 'accessibility/', heading: 'Accessibility statement' },
  { link: 'Privacy', path: 'privacy/', heading: 'Privacy' },
];

/** Opens a page of a build, runs `check` on it, and closes it whatever happens. */
async function onPage(build: BuildName, path: string, check: (opened: WatchedPage) => Promise<void>): Promise<void> {
  const siteUrl = siteUrls[build];
  const opened = await openWatchedPage(shared.browser, new URL(siteUrl).origin);
  try {
    await opened.page.goto(siteUrl + path);
    await check(opened);
  } finally {
    await opened.close();
  }
}

describe.each(Object.keys(SITE_BUILDS) as BuildName[])('the statements in the %s build', (build) => {
  it.each(STATEMENTS)("open from the footer's $link link, and pass axe in both colour schemes", async ({ link, path, heading }) => {
    await onPage(build, 'glossary/', async ({ page, watch }) => {
      await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click();
      await page.waitForURL(siteUrls[build] + path);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
      await expectNoAxeViolationsInBothSchemes(page, `/${path} (${build})`);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  });
});

describe('the accessibility statement', () => {
  it('states the standard and names the tools that test it', async () => {
    await onPage('root', 'accessibility/', async ({ page }) => {
      const text = await page.getByRole('main').innerText();
      for (const words of ['Web Content Accessibility Guidelines (WCAG) 2.2 at level AA', 'axe', '@axe-core/playwright', 'Keyboard tests', 'html-validate', '320 pixels', 'Known limitations']) {
        expect(text).toContain(words);
      }
    });
  });

  it("asks readers to report a problem to the institution's contact, by an email that says what it is about", async () => {
    await onPage('subpath', 'accessibility/', async ({ page }) => {
      const report = page.locator('[data-accessibility-contact]');
      const email = report.getByRole('link', { name: 'mentoring@northfield.example' });
      await expect(email.getAttribute('href')).resolves.toBe(
        'mailto:mentoring@northfield.example?subject=Accessibility%20problem%20on%20Northfield%20Mentoring%20Guide',
      );
      await expect(report.getByRole('link', { name: '+44 20 7946 0000' }).getAttribute('href')).resolves.toBe('tel:+442079460000');
      await expect(page.getByRole('main').innerText()).resolves.toContain('Mentoring programme office at Northfield School of Medicine');
    });
  });

  it('without configured contacts, says in general words whom to tell, and invents no address', async () => {
    await onPage('root', 'accessibility/', async ({ page }) => {
      await expect(page.locator('[data-accessibility-contact]').innerText()).resolves.toContain('the organisation that gave you the link to this guide');
      await expect(page.getByRole('main').locator('a[href^="mailto:"], a[href^="tel:"]').count()).resolves.toBe(0);
    });
  });
});

describe('the privacy page', () => {
  it('lists each kind of saved data, and links to My saved data to export or delete it', async () => {
    await onPage('root', 'privacy/', async ({ page }) => {
      await expect(page.locator('[data-stored-data] li').allInnerTexts()).resolves.toEqual(Object.values(STORED_DATA));
      const main = page.getByRole('main');
      for (const words of ['local storage', 'no cookies, no analytics', 'Until you delete it', 'log of each request']) {
        await expect(main.innerText()).resolves.toContain(words);
      }
      await main.getByRole('link', { name: 'My saved data' }).first().click();
      await page.waitForURL(`${siteUrls.root}my-data/`);
    });
  });

  it('names who runs the server when the institution says so', async () => {
    await onPage('subpath', 'privacy/', async ({ page }) => {
      await expect(page.getByRole('main').innerText()).resolves.toContain('The server for this copy is run by Northfield School of Medicine');
    });
  });
});

describe('search', () => {
  /** Each page in the search index, with the metadata it was indexed with. */
  function indexedPages(outDir: string): Map<string, Record<string, string>> {
    const folder = join(outDir, 'pagefind', 'fragment');
    const pages = new Map<string, Record<string, string>>();
    for (const file of readdirSync(folder)) {
      const fragment = JSON.parse(gunzipSync(readFileSync(join(folder, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as {
        url: string;
        meta: Record<string, string>;
      };
      pages.set(fragment.url, fragment.meta);
    }
    return pages;
  }

  it('indexes both pages, with readers\' words for them', () => {
    const pages = indexedPages(SITE_BUILDS.root.outDir);
    expect(pages.get('/accessibility/')?.title).toBe('Accessibility statement');
    expect(pages.get('/accessibility/')?.keywords).toContain('screen reader');
    expect(pages.get('/privacy/')?.title).toBe('Privacy');
    expect(pages.get('/privacy/')?.keywords).toContain('cookies');
  });
});
