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
