/**
 * `npm run bench:scale`: how the site and its search hold up with 1,000 more articles. Copies
 * content/ into a temporary folder, adds generated articles made from the real ones' sentences
 * and vocabulary (scripts/lib/scale-corpus.ts), builds both the real site and the larger one
 * into temporary folders, and measures on each what `npm run bench:search` measures: build time,
 * index size, the bytes of a first search in a fresh headless Chromium and keystroke-to-results
 * latency. Everything it writes is under the system's temporary folder and removed at the end;
 * generated articles are never written inside the repository.
 *
 * SCALE_ARTICLES (default 1000) and SCALE_SEED (default 16) change the corpus.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildForBench, kb, median, percentile } from './lib/bench.ts';
import { findChromium, INSTALL_HINT, launchChromium } from './lib/chromium.ts';
import { generateArticles, readCorpusSource, writeGeneratedArticles } from './lib/scale-corpus.ts';
import {
  CATEGORIES,
  FIRST_SEARCH_BUDGET,
  firstSearches,
  indexStats,
  QUERIES,
  searchBytes,
  summariseBytes,
  TYPING_DELAY,
  warmKeystrokeTimes,
  type FirstSearch,
  type IndexStats,
} from './lib/search-measure.ts';
import { startStaticServer } from './lib/static-server.ts';

const REPOSITORY = resolve(import.meta.dirname, '..');
const ARTICLES = Number(process.env.SCALE_ARTICLES ?? 1000);
const SEED = Number(process.env.SCALE_SEED ?? 16);
/** The 30 queries: the first 30 of bench:search's list. */
const SCALE_QUERIES = QUERIES.slice(0, 30);
const TARGETS = { buildSeconds: 60, firstSearchBytes: FIRST_SEARCH_BUDGET, medianMs: 50 };

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

interface SiteFigures {
  buildSeconds: number;
  index: IndexStats;
  linked: FirstSearch[];
  typed: FirstSearch[];
  quick: FirstSearch[];
  warm: number[];
}

