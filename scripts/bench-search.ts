/**
 * `npm run bench:search`: builds the site, then reports the size of the Pagefind index, the bytes
 * a first search downloads, and the time from keystroke to rendered results in headless Chromium.
 * Timings live here, never in tests: they vary from machine to machine. The byte budget (100 KB
 * gzip-compressed for a first search) is also checked by tests/e2e/search.test.ts.
 *
 * Set OUT_DIR (and CACHE_DIR) to build somewhere other than dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildForBench, kb } from './lib/bench.ts';
import { findChromium, INSTALL_HINT, launchChromium } from './lib/chromium.ts';
import { TYPING_PAUSE_MS } from '../src/lib/search/typing.ts';
import { limitQuery } from '../src/lib/search/state.ts';
import { measureRelevance } from './lib/search-relevance.ts';
import {
  CATEGORIES,
  PAGE_CATEGORIES,
  type Category,
  describeBytes,
  describeTimes,
  FIELD,
  firstSearches,
  indexStats,
  QUERIES,
  settled,
  TYPING_DELAY,
  warmKeystrokeTimes,
} from './lib/search-measure.ts';
import { startStaticServer } from './lib/static-server.ts';

const OUT_DIR = process.env.OUT_DIR || 'dist';

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const buildSeconds = buildForBench(OUT_DIR);

const index = indexStats(OUT_DIR);
const runtimeFile = (name: string) => readFileSync(join(OUT_DIR, 'pagefind', name));

const server = await startStaticServer({ dir: OUT_DIR, base: '/', port: 0 });
const browser: Browser = await launchChromium();

// A first search in a fresh browser, each way a reader starts one; then keystroke to results once Pagefind is loaded.
const linked = await firstSearches(browser, server.url, 'linked');
const typed = await firstSearches(browser, server.url, 'typed');
const quick = await firstSearches(browser, server.url, 'quick');
const warmTimes = await warmKeystrokeTimes(browser, server.url);

// The longest text a reader could paste: the page cuts it to the longest query it runs, and
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

// Relevance: readers' own phrasings, each with the page that should be in the first three,
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
const searchOnly = CATEGORIES.filter((category) => !PAGE_CATEGORIES.includes(category)).map((category) => breakdown.get(category) ?? { raw: 0, gzip: 0, files: 0 });
const sum = (key: 'raw' | 'gzip' | 'files') => searchOnly.reduce((total, row) => total + row[key], 0);
const pagefindJs = runtimeFile('pagefind.js');

console.log(`Build: ${buildSeconds.toFixed(1)} s (astro build + Pagefind index).\n`);
console.log(
  `Index: ${index.pageCount} pages in ${kb(index.bytes)} (${index.files.index} index chunks, ${index.files.fragment} fragments, ` +
    `${index.files.filter} filter files, ${index.files.meta} metadata file, each compressed by Pagefind). Search runtime: ` +
    `pagefind.js ${kb(pagefindJs.length)} (${kb(gzipSync(pagefindJs).length)} gzip) and its WebAssembly, ${kb(runtimeFile('wasm.en-gb.pagefind').length)}.\n`,
);
console.log('| /search/?q=credit in a fresh browser | Files | As sent (test server, uncompressed) | gzip |');
console.log('| --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(`| **The search (everything but the page’s HTML, CSS and offline control)** | ${sum('files')} | ${kb(sum('raw'))} | **${kb(sum('gzip'))}** |`);
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
