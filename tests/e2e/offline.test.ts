import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { complete, loadDefinition } from '../support/assessments.ts';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { openWatchedPage, useSharedBrowser, type WatchedPage } from '../support/browser.ts';
import { listBuiltPages } from '../support/built-pages.ts';
import { SITE_BUILDS, type BuildName } from '../support/site-builds.ts';

const siteUrls = inject('siteUrls');
const shared = useSharedBrowser();

/** Waits until the service worker has saved the guide and is active (Workbox installs only once every file is saved). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).resolves.toBe(true);
}

function expectCleanWatch({ watch }: WatchedPage) {
  expect(watch.cspViolations).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
}

describe.each(Object.keys(SITE_BUILDS) as BuildName[])('the %s build offline', (name) => {
  const siteUrl = siteUrls[name];
  const origin = new URL(siteUrl).origin;

  it('after one visit, opens unvisited pages, runs an assessment and a checklist, and searches with the whole guide kept offline', async () => {
    const watched = await openWatchedPage(shared.browser, origin, { serviceWorkers: 'allow' });
    const { page, context, close } = watched;
    try {
      await page.goto(`${siteUrl}my-data/`);
      await waitForServiceWorker(page);
      // What Chromium checks before it offers to install the guide as an app: manifest, icons, service worker.
      const devtools = await context.newCDPSession(page);
      // (A test browser context is a private window, where Chromium never offers installation: that one reason is left out.)
      const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
      expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
      const manifest = await devtools.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      const control = page.getByRole('region', { name: 'Use the guide offline' });
      await expect.poll(() => control.getByText('Available offline: every page of the guide is saved on this device.').count()).toBe(1);
      await expect(control.getByText(/^Search needs a connection: the search index \(\d+ KB\) is not saved/).count()).resolves.toBe(1);
      const keep = control.getByRole('button', { name: /^Keep the whole guide offline, with search \(\d+ KB\)$/ });
      await keep.click();
      await expect.poll(() => control.locator('[data-offline-message]').textContent(), { timeout: 20_000 }).toBe('Done: the whole guide, with search, is saved on this device.');
      await expect(control.getByText(/^Search works offline: all of the search index/).count()).resolves.toBe(1);
      await expect(page.locator('#offline-control-bar').evaluate((bar: HTMLProgressElement) => bar.value === bar.max && bar.max > 0)).resolves.toBe(true);

      await context.setOffline(true);
      await page.goto(`${siteUrl}articles/ending-well/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/end/i);

      const definition = loadDefinition('relationship-health-check');
      await page.goto(`${siteUrl}assessments/${definition.id}/`);
      await page.waitForSelector('.assessment[data-hydrated]');
      await complete(page, definition, 1);

      await page.goto(`${siteUrl}checklists/choosing-a-mentor/`);
      await page.waitForSelector('.checklist[data-hydrated]');
      const first = page.getByRole('checkbox').first();
      await first.check();
      await page.reload();
      await page.waitForSelector('.checklist[data-hydrated]');
      await expect(page.getByRole('checkbox').first().isChecked()).resolves.toBe(true);

      await page.goto(`${siteUrl}search/`);
      await page.getByRole('searchbox', { name: /^Search articles/ }).fill('mentor');
      await page.waitForSelector('[data-search-results][aria-busy="false"][data-search-query="mentor"]');
      await expect(page.locator('.search-result__title a').count()).resolves.toBeGreaterThan(0);

      await page.goto(`${siteUrl}no-such-page/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You are offline');
      await expect(page.getByRole('main').getByRole('link', { name: 'Write your mentoring agreement' }).getAttribute('href')).resolves.toBe(`${new URL(siteUrl).pathname}agreement/`);
      await expectNoAxeViolationsInBothSchemes(page, 'offline page');
      expectCleanWatch(watched);
    } finally {
      await close();
    }
  });

  it('says which parts of the search index are missing offline, and removes the saved index on request', async () => {
    const watched = await openWatchedPage(shared.browser, origin, { serviceWorkers: 'allow' });
    const { page, context, close } = watched;
    try {
      await page.goto(`${siteUrl}search/`);
      await waitForServiceWorker(page);
      const control = page.getByRole('region', { name: 'Use the guide offline' });
      await control.getByRole('button', { name: /^Keep the whole guide offline/ }).click();
      await expect.poll(() => control.locator('[data-offline-message]').textContent(), { timeout: 20_000 }).toMatch(/^Done/);
      await control.getByRole('button', { name: 'Remove the saved search index' }).click();
      await expect.poll(() => control.getByText(/^Search needs a connection/).count()).toBe(1);
      await context.setOffline(true);
      await page.reload();
      await expect.poll(() => control.getByText(/^You are offline, and the search index is not saved on this device/).count()).toBe(1);
      expectCleanWatch(watched);
    } finally {
      await close();
    }
  });
});

describe.each(Object.keys(SITE_BUILDS) as BuildName[])('search on the %s build offline, with part of the index saved', (name) => {
  const siteUrl = siteUrls[name];
  const origin = new URL(siteUrl).origin;
  const home = new URL(siteUrl).pathname;
  const MISSING = /^Some of the search index is not on this device yet, so results may be incomplete\. Connect to the internet, or keep the whole guide offline from My saved data\.$/;

  /** Searches on the search page (opened afresh, so that Pagefind loads from what this device saved) and returns the results' titles. */
  async function searchAfresh(page: Page, query: string): Promise<{ titles: string[]; notice: string | null }> {
    await page.goto(`${siteUrl}search/`);
    await page.getByRole('searchbox', { name: /^Search articles/ }).fill(query);
    await page.waitForSelector(`[data-search-results][aria-busy="false"][data-search-query="${query}"]`);
    // The notice's words load when needed: give them the moment they take.
    await page.waitForTimeout(500);
    const notice = page.locator('[data-search-incomplete]');
    return { titles: await page.locator('.search-result__title a').allTextContents(), notice: (await notice.isVisible()) ? await notice.textContent() : null };
  }

  it('finds what the saved part holds, says plainly when some of it is missing, and finds everything once the whole guide is kept', async () => {
    const watched = await openWatchedPage(shared.browser, origin, { serviceWorkers: 'allow' });
    const { page, context, close } = watched;
    try {
      await page.goto(`${siteUrl}search/`);
      await waitForServiceWorker(page);
      // Online, once the service worker controls the page: searching saves the files it used.
      const online = await searchAfresh(page, 'credit');
      expect(online.titles.length).toBeGreaterThan(0);
      expect(online.notice).toBeNull();
      await expect
        .poll(() => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).filter((request) => request.url.endsWith('.pf_fragment')).length))).reduce((a, b) => a + b, 0)))
        .toBeGreaterThanOrEqual(online.titles.length);

      await context.setOffline(true);
      const again = await searchAfresh(page, 'credit');
      expect(again.titles).toEqual(online.titles);
      expect(again.notice).toBeNull();

      // A word whose part of the index was never fetched: no failed search, and the reader is told why.
      const missing = await searchAfresh(page, 'reciprocity');
      expect(missing.notice).toMatch(MISSING);
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^No results for “reciprocity”\. Some of the search index is not on this device yet, so results may be incomplete\.$/);
      const link = page.locator('[data-search-incomplete]').getByRole('link', { name: 'keep the whole guide offline' });
      await expect(link.getAttribute('href')).resolves.toBe(`${home}my-data/#offline-control-heading`);
      await expectNoAxeViolationsInBothSchemes(page, 'search page offline, index incomplete');

      // The header's quick results on an article page say the same.
      await page.goto(`${siteUrl}articles/ending-well/`);
      await page.locator('#site-search-query').fill('reciprocity');
      await page.waitForSelector('[data-header-search][data-quick-query="reciprocity"]');
      await expect(page.locator('[data-quick-results]').getByText(MISSING).isVisible()).resolves.toBe(true);
      await expectNoAxeViolationsInBothSchemes(page, 'quick results offline, index incomplete');

      await context.setOffline(false);
      await page.goto(`${siteUrl}my-data/`);
      const control = page.getByRole('region', { name: 'Use the guide offline' });
      await control.getByRole('button', { name: /^Keep the whole guide offline/ }).click();
      await expect.poll(() => control.locator('[data-offline-message]').textContent(), { timeout: 20_000 }).toMatch(/^Done/);
      await context.setOffline(true);
      const kept = await searchAfresh(page, 'reciprocity');
      expect(kept.titles.length).toBeGreaterThan(0);
      expect(kept.notice).toBeNull();
      expect(watched.watch.errors).toEqual([]);
      expectCleanWatch(watched);
    } finally {
      await close();
    }
  });
});

