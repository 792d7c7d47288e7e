import type { Pagefind } from '../../lib/search/pagefind';

/**
 * Pagefind's browser API from the bundle the build wrote (`bundlePath`, e.g. "/mentoring/pagefind/"),
 * loaded once and initialised; a failed load is forgotten so that the next search tries again.
 * It searches on the main thread (`noWorker`), which saves a 12 KB download; the site's Content
 * Security Policy allows WebAssembly for that.
 */
/** The title as Pagefind weighs it by default, and readers' keywords (SearchKeywords) a little more. */
export const META_WEIGHTS = { title: 5, keywords: 6 };

export function pagefindLoader(bundlePath: string, baseUrl: string): () => Promise<Pagefind> {
  let loading: Promise<Pagefind> | undefined;
  return () => {
    watchIndexLoads();
    loading ??= (import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<Pagefind>).then(async (api) => {
      await api.options({ basePath: bundlePath, baseUrl, noWorker: true, excerptLength: 24, ranking: { metaWeights: META_WEIGHTS } });
      await api.init();
      return api;
    });
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}

/** Index, filter and metadata files of Pagefind's bundle (not fragments: a result's data() rejects for those). */
const INDEX_FILE = /\/pagefind\/.*\.pf_(index|filter|meta)(\?|$)/;
let indexMisses = 0;
let watching = false;

/**
 * Counts the index files that could not be fetched (offline, and never saved on this device).
 * Pagefind skips a chunk it cannot load without a word (it only logs it), and searches the rest:
 * the search then quietly finds less. It fetches on this page's thread (`noWorker`) through the
 * global `fetch`, so a wrapper around it is the one place that sees the failure; it changes
 * nothing else about any request.
 */
function watchIndexLoads(): void {
  if (watching) return;
  watching = true;
  const fetchOriginal = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    // Pagefind asks for its files by URL (a string).
    const missed = INDEX_FILE.test(String(input)) ? () => indexMisses++ : () => 0;
    return fetchOriginal(input, init).then(
      (response) => (response.ok || missed(), response),
      (error: unknown) => {
        missed();
        throw error;
      },
    );
  };
}

/**
 * How many index files could not be loaded so far: more after a search than before it means that
 * some file it needed was missing (see watchIndexLoads), so that its results may be incomplete.
 */
export const indexMissCount = (): number => indexMisses;
