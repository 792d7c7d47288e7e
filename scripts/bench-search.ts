/**
 * `npm run bench:search`: builds the site, then reports the size of the Pagefind index, the bytes
 * a first search downloads, and the time from keystroke to rendered results in headless Chromium.
 * Timings live here, never in tests: they vary from machine to machine. The byte budget (100 KB
 * gzip-compressed for a first search) is also checked by tests/e2e/search.test.ts.
 *
 * Set OUT_DIR (and CACHE_DIR) to build somewhere other than dist/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { buildForBench, kb, median, percentile } from './lib/bench.ts';
import { findChromium, INSTALL_HINT, launchChromium } from './lib/chromium.ts';
import { TYPING_PAUSE_MS } from '../src/lib/search/typing.ts';
import { limitQuery } from '../src/lib/search/state.ts';
import { measureRelevance } from './lib/search-relevance.ts';
import { startStaticServer } from './lib/static-server.ts';
import { typist } from './lib/typing.ts';

const OUT_DIR = process.env.OUT_DIR || 'dist';
/** Milliseconds between keystrokes when typing a first search, as a quick typist types (see scripts/lib/typing.ts). */
const TYPING_DELAY = Number(process.env.TYPING_DELAY ?? 150);

/** What readers might type: topics, failure causes, roles, tools, a few misses. */
const QUERIES = [
  'credit', 'sponsor', 'first meeting', 'agreement', 'feedback', 'confidentiality', 'speed mentoring', 'conflict of interest',
  'goals', 'time', 'burnout', 'ending', 'coach', 'peer mentoring', 'communication', 'commitment', 'personality', 'competition',
  'programme', 'training', 'evaluation', 'checklist', 'agenda', 'warning signs', 'career', 'network', 'reciprocity', 'respect',
  'listening', 'institution', 'women', 'review', 'mentee', 'protected time', 'no-fault exit', 'quizzical',
];


/** Bytes as a host with compression would send them: Pagefind's own files are gzip files already. */
const compressed = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const buildSeconds = buildForBench(OUT_DIR);

// The index: what the indexer wrote, without the UI bundles this site does not load.
const bundle = join(OUT_DIR, 'pagefind');
const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const pageCount = Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
const indexFiles = filesUnder(bundle).filter((file) => /\.pf_(index|fragment|filter|meta)$/.test(file));
const indexBytes = indexFiles.reduce((total, file) => total + statSync(file).size, 0);
const count = (kind: string) => indexFiles.filter((file) => file.endsWith(`.pf_${kind}`)).length;
const runtimeFile = (name: string) => readFileSync(join(bundle, name));

type Category = 'Page (HTML, CSS)' | 'Search script (ours)' | 'Pagefind script' | 'WebAssembly' | 'Index chunks, filters, metadata' | 'Result fragments';
const CATEGORIES: Category[] = ['Page (HTML, CSS)', 'Search script (ours)', 'Pagefind script', 'WebAssembly', 'Index chunks, filters, metadata', 'Result fragments'];

function categorise(path: string): Category | undefined {
  if (path.endsWith('/pagefind/pagefind.js')) return 'Pagefind script';
  if (path.endsWith('.pagefind')) return 'WebAssembly';
  if (path.endsWith('.pf_fragment')) return 'Result fragments';
  if (path.includes('/pagefind/')) return 'Index chunks, filters, metadata';
  if (path.endsWith('.js')) return 'Search script (ours)';
  if (path.endsWith('.css') || path.endsWith('/') || path.endsWith('.html')) return 'Page (HTML, CSS)';
  return undefined;
}

