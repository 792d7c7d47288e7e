/**
 * Names and files shared by the service worker's configuration (src/integrations/service-worker.ts)
 * and the page that keeps the search index offline (src/islands/offline/). Pure.
 */
import { joinBase } from '../paths';

/** The list of the search index's files, written beside sw.js by every build. */
export const SEARCH_FILES_LIST = 'offline-search.json';

export interface SearchFile {
  /** The file's URL path, with the base path, e.g. "/mentoring/pagefind/index/en-gb_1a2b.pf_index". */
  url: string;
  bytes: number;
}

/** What offline-search.json holds. */
export interface SearchFilesList {
  files: SearchFile[];
}

/** The cache the search index goes in, as it is used or all at once: one per copy of the guide on a host. */
export function searchCacheName(base: string): string {
  return `search-index-${joinBase(base, '/')}`;
}

/**
 * The files of Pagefind's bundle that searching needs (not its UI files): the entry point, the
 * metadata and WebAssembly of the index's language, and every index, fragment and filter chunk.
 * `paths` are relative to the bundle folder, e.g. "index/en-gb_1a2b.pf_index".
 */
export function searchFiles(paths: readonly string[], languages: readonly { wasm?: string | null; hash: string }[]): string[] {
  const wanted = new Set(['pagefind.js', 'pagefind-entry.json']);
  for (const language of languages) {
    wanted.add(`pagefind.${language.hash}.pf_meta`);
    if (language.wasm) wanted.add(`wasm.${language.wasm}.pagefind`);
  }
  return paths.filter((path) => wanted.has(path) || /^(index|fragment|filter)\/[^/]+\.pf_(index|fragment|filter)$/.test(path)).sort();
}

/** "450 KB", "1.2 MB": sizes as the control states them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
