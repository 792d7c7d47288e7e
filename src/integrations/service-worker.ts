import type { AstroIntegration } from 'astro';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { joinBase } from '../lib/paths.ts';
import { SEARCH_FILES_LIST, searchCacheName, searchFiles, type SearchFilesList } from '../lib/offline/caches.ts';

/** The page a reader gets offline for an address that was never saved (src/pages/offline.astro). */
export const OFFLINE_PAGE = 'offline/index.html';

/** What the service worker saves when it installs: every page, stylesheet, script and image, not the search index. */
const PRECACHE_PATTERNS = ['**/*.{html,css,js,svg,png,webmanifest}', SEARCH_FILES_LIST];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lists the search index's files with their sizes in offline-search.json, so that the page can
 * say how much "Keep the whole guide offline" downloads, and fetch exactly those files.
 */
async function writeSearchFilesList(dir: string, base: string): Promise<SearchFilesList> {
  // Not joinBase: Pagefind's file extensions (".pf_index") do not look like files to it.
  const bundleUrl = joinBase(base, '/pagefind/');
  const bundle = join(dir, 'pagefind');
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string | null }> };
  const all = (await readdir(bundle, { recursive: true, withFileTypes: true }))
    .filter((file) => file.isFile())
    .map((file) => relative(bundle, join(file.parentPath, file.name)).split(sep).join('/'));
  const files = await Promise.all(
    searchFiles(all, Object.values(entry.languages)).map(async (path) => ({
      url: bundleUrl + path,
      bytes: (await stat(join(bundle, path))).size,
    })),
  );
  const list: SearchFilesList = { files };
  await writeFile(join(dir, SEARCH_FILES_LIST), JSON.stringify(list));
  return list;
}

/**
 * Writes `sw.js` (Workbox's generateSW) into a finished build at `dir`, built for `base`, and the
 * search index's file list beside it. Run after the Pagefind index is written.
 */
export async function writeServiceWorker(dir: string, base: string) {
  const home = joinBase(base, '/');
  const search = await writeSearchFilesList(dir, base);
  const pagefind = `${escapeRegExp(home)}pagefind/`;
  const result = await generateSW({
    globDirectory: dir,
    globPatterns: PRECACHE_PATTERNS,
    // preview.png is the link preview for chat apps (og:image), never shown on a page: 35–45 KB
    // every reader would download for nothing.
    globIgnores: ['pagefind/**', 'sw.js', 'preview.png'],
    swDest: join(dir, 'sw.js'),
    // Astro writes the pages without the base folder; their URLs have it.
    modifyURLPrefix: { '': home },
    // Files under _astro/ carry their content hash in their names already.
    dontCacheBustURLsMatching: /\/_astro\//,
    // A page's query (?q=, ?track=) never changes the file: every one is served from the saved copy.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // A new release waits until the reader accepts the update notice, or closes the guide.
    skipWaiting: false,
    clientsClaim: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // Index chunks have content hashes in their names: once saved, always right.
        urlPattern: new RegExp(`${pagefind}.*\\.pf_(index|fragment|filter|meta)$`),
        handler: 'CacheFirst',
        options: { cacheName: searchCacheName(base), expiration: { maxEntries: 1000 } },
      },
      {
        // The entry point and WebAssembly keep their names from one release to the next.
        urlPattern: new RegExp(pagefind),
        handler: 'NetworkFirst',
        options: { cacheName: searchCacheName(base), networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true } },
      },
      {
        // Any other page (one that never existed, or came after this release) offline: the offline page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: `${home}${OFFLINE_PAGE}` } },
      },
    ],
  });
  return { ...result, search };
}

/** Adds the service worker to the build, once the pages and the search index are written. */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'mentorship-guide:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings, search } = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of warnings) logger.warn(warning);
        const searchBytes = search.files.reduce((total, file) => total + file.bytes, 0);
        logger.info(
          `Wrote sw.js: ${count} files (${Math.round(size / 1024)} KB before compression) saved for offline use, ${search.files.length} search index files (${Math.round(searchBytes / 1024)} KB) on request.`,
        );
      },
    },
  };
}
