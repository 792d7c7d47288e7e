/**
 * What the "Keep the whole guide offline" control says about the search index: pure, so each
 * sentence is unit-tested; the control (src/islands/offline/) only fills them in.
 */
import { formatBytes, type SearchFile } from './caches';

export interface SavedIndex {
  saved: number;
  total: number;
  savedBytes: number;
  totalBytes: number;
}

/** How much of the index is saved, given the files of the list that the cache holds. */
export function savedIndex(files: readonly SearchFile[], isSaved: (file: SearchFile) => boolean): SavedIndex {
  const kept = files.filter(isSaved);
  const sum = (list: readonly SearchFile[]) => list.reduce((total, file) => total + file.bytes, 0);
  return { saved: kept.length, total: files.length, savedBytes: sum(kept), totalBytes: sum(files) };
}

export function isComplete(index: SavedIndex): boolean {
  return index.total > 0 && index.saved === index.total;
}

/** The control's sentence about search. */
export function searchIndexStatus(index: SavedIndex): string {
  if (isComplete(index)) return `Search works offline: all of the search index (${formatBytes(index.totalBytes)}) is saved on this device.`;
  if (index.saved === 0) return `Search needs a connection: the search index (${formatBytes(index.totalBytes)}) is not saved on this device yet.`;
  return `Search works offline only in part: ${index.saved} of ${index.total} files of the search index (${formatBytes(index.savedBytes)} of ${formatBytes(index.totalBytes)}) are saved on this device.`;
}

/** Shown offline, when results may lack pages whose part of the index was never saved. */
export function offlineSearchWarning(index: SavedIndex): string | undefined {
  if (isComplete(index)) return undefined;
  if (index.saved === 0) return 'You are offline, and the search index is not saved on this device: search will work again when you are back online.';
  return `You are offline, and only part of the search index is saved on this device (${index.saved} of ${index.total} files): some pages may be missing from the results.`;
}

/** The progress bar's text, e.g. "Saved 40 of 82 files (150 KB of 296 KB)". */
export function progressText(done: number, total: number, doneBytes: number, totalBytes: number): string {
  return `Saved ${done} of ${total} files (${formatBytes(doneBytes)} of ${formatBytes(totalBytes)})`;
}
