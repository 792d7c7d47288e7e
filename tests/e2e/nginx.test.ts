import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspFromHtml, IMMUTABLE_CACHE, REVALIDATE_CACHE, SECURITY_HEADERS, staticCspHeader } from '../../src/lib/hosting-headers.ts';
import { openWatchedPage, useSharedBrowser } from '../support/browser.ts';
import { listBuiltPages } from '../support/built-pages.ts';
import { expectSearchWorks } from '../support/hosting.ts';
import { findNginx, NGINX_INSTALL_HINT, startNginx, type RunningNginx } from '../support/nginx.ts';
import { PROJECT_ROOT, SITE_BUILDS } from '../support/site-builds.ts';

/**
 * The base-path build served by a real nginx through the snippet an administrator copies from
 * deploy/, as on a shared server: the test proves the documented configuration, not a stand-in.
 */
const build = SITE_BUILDS.subpath;
const SNIPPET = resolve(PROJECT_ROOT, 'deploy/nginx-mentoring.conf');
const nginx = findNginx();
// CI installs nginx (.ci/run): there, a missing nginx is a failure, not a reason to skip.
if (!nginx && process.env.CI) throw new Error(NGINX_INSTALL_HINT);
if (!nginx) console.warn(`Skipping the nginx tests. ${NGINX_INSTALL_HINT}`);

const pages = listBuiltPages(build.outDir);
const shared = useSharedBrowser();
let server: RunningNginx;
let siteUrl: string;

beforeAll(async () => {
  if (!nginx) return;
  server = await startNginx({ binary: nginx, dir: build.outDir, folder: 'mentoring', snippet: SNIPPET });
  siteUrl = `${server.origin}${build.base}`;
});
afterAll(async () => {
  await server?.stop();
});

function expectSecurityHeaders(response: Response, what: string) {
  for (const [name, value] of SECURITY_HEADERS) expect(response.headers.get(name), `${name} on ${what}`).toBe(value);
  expect(response.headers.get('content-security-policy'), `CSP on ${what}`).toContain("frame-ancestors 'self'");
}

describe.skipIf(!nginx)(`the base-path build served by nginx with ${'deploy/nginx-mentoring.conf'}`, () => {
  it('finds the pages to serve', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain('404.html');
  });

  it('serves every page under /mentoring/ with status 200, the security headers, and a cache that checks back on every visit', async () => {
    for (const path of pages) {
      const response = await fetch(siteUrl + path);
      expect(response.status, `/mentoring/${path}`).toBe(200);
      expect(response.headers.get('content-type'), `/mentoring/${path}`).toMatch(/^text\/html/);
      expectSecurityHeaders(response, `/mentoring/${path}`);
      expect(response.headers.get('cache-control'), `/mentoring/${path}`).toBe(REVALIDATE_CACHE);
    }
  });

  it("sends, as a header, every rule of the pages' own policy that needs no hash, plus frame-ancestors", async () => {
    const html = readFileSync(join(build.outDir, 'articles/first-meeting/index.html'), 'utf8');
    const response = await fetch(`${siteUrl}articles/first-meeting/`);
    expect(response.headers.get('content-security-policy')).toBe(staticCspHeader(cspFromHtml(html)!));
  });

  it('caches the hashed scripts and styles for a year, with their proper types', async () => {
    const html = await (await fetch(`${siteUrl}agreement/`)).text();
    const assets = [...html.matchAll(/"(\/mentoring\/_astro\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    for (const asset of new Set(assets)) {
      const response = await fetch(server.origin + asset);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control'), asset).toBe(IMMUTABLE_CACHE);
      expect(response.headers.get('content-type'), asset).toMatch(asset.endsWith('.css') ? /^text\/css/ : /javascript/);
      expectSecurityHeaders(response, asset);
    }
  });

  it('checks the service worker and the search index list with the server on every visit, so a new release is found at once', async () => {
    for (const path of ['sw.js', 'offline-search.json', 'manifest.webmanifest']) {
      const response = await fetch(siteUrl + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(REVALIDATE_CACHE);
      expectSecurityHeaders(response, path);
    }
    expect((await fetch(`${siteUrl}sw.js`)).headers.get('content-type')).toMatch(/javascript/);
  });

  it("answers a missing page with the site's 404 page and status 404, and never caches it for long", async () => {
    const notFound = readFileSync(join(build.outDir, '404.html'), 'utf8');
    for (const path of ['no-such-page/', 'articles/no-such-article/', '_astro/no-such-file.js']) {
      const response = await fetch(siteUrl + path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('cache-control'), path).toBe(REVALIDATE_CACHE);
      expectSecurityHeaders(response, path);
      await expect(response.text()).resolves.toBe(notFound);
    }
  });

  it('adds the missing slash to the site and to a page, staying on the same host and port', async () => {
    for (const [from, to] of [
      ['/mentoring', '/mentoring/'],
      ['/mentoring/articles/first-meeting', '/mentoring/articles/first-meeting/'],
    ]) {
      const response = await fetch(server.origin + from, { redirect: 'manual' });
      expect(response.status, from).toBe(301);
      expect(new URL(response.headers.get('location')!, server.origin + from).href).toBe(server.origin + to);
    }
  });

  it.each(['', 'articles/first-meeting/', 'assessments/mentor-self-assessment/', 'agreement/', 'my-data/'])(
    'runs /mentoring/%s in Chromium under both policies with no violation',
    async (path) => {
      const { page, watch, close } = await openWatchedPage(shared.browser, server.origin);
      try {
        const response = await page.goto(siteUrl + path);
        expect(response?.status()).toBe(200);
        await page.waitForLoadState('networkidle');
        const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
        expect(styled, 'the site stylesheet applies').toContain('system-ui');
        expect(watch.cspViolations).toEqual([]);
        expect(watch.errors).toEqual([]);
        expect(watch.foreignRequests).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  it('searches with Pagefind (WebAssembly, a worker) under the header policy', async () => {
    await expectSearchWorks(shared.browser, siteUrl);
  });
});
