/**
 * What `npm run bench:search` and `npm run bench:scale` measure on a built site: the Pagefind
 * index on disk, the bytes a first search downloads in a fresh headless Chromium, and the time
 * from keystroke to rendered results.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { kb, median, percentile } from './bench.ts';
import { typist } from './typing.ts';

/** Milliseconds between keystrokes when typing a first search, as a quick typist types (see typing.ts). */
export const TYPING_DELAY = Number(process.env.TYPING_DELAY ?? 150);

/** What readers might type: topics, failure causes, roles, tools, a few misses. */
export const QUERIES = [
  'credit', 'sponsor', 'first meeting', 'agreement', 'feedback', 'confidentiality', 'speed mentoring', 'conflict of interest',
  'goals', 'time', 'burnout', 'ending', 'coach', 'peer mentoring', 'communication', 'commitment', 'personality', 'competition',
  'programme', 'training', 'evaluation', 'checklist', 'agenda', 'warning signs', 'career', 'network', 'reciprocity', 'respect',
  'listening', 'institution', 'women', 'review', 'mentee', 'protected time', 'no-fault exit', 'quizzical',
];

/** The first-search budget: bytes (gzip) a first search may download, script and WebAssembly included. */
export const FIRST_SEARCH_BUDGET = 100 * 1024;

/** Bytes as a host with compression would send them: Pagefind's own files are gzip files already. */
const compressed = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export interface IndexStats {
  pageCount: number;
  /** Bytes on disk of what the indexer wrote (each file compressed by Pagefind). */
  bytes: number;
  /** How many files of each kind: index, fragment, filter, meta. */
  files: Record<'index' | 'fragment' | 'filter' | 'meta', number>;
  /** Bytes of the largest index chunk: a word's postings are never split, so a common word's chunk grows with the corpus. */
  largestChunk: number;
  /** Bytes of the metadata and filter files, which every first search loads. */
  metaAndFilters: number;
}

/** The index: what the indexer wrote into `outDir`/pagefind, without the UI bundles this site does not load. */
export function indexStats(outDir: string): IndexStats {
  const bundle = join(outDir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexFiles = filesUnder(bundle).filter((file) => /\.pf_(index|fragment|filter|meta)$/.test(file));
  const count = (kind: string) => indexFiles.filter((file) => file.endsWith(`.pf_${kind}`)).length;
  const sizes = (pattern: RegExp) => indexFiles.filter((file) => pattern.test(file)).map((file) => statSync(file).size);
  return {
    pageCount: Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0),
    bytes: indexFiles.reduce((total, file) => total + statSync(file).size, 0),
    files: { index: count('index'), fragment: count('fragment'), filter: count('filter'), meta: count('meta') },
    largestChunk: Math.max(0, ...sizes(/\.pf_index$/)),
    metaAndFilters: sizes(/\.pf_(meta|filter)$/).reduce((total, size) => total + size, 0),
  };
}

export type Category = 'Page (HTML, CSS)' | 'Offline control (the page’s, not the search’s)' | 'Search script (ours)' | 'Pagefind script' | 'WebAssembly' | 'Index chunks, filters, metadata' | 'Result fragments';
export const CATEGORIES: Category[] = ['Page (HTML, CSS)', 'Offline control (the page’s, not the search’s)', 'Search script (ours)', 'Pagefind script', 'WebAssembly', 'Index chunks, filters, metadata', 'Result fragments'];
/** What the page loads whether or not anyone searches: not counted in a search's bytes. */
export const PAGE_CATEGORIES: readonly Category[] = ['Page (HTML, CSS)', 'Offline control (the page’s, not the search’s)'];

function categorise(path: string): Category | undefined {
  if (path.endsWith('/pagefind/pagefind.js')) return 'Pagefind script';
  if (path.endsWith('.pagefind')) return 'WebAssembly';
  if (path.endsWith('.pf_fragment')) return 'Result fragments';
  if (path.includes('/pagefind/')) return 'Index chunks, filters, metadata';
  // The search page's "Keep the whole guide offline" control (OfflineControl.astro) loads after the page, search or not.
  if (/\/offline-control-[\w-]+\.js$/.test(path)) return 'Offline control (the page’s, not the search’s)';
  if (path.endsWith('.js')) return 'Search script (ours)';
  if (path.endsWith('.css') || path.endsWith('/') || path.endsWith('.html')) return 'Page (HTML, CSS)';
  return undefined;
}

export interface Download {
  category: Category;
  raw: number;
  gzip: number;
}

/** Records every response's body size from now on. */
function recordDownloads(page: Page): Promise<Download>[] {
  const downloads: Promise<Download>[] = [];
  page.on('response', (response) => {
    const category = categorise(new URL(response.url()).pathname);
    if (!category || response.status() !== 200) return;
    // A response that arrives as the browser context closes has no body left to read; it came
    // after the results the run waited for, so it does not count.
    const none: Download = { category, raw: 0, gzip: 0 };
    downloads.push(response.body().then((body) => ({ category, raw: body.length, gzip: compressed(body) }), () => none));
  });
  return downloads;
}

/** Where results show, and the attribute that names the query they are for, once they are on screen. */
const SEARCH_PAGE_RESULTS = { region: '[data-search-results]', attribute: 'data-search-query' };
const HEADER_RESULTS = { region: '[data-header-search]', attribute: 'data-quick-query' };
type ResultsRegion = typeof SEARCH_PAGE_RESULTS;