interface Download {
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
const settled = (page: Page, query: string) =>
  page.waitForSelector(`[data-search-results][aria-busy="false"][data-search-query="${query}"]`, { state: 'attached' });

/** Types a query as a reader would, timing the last keystroke; the rest of it is typed first. */
async function typeAndTime(page: Page, field: string, query: string): Promise<number> {
  const head = query.slice(0, -1);
  await page.fill(field, head);
  if (head.trim()) await settled(page, head.trim());
  await armTimer(page, query);
  await page.keyboard.press(query.at(-1)!);
  return timing(page);
}

const server = await startStaticServer({ dir: OUT_DIR, base: '/', port: 0 });
const browser: Browser = await launchChromium();
const FIELD = '#search-query';

interface FirstSearch {
  query: string;
  downloads: Download[];
  /** Milliseconds: from navigation start (a link) or the last keystroke (typing) to results on screen. */
  time: number;
}

const searchBytes = (search: FirstSearch) =>
  search.downloads.filter((download) => download.category !== 'Page (HTML, CSS)').reduce((total, download) => total + download.gzip, 0);

// 1. The whole query at once, in a fresh browser: a /search/?q= link, or a query submitted from another page's header.
const linked: FirstSearch[] = [];
for (const query of QUERIES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const downloads = recordDownloads(page);
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await settled(page, query);
  const time = await page.evaluate(() => performance.now());
  linked.push({ query, downloads: await Promise.all(downloads), time });
  await context.close();
}

// 2. Typed on the search page in a fresh browser, one key every TYPING_DELAY ms: results appear as
// the reader types, so earlier letters' results are downloaded too. Pagefind loads on focus.
const typed: FirstSearch[] = [];
for (const query of QUERIES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}search/`, { waitUntil: 'load' });
  const downloads = recordDownloads(page);
  await page.focus(FIELD);
  const keyboard = await typist(page, TYPING_DELAY);
  await keyboard.type(query.slice(0, -1));
  await armTimer(page, query);
  await keyboard.type(query.at(-1)!);
  const time = await timing(page);
  typed.push({ query, downloads: await Promise.all(downloads), time });
  await context.close();
}

// 3. Typed in the header of an article page, in a fresh browser: the page has loaded no script; the
// quick results script and Pagefind load when the field gets focus.
const ARTICLE = 'articles/why-mentoring-matters/';
const quick: FirstSearch[] = [];
for (const query of QUERIES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}${ARTICLE}`, { waitUntil: 'load' });
  const downloads = recordDownloads(page);
  await page.focus('#site-search-query');
  const keyboard = await typist(page, TYPING_DELAY);
  await keyboard.type(query.slice(0, -1));
  await armTimer(page, query, HEADER_RESULTS);
  await keyboard.type(query.at(-1)!);
  const time = await timing(page);
  quick.push({ query, downloads: await Promise.all(downloads), time });
  await context.close();
}

// 4. Keystroke to rendered results once Pagefind is loaded, over every query.
const warmTimes: number[] = [];
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}search/?q=mentoring`);
  await settled(page, 'mentoring');
  for (const query of QUERIES) {
    await page.fill(FIELD, '');
    warmTimes.push(await typeAndTime(page, FIELD, query));
  }
  await context.close();
}

// 5. The longest text a reader could paste: the page cuts it to the longest query it runs, and
// the longest main-thread task while that is searched (long tasks are those over 50 ms).
const pasted = 'credit '.repeat(15_000);
const pastedQuery = limitQuery(pasted).query;
const pasteRuns: { time: number; longestTask: number }[] = [];
for (let run = 0; run < 5; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}search/?q=mentoring`);
  await settled(page, 'mentoring');
  await page.evaluate(() => {
    const win = window as unknown as { longestTask: number };
    win.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) win.longestTask = Math.max(win.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await page.fill(FIELD, pasted);
  await settled(page, pastedQuery);
  const time = Date.now() - started;
  await page.waitForTimeout(100);
  pasteRuns.push({ time, longestTask: await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask) });
  await context.close();
}

// 6. Relevance: readers' own phrasings, each with the page that should be in the first three,
// searched on the search page as a reader would (fallback for several words included).
const relevancePage = await browser.newPage();
const relevance = await measureRelevance(relevancePage, server.url);
await relevancePage.close();

await browser.close();
await server.close();

