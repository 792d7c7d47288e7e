import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SEARCH_SHORTCUT_SOURCE } from '../../src/components/search-shortcut.ts';
import { SHARED_COMPUTER_SOURCE } from '../../src/components/shared-computer.ts';
import { TRACK_BAR_SOURCE } from '../../src/components/track-step-bar.ts';
import { SERVICE_WORKER_SOURCE } from '../../src/components/service-worker-register.ts';
import { isArticlePage, listBuiltPages } from '../support/built-pages.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';

/**
 * Byte budgets for reading pages. 14 KB of compressed HTML arrives in the first round trip
 * of a new connection (TCP's initial window of ten segments).
 */
export const BUDGETS = {
  articleHtml: 14 * 1024,
  articleCss: 8 * 1024,
  /** The inline scripts (the shared-computer switch, the service worker's registration, the `/` shortcut and search on focus, a track's step bar); article pages request no script. */
  articleInlineJs: 1536,
  /** The header's quick results, loaded when the reader first focuses the search field. */
  quickSearchJs: 4 * 1024,
  islandJs: 20 * 1024,
};

const { outDir, base } = SITE_BUILDS.root;
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function htmlFile(page: string): string {
  return join(outDir, page.endsWith('.html') ? page : `${page}index.html`);
}

/** The stylesheets and scripts a built page loads, as files in the build. */
function assetsOf(html: string, kind: 'css' | 'js'): string[] {
  const pattern = kind === 'css' ? /<link rel="stylesheet" href="([^"]+)"/g : /<script[^>]*\ssrc="([^"]+)"/g;
  return [...html.matchAll(pattern)].map((match) => join(outDir, match[1]!.slice(base.length)));
}

/** "articles/x/: 15.2 KB is 1.2 KB over the 14.0 KB budget" for each page over, or nothing. */
function overBudget(sizes: Map<string, number>, budget: number): string[] {
  return [...sizes]
    .filter(([, size]) => size > budget)
    .map(([page, size]) => `${page}: ${kb(size)} is ${kb(size - budget)} over the ${kb(budget)} budget`);
}

const articles = listBuiltPages(outDir).filter(isArticlePage);

describe('size budgets for article pages (gzip-compressed bytes)', () => {
  it('covers every article page', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  it(`keeps each article's HTML within ${kb(BUDGETS.articleHtml)}`, () => {
    const sizes = new Map(articles.map((page) => [page, gzipSize(readFileSync(htmlFile(page)))]));
    expect(overBudget(sizes, BUDGETS.articleHtml)).toEqual([]);
  });

  it(`keeps the CSS each article loads within ${kb(BUDGETS.articleCss)}`, () => {
    const sizes = new Map(
      articles.map((page) => {
        const stylesheets = assetsOf(readFileSync(htmlFile(page), 'utf8'), 'css');
        return [page, stylesheets.reduce((total, file) => total + gzipSize(readFileSync(file)), 0)];
      }),
    );
    expect([...sizes.values()].every((size) => size > 0)).toBe(true);
    expect(overBudget(sizes, BUDGETS.articleCss)).toEqual([]);
  });

  it(`requests no JavaScript on article pages: inline scripts only (the shared-computer switch, the service worker's registration, the shortcut, and a track step's bar), within ${kb(BUDGETS.articleInlineJs)}`, () => {
    let withStepBar = 0;
    for (const page of articles) {
      const html = readFileSync(htmlFile(page), 'utf8');
      expect(assetsOf(html, 'js'), page).toEqual([]);
      const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
      const isStep = html.includes('data-track-bar');
      if (isStep) withStepBar += 1;
      const always = [SHARED_COMPUTER_SOURCE, SERVICE_WORKER_SOURCE, SEARCH_SHORTCUT_SOURCE];
      expect(inline, page).toEqual(isStep ? [...always, TRACK_BAR_SOURCE] : always);
    }
    expect(withStepBar, 'articles that are steps of a track').toBeGreaterThan(0);
    expect([SHARED_COMPUTER_SOURCE, SERVICE_WORKER_SOURCE, SEARCH_SHORTCUT_SOURCE, TRACK_BAR_SOURCE].reduce((total, source) => total + gzipSize(source), 0)).toBeLessThanOrEqual(BUDGETS.articleInlineJs);
  });

  it(`keeps the quick search script that the search field loads on focus within ${kb(BUDGETS.quickSearchJs)}`, () => {
    const html = readFileSync(htmlFile(articles[0]!), 'utf8');
    const src = /data-search-script="([^"]+)"/.exec(html)?.[1];
    expect(src, 'the header search field names its script').toBeDefined();
    const size = gzipSize(readFileSync(join(outDir, src!.slice(base.length))));
    expect(size).toBeGreaterThan(1024);
    expect(size).toBeLessThanOrEqual(BUDGETS.quickSearchJs);
  });

  it('names the page and how far over it is when a budget is broken', () => {
    expect(overBudget(new Map([['articles/long/', 15 * 1024]]), BUDGETS.articleHtml)).toEqual([
      'articles/long/: 15.0 KB is 1.0 KB over the 14.0 KB budget',
    ]);
  });
});

/** A JavaScript file and every file it imports statically (dynamic imports load only on demand). */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) {
    withStaticImports(join(file, '..', match[1]!), seen);
  }
  return seen;
}

/** The JavaScript a page with islands loads: island and renderer modules with their imports, and inline scripts. */
function islandJavaScriptSize(html: string): number {
  const entries = [...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)].map((match) =>
    join(outDir, match[1]!.slice(base.length)),
  );
  const files = new Set<string>();
  for (const entry of entries) for (const file of withStaticImports(entry)) files.add(file);
  // The inline scripts every page carries (the shared-computer switch, the service worker's registration, the `/` shortcut) are
  // the site's, not the islands': they are budgeted with the article pages' inline scripts (above). A page's own inline scripts count here.
  const everyPage = new Set([SHARED_COMPUTER_SOURCE, SERVICE_WORKER_SOURCE, SEARCH_SHORTCUT_SOURCE]);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!).filter((code) => !everyPage.has(code));
  return [...files].reduce((total, file) => total + gzipSize(readFileSync(file)), 0) + inline.reduce((total, code) => total + gzipSize(code), 0);
}

const islandPages = listBuiltPages(outDir).filter((page) => /component-url=/.test(readFileSync(htmlFile(page), 'utf8')));

describe('size budget for pages with interactive islands (gzip-compressed bytes)', () => {
  it('covers the assessment pages', () => {
    expect(islandPages.filter((page) => page.startsWith('assessments/')).length).toBeGreaterThanOrEqual(4);
  });

  it(`keeps each page's JavaScript within ${kb(BUDGETS.islandJs)}`, () => {
    const sizes = new Map(islandPages.map((page) => [page, islandJavaScriptSize(readFileSync(htmlFile(page), 'utf8'))]));
    expect([...sizes.values()].every((size) => size > 5 * 1024)).toBe(true);
    expect(overBudget(sizes, BUDGETS.islandJs)).toEqual([]);
  });
});