describe('a new release', () => {
  const build = SITE_BUILDS.subpath;
  const article = 'articles/ending-well/';

  it('shows the update notice on the next visit, the new text after Reload, and the next release on the visit after one where the notice was ignored', async () => {
    const next = mkdtempSync(join(tmpdir(), 'guide-next-release-'));
    cpSync(build.outDir, next, { recursive: true });
    const file = join(next, article, 'index.html');
    const html = readFileSync(file, 'utf8');
    const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!;
    writeFileSync(file, html.replace(`>${heading}</h1>`, `>${heading} (revised)</h1>`));
    await writeServiceWorker(next, build.base);

    let server = await startStaticServer({ dir: build.outDir, base: build.base, port: 0 });
    const siteUrl = server.url;
    const port = Number(new URL(siteUrl).port);
    const watched = await openWatchedPage(shared.browser, new URL(siteUrl).origin, { serviceWorkers: 'allow' });
    const { page, context, close } = watched;
    const title = () => page.getByRole('heading', { level: 1 }).textContent();
    try {
      await page.goto(siteUrl + article);
      await waitForServiceWorker(page);
      await server.close();
      server = await startStaticServer({ dir: next, base: build.base, port });

      await page.goto(siteUrl + article);
      const notice = page.getByRole('status').filter({ hasText: 'This guide has been updated. Reload to see the new version.' });
      await notice.waitFor({ timeout: 20_000 });
      expect(await title()).toBe(heading);
      await notice.getByRole('button', { name: 'Reload' }).click();
      await expect.poll(title, { timeout: 10_000 }).toBe(`${heading} (revised)`);
      await expect(notice.isVisible()).resolves.toBe(false);

      // A reader who ignores the notice and closes the guide gets the next release on the next visit.
      writeFileSync(file, html.replace(`>${heading}</h1>`, `>${heading} (revised again)</h1>`));
      await writeServiceWorker(next, build.base);
      await server.close();
      server = await startStaticServer({ dir: next, base: build.base, port });
      await page.goto(siteUrl + article);
      await notice.waitFor({ timeout: 20_000 });
      await page.close();
      const again = await context.newPage();
      await again.goto(siteUrl + article);
      await expect(again.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`${heading} (revised again)`);
      expectCleanWatch(watched);
    } finally {
      await close();
      await server.close();
      rmSync(next, { recursive: true, force: true });
    }
  });
});