/** Resolves with the milliseconds from the next keydown to the results for `query` on screen. */
async function armTimer(page: Page, query: string, results: ResultsRegion = SEARCH_PAGE_RESULTS): Promise<void> {
  await page.evaluate(({ expected, results }) => {
    const region = document.querySelector<HTMLElement>(results.region)!;
    const win = window as unknown as { searchTiming: Promise<number> };
    win.searchTiming = new Promise((resolve) => {
      let start = 0;
      document.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
      const done = () => region.getAttribute(results.attribute) === expected && region.getAttribute('aria-busy') !== 'true';
      const observer = new MutationObserver(() => {
        if (start && done()) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      });
      observer.observe(region, { attributes: true, attributeFilter: [results.attribute, 'aria-busy'] });
    });
  }, { expected: query, results });
}

const timing = (page: Page) => page.evaluate(() => (window as unknown as { searchTiming: Promise<number> }).searchTiming);

/** Waits for the search page's results for `query`. */
export const settled = (page: Page, query: string) =>
  page.waitForSelector(`[data-search-results][aria-busy="false"][data-search-query="${query}"]`, { state: 'attached' });

/** The search page's query field. */
export const FIELD = '#search-query';

/** Types a query as a reader would, timing the last keystroke; the rest of it is typed first. */
async function typeAndTime(page: Page, field: string, query: string): Promise<number> {
  const head = query.slice(0, -1);
  await page.fill(field, head);
  if (head.trim()) await settled(page, head.trim());
  await armTimer(page, query);
  await page.keyboard.press(query.at(-1)!);
  return timing(page);
}

export interface FirstSearch {
  query: string;
  downloads: Download[];
  /** Milliseconds: from navigation start (a link) or the last keystroke (typing) to results on screen. */
  time: number;
}

/** How a first search starts, in a fresh browser. */
export type FirstSearchWay =
  /** The whole query at once: a /search/?q= link, or a query submitted from another page's header. */
  | 'linked'
  /** Typed on the search page one key every TYPING_DELAY ms: results appear as the reader types. Pagefind loads on focus. */
  | 'typed'
  /** Typed in the header of an article page, which has loaded no script until the field gets focus. */
  | 'quick';

const ARTICLE = 'articles/why-mentoring-matters/';

/** One first search per query, each in a fresh browser context, started the given way. */
export async function firstSearches(browser: Browser, siteUrl: string, way: FirstSearchWay, queries = QUERIES): Promise<FirstSearch[]> {
  const searches: FirstSearch[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (way === 'linked') {
      const downloads = recordDownloads(page);
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
      await settled(page, query);
      const time = await page.evaluate(() => performance.now());
      searches.push({ query, downloads: await Promise.all(downloads), time });
    } else {
      await page.goto(`${siteUrl}${way === 'typed' ? 'search/' : ARTICLE}`, { waitUntil: 'load' });
      const downloads = recordDownloads(page);
      await page.focus(way === 'typed' ? FIELD : '#site-search-query');
      const keyboard = await typist(page, TYPING_DELAY);
      await keyboard.type(query.slice(0, -1));
      await armTimer(page, query, way === 'typed' ? SEARCH_PAGE_RESULTS : HEADER_RESULTS);
      await keyboard.type(query.at(-1)!);
      const time = await timing(page);
      searches.push({ query, downloads: await Promise.all(downloads), time });
    }
    await context.close();
  }
  return searches;
}

/** Keystroke to rendered results once Pagefind is loaded, for each query. */
export async function warmKeystrokeTimes(browser: Browser, siteUrl: string, queries = QUERIES): Promise<number[]> {
  const times: number[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}search/?q=mentoring`);
  await settled(page, 'mentoring');
  for (const query of queries) {
    await page.fill(FIELD, '');
    times.push(await typeAndTime(page, FIELD, query));
  }
  await context.close();
  return times;
}

/** Bytes (gzip) of a first search: everything but the page's HTML and CSS. */
export const searchBytes = (search: FirstSearch) =>
  search.downloads.filter((download) => !PAGE_CATEGORIES.includes(download.category)).reduce((total, download) => total + download.gzip, 0);

const largest = (searches: FirstSearch[]) => searches.reduce((worst, search) => (searchBytes(search) > searchBytes(worst) ? search : worst));

export interface BytesSummary {
  median: number;
  largest: number;
  largestQuery: string;
  overBudget: number;
  count: number;
}

export function summariseBytes(searches: FirstSearch[]): BytesSummary {
  const bytes = searches.map(searchBytes);
  const worst = largest(searches);
  return { median: median(bytes), largest: searchBytes(worst), largestQuery: worst.query, overBudget: bytes.filter((size) => size > FIRST_SEARCH_BUDGET).length, count: bytes.length };
}

export const describeBytes = (searches: FirstSearch[]) => {
  const summary = summariseBytes(searches);
  return `median ${kb(summary.median)}, largest ${kb(summary.largest)} (“${summary.largestQuery}”), ${summary.overBudget} of ${summary.count} over 100 KB`;
};

export const describeTimes = (times: number[]) => `median ${median(times).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`;
