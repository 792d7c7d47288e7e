import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { openWatchedPage, useSharedBrowser } from '../support/browser.ts';
import { builtPageReader, readPublishedUrls, unresolvedUrls } from '../support/published-urls.ts';
import { buildSite, PROJECT_ROOT } from '../support/site-builds.ts';

/**
 * An author renames an article and rewords one of its headings, as the README tells them to:
 * the file gets its new name, `formerIds` keeps the old one, and a `[#…]` pin keeps the old
 * anchor. The guide is built that way below /mentoring/ and every old link must still work.
 */
const OLD_ID = 'personality-differences';
const NEW_ID = 'different-personalities';
const OLD_ANCHOR = 'style-not-character';
const NEW_HEADING = 'Style rather than character';
const BASE = '/mentoring/';

const workDir = mkdtempSync(join(tmpdir(), 'mentorship-renamed-'));
const contentDir = join(workDir, 'content');
const outDir = join(workDir, 'dist');
const shared = useSharedBrowser();
let server: RunningServer;
let siteUrl: string;

function renameArticle() {
  cpSync(resolve(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
  const articles = join(contentDir, 'articles');
  renameSync(join(articles, `${OLD_ID}.mdx`), join(articles, `${NEW_ID}.mdx`));
  // Every cross-reference follows the new name, as an author's search-and-replace would do.
  for (const file of readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(mdx|yaml)$/.test(name))) {
    const path = join(contentDir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(OLD_ID, NEW_ID));
  }
  const article = join(articles, `${NEW_ID}.mdx`);
  const text = readFileSync(article, 'utf8')
    .replace(/^topic:/m, `formerIds: [${OLD_ID}]\ntopic:`)
    .replace('## Style, not character\n', `## ${NEW_HEADING} [#${OLD_ANCHOR}]\n`);
  expect(text).toContain(`[#${OLD_ANCHOR}]`);
  writeFileSync(article, text);
}

beforeAll(async () => {
  renameArticle();
  const result = buildSite({ CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: join(workDir, 'cache'), BASE_PATH: BASE, SITE_URL: 'https://med.northfield.example' });
  if (result.status !== 0) throw new Error(`The build with a renamed article failed:\n${result.output.slice(-3000)}`);
  server = await startStaticServer({ dir: outDir, base: BASE, port: 0 });
  siteUrl = server.url;
});
afterAll(async () => {
  await server?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('an article renamed with formerIds', () => {
  it("sends a reader of the old address on to the article, under the base path", async () => {
    const { page, watch, close } = await openWatchedPage(shared.browser, new URL(siteUrl).origin);
    try {
      const response = await page.goto(`${siteUrl}articles/${OLD_ID}/`);
      expect(response?.status()).toBe(200);
      await page.waitForURL(`${siteUrl}articles/${NEW_ID}/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Personality differences');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('leaves a page at the old address with a link, a canonical address and noindex, and keeps it out of the sitemap', async () => {
    const html = await (await fetch(`${siteUrl}articles/${OLD_ID}/`)).text();
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${BASE}articles/${NEW_ID}/">`);
    expect(html).toContain(`<a id="moved-to" href="${BASE}articles/${NEW_ID}/">Personality differences</a>`);
    expect(html).toContain(`<link rel="canonical" href="https://med.northfield.example${BASE}articles/${NEW_ID}/">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${BASE}articles/${NEW_ID}/`);
    expect(sitemap).not.toContain(OLD_ID);
  });

  it("carries a link to a section of the old address over to that section of the article", async () => {
    const { page, watch, close } = await openWatchedPage(shared.browser, new URL(siteUrl).origin);
    try {
      await page.goto(`${siteUrl}articles/${OLD_ID}/#${OLD_ANCHOR}`);
      await page.waitForURL(`${siteUrl}articles/${NEW_ID}/#${OLD_ANCHOR}`);
      await expect(page.locator(`#${OLD_ANCHOR}`).evaluate((element) => element.matches(':target'))).resolves.toBe(true);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps a pinned anchor when its heading is reworded, in the contents as on the page', async () => {
    const { page, close } = await openWatchedPage(shared.browser, new URL(siteUrl).origin);
    try {
      await page.goto(`${siteUrl}articles/${NEW_ID}/#${OLD_ANCHOR}`);
      const heading = page.getByRole('heading', { level: 2, name: NEW_HEADING, exact: true });
      await expect(heading.getAttribute('id')).resolves.toBe(OLD_ANCHOR);
      await expect(heading.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
      await expect(page.getByText(`[#${OLD_ANCHOR}]`).count()).resolves.toBe(0);
      await expect(page.getByRole('link', { name: `Link to section: ${NEW_HEADING}`, exact: true }).getAttribute('href')).resolves.toBe(`#${OLD_ANCHOR}`);
      const contents = page.getByRole('navigation', { name: 'On this page' });
      if ((await contents.count()) > 0) await expect(contents.getByRole('link', { name: NEW_HEADING, exact: true }).getAttribute('href')).resolves.toBe(`#${OLD_ANCHOR}`);
    } finally {
      await close();
    }
  });

  it('keeps every published URL resolving, the old address through its redirect; without the redirect the check fails', () => {
    const listed = readPublishedUrls();
    expect(listed).toContain(`/articles/${OLD_ID}/`);
    const readPage = builtPageReader(outDir);
    expect(unresolvedUrls(listed, readPage, BASE)).toEqual([]);
    const withoutRedirect = (path: string) => (path === `/articles/${OLD_ID}/` ? undefined : readPage(path));
    expect(unresolvedUrls(listed, withoutRedirect, BASE)).toEqual([`/articles/${OLD_ID}/: missing`]);
  });
});
