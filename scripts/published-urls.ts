/**
 * Writes tests/fixtures/published-urls.txt from a build (default: .e2e/root, else dist): every page
 * the guide publishes. Run it on purpose when pages are added; the test in
 * tests/e2e/published-urls.test.ts then keeps each of them reachable.
 *   node scripts/published-urls.ts [build-dir]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listBuiltPages } from '../tests/support/built-pages.ts';
import { PUBLISHED_URLS_FILE, readPublishedUrls } from '../tests/support/published-urls.ts';

const dir = resolve(process.argv[2] ?? (existsSync('.e2e/root') ? '.e2e/root' : 'dist'));
const built = listBuiltPages(dir).map((path) => `/${path}`);
// Keep URLs listed before that now resolve through a redirect page.
const kept = existsSync(PUBLISHED_URLS_FILE) ? readPublishedUrls().filter((path) => existsSync(join(dir, path.endsWith('/') ? `${path}index.html` : path))) : [];
const urls = [...new Set([...kept, ...built])].sort();
const header = readFileSync(PUBLISHED_URLS_FILE, 'utf8').split('\n').filter((line) => line.startsWith('#'));
writeFileSync(PUBLISHED_URLS_FILE, `${[...header, ...urls].join('\n')}\n`);
console.log(`Wrote ${urls.length} URLs from ${dir} to ${PUBLISHED_URLS_FILE}.`);
