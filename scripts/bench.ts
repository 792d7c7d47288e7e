/**
 * `npm run bench`: builds the site, then reports what a reader's browser receives for each
 * article page (bytes, requests) and how long pages take to render in headless Chromium.
 * Timings live here, never in tests: they vary from machine to machine.
 *
 * Set OUT_DIR (and CACHE_DIR) to build somewhere other than dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildForBench, kb, median, percentile } from './lib/bench.ts';
import { findChromium, INSTALL_HINT, launchChromium } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const OUT_DIR = process.env.OUT_DIR || 'dist';
const LOADS_PER_PAGE = 15;


if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const buildSeconds = buildForBench(OUT_DIR);

// Article pages, read from the build (a build without SITE_URL has no sitemap); renamed articles' old addresses only redirect.
const articlePaths = readdirSync(join(OUT_DIR, 'articles'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'audience')
  .map((entry) => `/articles/${entry.name}/`)
  .filter((path) => !readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8').includes('http-equiv="refresh"'));

const server = await startStaticServer({ dir: OUT_DIR, base: '/', port: 0 });
const browser = await launchChromium();

const rows: string[] = [];
const domReady: number[] = [];
const loads: number[] = [];
for (const path of articlePaths) {
  const html = readFileSync(join(OUT_DIR, path, 'index.html'));
  const stylesheets = [...html.toString().matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!);
  const cssBytes = stylesheets.reduce((total, file) => total + gzipSync(readFileSync(join(OUT_DIR, file))).length, 0);
  const inlineScripts = [...html.toString().matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const inlineBytes = inlineScripts.reduce((total, code) => total + gzipSync(code).length, 0);
  let requests = 0;
  let scripts = 0;
  for (let i = 0; i < LOADS_PER_PAGE; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (i === 0) {
      page.on('request', (request) => {
        requests++;
        if (request.resourceType() === 'script') scripts++;
      });
    }
    await page.goto(server.url + path.slice(1), { waitUntil: 'load' });
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { ready: navigation.domContentLoadedEventEnd, load: navigation.loadEventEnd };
    });
    domReady.push(timing.ready);
    loads.push(timing.load);
    await context.close();
  }
  rows.push(
    `| ${path} | ${kb(gzipSync(html).length)} | ${kb(cssBytes)} | ${kb(inlineBytes)} | ${scripts} | ${requests} |`,
  );
}
await browser.close();
await server.close();

console.log(`Build: ${buildSeconds.toFixed(1)} s for ${articlePaths.length} articles (astro build + Pagefind index).\n`);
console.log('| Article page | HTML (gzip) | CSS (gzip) | Inline script (gzip, in the HTML) | Script requests | Requests |');
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(
  `\nHeadless Chromium, loopback, ${LOADS_PER_PAGE} cold loads per page (${domReady.length} in all):` +
    ` DOMContentLoaded median ${median(domReady).toFixed(0)} ms, p95 ${percentile(domReady, 95).toFixed(0)} ms;` +
    ` load event median ${median(loads).toFixed(0)} ms, p95 ${percentile(loads, 95).toFixed(0)} ms.`,
);