/** Builds from `contentDir` into `outDir` (with its own cold cache), then measures the built site. */
async function measureSite(workDir: string, name: string, contentDir: string): Promise<SiteFigures> {
  const outDir = join(workDir, `${name}-dist`);
  console.error(`Building the ${name} site…`);
  const buildSeconds = buildForBench(outDir, { CONTENT_DIR: contentDir, CACHE_DIR: join(workDir, `${name}-cache`), ASTRO_TELEMETRY_DISABLED: '1' });
  console.error(`Built in ${buildSeconds.toFixed(1)} s; measuring search…`);
  const server = await startStaticServer({ dir: outDir, base: '/', port: 0 });
  const browser = await launchChromium();
  try {
    return {
      buildSeconds,
      index: indexStats(outDir),
      linked: await firstSearches(browser, server.url, 'linked', SCALE_QUERIES),
      typed: await firstSearches(browser, server.url, 'typed', SCALE_QUERIES),
      quick: await firstSearches(browser, server.url, 'quick', SCALE_QUERIES),
      warm: await warmKeystrokeTimes(browser, server.url, SCALE_QUERIES),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const loadAtStart = loadavg()[0]!;
const workDir = mkdtempSync(join(tmpdir(), 'mentorship-scale-'));
const cleanUp = () => rmSync(workDir, { recursive: true, force: true });
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

let real: SiteFigures;
let scaled: SiteFigures;
let corpus: { words: number[] };
try {
  const contentDir = join(workDir, 'content');
  cpSync(join(REPOSITORY, 'content'), contentDir, { recursive: true });
  const generated = generateArticles(readCorpusSource(contentDir), { count: ARTICLES, seed: SEED });
  writeGeneratedArticles(join(contentDir, 'articles'), generated, REPOSITORY);
  corpus = { words: generated.map((article) => article.words) };

  real = await measureSite(workDir, 'real', join(REPOSITORY, 'content'));
  scaled = await measureSite(workDir, 'scaled', contentDir);
} finally {
  cleanUp();
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const bytesCell = (searches: FirstSearch[]) => {
  const summary = summariseBytes(searches);
  return `${kb(summary.median)} / ${kb(summary.largest)} “${summary.largestQuery}” (${summary.overBudget} over)`;
};
/** Median bytes (gzip) of one kind of download across the first searches. */
const categoryMedian = (searches: FirstSearch[], category: (typeof CATEGORIES)[number]) =>
  kb(median(searches.map((search) => search.downloads.filter((download) => download.category === category).reduce((total, download) => total + download.gzip, 0))));
const indexCell = (index: IndexStats) =>
  `${kb(index.bytes)} in ${index.files.index + index.files.fragment + index.files.filter + index.files.meta} files (${index.files.index} index chunks, ${index.files.fragment} fragments)`;
const metaCell = (figures: SiteFigures) => categoryMedian(figures.linked, 'Index chunks, filters, metadata');
const worstBytes = (figures: SiteFigures) => Math.max(...[figures.linked, figures.typed, figures.quick].flat().map(searchBytes));
const overBudget = (figures: SiteFigures) => [figures.linked, figures.typed, figures.quick].flat().filter((search) => searchBytes(search) > TARGETS.firstSearchBytes).length;

const rows: [string, string, string, string][] = [
  ['Pages indexed', String(real.index.pageCount), String(scaled.index.pageCount), ''],
  ['Build (astro build + Pagefind index)', `${real.buildSeconds.toFixed(1)} s`, `${scaled.buildSeconds.toFixed(1)} s`, `≤ ${TARGETS.buildSeconds} s`],
  ['Index on disk (Pagefind-compressed)', indexCell(real.index), indexCell(scaled.index), ''],
  ['  largest index chunk (one word’s postings, never split)', kb(real.index.largestChunk), kb(scaled.index.largestChunk), ''],
  ['  metadata and filter files (every search loads them)', kb(real.index.metaAndFilters), kb(scaled.index.metaAndFilters), ''],
  ['First search, /search/?q= link: median / largest (over 100 KB)', bytesCell(real.linked), bytesCell(scaled.linked), '≤ 100 KB'],
  ['  of which index chunks, filters, metadata (median)', metaCell(real), metaCell(scaled), ''],
  ['  of which result fragments (median)', categoryMedian(real.linked, 'Result fragments'), categoryMedian(scaled.linked, 'Result fragments'), ''],
  [`First search, typed on /search/ (1 key per ${TYPING_DELAY} ms)`, bytesCell(real.typed), bytesCell(scaled.typed), '≤ 100 KB'],
  ['First search, typed in an article’s header', bytesCell(real.quick), bytesCell(scaled.quick), '≤ 100 KB'],
  ['Keystroke to results, Pagefind loaded: median', ms(median(real.warm)), ms(median(scaled.warm)), `≤ ${TARGETS.medianMs} ms`],
  ['Keystroke to results, Pagefind loaded: p95', ms(percentile(real.warm, 95)), ms(percentile(scaled.warm, 95)), ''],
  ['Last keystroke to results, typed in a fresh browser: median / p95', `${ms(median(real.typed.map((s) => s.time)))} / ${ms(percentile(real.typed.map((s) => s.time), 95))}`, `${ms(median(scaled.typed.map((s) => s.time)))} / ${ms(percentile(scaled.typed.map((s) => s.time), 95))}`, ''],
];

const wordCounts = corpus.words;
const load = `load average (1 min) ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end on ${availableParallelism()} cores`;
console.log(
  `Scale benchmark: the real site beside the same site with ${ARTICLES.toLocaleString('en-GB')} generated articles (seed ${SEED}; ` +
    `${median(wordCounts)} words each at the median, ${Math.min(...wordCounts)}–${Math.max(...wordCounts)}, made from the real articles' sentences and vocabulary). ` +
    `Both built cold (fresh cache) one after the other; searches in headless Chromium over loopback, ${SCALE_QUERIES.length} queries, each first search in a fresh browser; ${load}.\n`,
);
console.log(`| | Real site | ${ARTICLES.toLocaleString('en-GB')} articles | Target |`);
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);

const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
console.log(`\nTargets, ${ARTICLES.toLocaleString('en-GB')} articles:`);
console.log(`- build ≤ ${TARGETS.buildSeconds} s: ${verdict(scaled.buildSeconds <= TARGETS.buildSeconds)} (${scaled.buildSeconds.toFixed(1)} s; real site ${real.buildSeconds.toFixed(1)} s)`);
console.log(
  `- first search ≤ 100 KB: ${verdict(overBudget(scaled) === 0)} (largest ${kb(worstBytes(scaled))}; ${overBudget(scaled)} of ${SCALE_QUERIES.length * 3} first searches over; real site largest ${kb(worstBytes(real))})`,
);
console.log(`- keystroke to results median ≤ ${TARGETS.medianMs} ms: ${verdict(median(scaled.warm) <= TARGETS.medianMs)} (${ms(median(scaled.warm))}; real site ${ms(median(real.warm))})`);
