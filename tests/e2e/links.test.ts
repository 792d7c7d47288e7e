import { describe, expect, inject, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { SITE_BUILDS, type BuildName } from '../support/site-builds.ts';

/** Every link, stylesheet and image a page refers to, resolved against the page's URL. */
function referencedUrls(html: string, pageUrl: string): string[] {
  const found = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
  return found.map((href) => new URL(href, pageUrl).href);
}

describe.each(Object.keys(SITE_BUILDS) as BuildName[])('links in the %s build', (buildName) => {
  const siteUrl = inject('siteUrls')[buildName];
  const { base, outDir } = SITE_BUILDS[buildName];
  const origin = new URL(siteUrl).origin;

  it('resolve every internal link, stylesheet and fragment, all below the base path', async () => {
    const checked = new Map<string, number>();
    const broken: string[] = [];
    for (const path of listBuiltPages(outDir)) {
      const pageUrl = siteUrl + path;
      const html = await (await fetch(pageUrl)).text();
      for (const url of referencedUrls(html, pageUrl)) {
        const target = new URL(url);
        if (target.origin !== origin) continue;
        if (!target.pathname.startsWith(base)) {
          broken.push(`/${path} links outside the base path: ${target.pathname}`);
          continue;
        }
        const withoutHash = target.href.split('#')[0]!;
        if (!checked.has(withoutHash)) checked.set(withoutHash, (await fetch(withoutHash)).status);
        if (checked.get(withoutHash) !== 200) broken.push(`/${path} → ${target.pathname} (${checked.get(withoutHash)})`);
        if (target.hash && withoutHash.endsWith('/')) {
          const targetHtml = await (await fetch(withoutHash)).text();
          const id = decodeURIComponent(target.hash.slice(1));
          if (!targetHtml.includes(`id="${id}"`)) broken.push(`/${path} → ${target.pathname}${target.hash} (no such id)`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked.size).toBeGreaterThan(10);
  });

  it('serves the helpful 404 page, styled, for an unknown address below the base path', async () => {
    const response = await fetch(`${siteUrl}articles/no-such-article/`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Page not found');
    const stylesheet = html.match(/<link rel="stylesheet" href="([^"]+)">/)?.[1];
    expect(stylesheet).toMatch(new RegExp(`^${base}_astro/`));
    expect((await fetch(new URL(stylesheet!, siteUrl))).status).toBe(200);
  });

  // A build without a public address writes no sitemap (tests/build/link-previews.test.ts).
  it.runIf('SITE_URL' in SITE_BUILDS[buildName].env)('lists every page except the 404 and offline pages in the sitemap, with absolute URLs under the base path', async () => {
    const index = await (await fetch(`${siteUrl}sitemap-index.xml`)).text();
    const sitemapUrls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    expect(sitemapUrls.length).toBeGreaterThan(0);
    const listed: string[] = [];
    for (const sitemapPath of sitemapUrls) {
      const sitemap = await (await fetch(new URL(sitemapPath, siteUrl))).text();
      listed.push(...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
    }
    const expected = listBuiltPages(outDir)
      .filter((path) => path !== '404.html' && path !== 'offline/')
      .map((path) => base + path);
    expect(listed.sort()).toEqual(expected.sort());
  });
});