const credit = linked.find((search) => search.query === 'credit')!;
const breakdown = new Map<Category, { raw: number; gzip: number; files: number }>();
for (const download of credit.downloads) {
  const row = breakdown.get(download.category) ?? { raw: 0, gzip: 0, files: 0 };
  breakdown.set(download.category, { raw: row.raw + download.raw, gzip: row.gzip + download.gzip, files: row.files + 1 });
}
const rows = CATEGORIES.filter((category) => breakdown.has(category)).map((category) => {
  const { raw, gzip, files } = breakdown.get(category)!;
  return `| ${category} | ${files} | ${kb(raw)} | ${kb(gzip)} |`;
});
const searchOnly = CATEGORIES.filter((category) => category !== 'Page (HTML, CSS)').map((category) => breakdown.get(category) ?? { raw: 0, gzip: 0, files: 0 });
const sum = (key: 'raw' | 'gzip' | 'files') => searchOnly.reduce((total, row) => total + row[key], 0);
const pagefindJs = runtimeFile('pagefind.js');
const largest = (searches: FirstSearch[]) => searches.reduce((worst, search) => (searchBytes(search) > searchBytes(worst) ? search : worst));
const describeBytes = (searches: FirstSearch[]) => {
  const bytes = searches.map(searchBytes);
  const over = bytes.filter((size) => size > 100 * 1024).length;
  return `median ${kb(median(bytes))}, largest ${kb(searchBytes(largest(searches)))} (“${largest(searches).query}”), ${over} of ${bytes.length} over 100 KB`;
};
const describeTimes = (times: number[]) => `median ${median(times).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`;

console.log(`Build: ${buildSeconds.toFixed(1)} s (astro build + Pagefind index).\n`);
console.log(
  `Index: ${pageCount} pages in ${kb(indexBytes)} (${count('index')} index chunks, ${count('fragment')} fragments, ` +
    `${count('filter')} filter files, ${count('meta')} metadata file, each compressed by Pagefind). Search runtime: ` +
    `pagefind.js ${kb(pagefindJs.length)} (${kb(gzipSync(pagefindJs).length)} gzip) and its WebAssembly, ${kb(runtimeFile('wasm.en-gb.pagefind').length)}.\n`,
);
console.log('| /search/?q=credit in a fresh browser | Files | As sent (test server, uncompressed) | gzip |');
console.log('| --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(`| **The search (everything but the page’s HTML and CSS)** | ${sum('files')} | ${kb(sum('raw'))} | **${kb(sum('gzip'))}** |`);
console.log(
  `\nBytes (gzip) a first search downloads, script and WebAssembly included, in a fresh browser, over ${QUERIES.length} queries (target 100 KB):\n` +
    `- the whole query at once (a /search/?q= link, or Enter in another page's header field): ${describeBytes(linked)};\n` +
    `- typed on the search page at one key per ${TYPING_DELAY} ms (keys under ${TYPING_PAUSE_MS} ms apart wait for a pause), results showing as the reader types: ${describeBytes(typed)};\n` +
    `- typed in an article page's header at the same speed, quick results showing as the reader types: ${describeBytes(quick)}.`,
);
console.log(
  `\nHeadless Chromium, loopback. Keystroke to rendered results, Pagefind loaded, over ${warmTimes.length} queries: ` +
    `${describeTimes(warmTimes)} (target: median 100 ms). Typed in a fresh browser (Pagefind loads on focus), ` +
    `last keystroke to results (a ${TYPING_PAUSE_MS} ms pause included): ${describeTimes(typed.map((search) => search.time))}; in an article page's header: ` +
    `${describeTimes(quick.map((search) => search.time))}. A /search/?q= link in a fresh browser, ` +
    `navigation start to results: ${describeTimes(linked.map((search) => search.time))}.`,
);
const longestTasks = pasteRuns.map((run) => run.longestTask);
console.log(
  `\nPasting ${kb(pasted.length)} of text into the search field (cut to ${pastedQuery.split(' ').length} words), ${pasteRuns.length} runs: ` +
    `results in ${describeTimes(pasteRuns.map((run) => run.time))}; longest main-thread task ${Math.max(...longestTasks).toFixed(0)} ms ` +
    `(${longestTasks.filter((task) => task > 0).length} of ${pasteRuns.length} runs had any task over 50 ms).`,
);
const hits = relevance.filter((result) => result.hit).length;
console.log(
  `\nRelevance (tests/fixtures/search-relevance.json, readers' phrasings): ${hits} of ${relevance.length} queries ` +
    `(${Math.round((hits / relevance.length) * 100)}%) find their page in the first three results (target 95%). Misses:\n` +
    relevance
      .filter((result) => !result.hit)
      .map((result) => `- “${result.query}”: ${result.top.join(', ') || 'no results'} (expected ${result.expect.join(' or ')})`)
      .join('\n'),
);