describe('what the service worker saves', () => {
  const { outDir, base } = SITE_BUILDS.subpath;
  const precached = [...readFileSync(join(outDir, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);

  it('saves every page, stylesheet, script and image when it installs, and not the search index', () => {
    const pages = listBuiltPages(outDir).map((page) => base + (page === '' || page.endsWith('/') ? `${page}index.html` : page));
    expect(pages.filter((page) => !precached.includes(page))).toEqual([]);
    const assets = readdirSync(join(outDir, '_astro')).map((file) => `${base}_astro/${file}`);
    expect(assets.filter((asset) => /\.(css|js|svg|png)$/.test(asset) && !precached.includes(asset))).toEqual([]);
    expect(precached).toEqual(expect.arrayContaining([`${base}favicon.svg`, `${base}icons/icon-512.png`, `${base}manifest.webmanifest`, `${base}offline-search.json`]));
    expect(precached.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  });

  it('lists the search index files that exist, with their sizes', async () => {
    const { files } = JSON.parse(readFileSync(join(outDir, 'offline-search.json'), 'utf8')) as { files: { url: string; bytes: number }[] };
    expect(files.some((file) => file.url.endsWith('.pf_index'))).toBe(true);
    for (const file of files) expect(statSync(join(outDir, file.url.slice(base.length))).size, file.url).toBe(file.bytes);
  });
});
