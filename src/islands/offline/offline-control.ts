/**
 * "Keep the whole guide offline, with search" (OfflineControl.astro, on My saved data and the
 * search page): says whether the pages are saved for offline reading (the service worker saves
 * them after the first visit), how big the search index is and how much of it this device holds;
 * saves all of it into the cache the service worker searches from, with a progress bar, and
 * removes it again. Offline, it warns when part of the index is missing.
 */
import { formatBytes, SEARCH_FILES_LIST, type SearchFile, type SearchFilesList } from '../../lib/offline/caches';
import { isComplete, offlineSearchWarning, progressText, savedIndex, searchIndexStatus, type SavedIndex } from '../../lib/offline/search-progress';

/** Files fetched at once while saving the index. */
const PARALLEL = 4;

function part<T extends Element>(root: Element, name: string): T {
  return root.querySelector(`[data-offline-${name}]`) as T;
}

async function startOfflineControl(root: HTMLElement): Promise<void> {
  const cacheName = root.dataset.cache!;
  const [pages, search, warning, keep, remove, progressBox, progress, progressLabel, message] = (
    ['pages', 'search', 'warning', 'keep', 'remove', 'progress', 'bar', 'bar-text', 'message'] as const
  ).map((name) => part<HTMLElement>(root, name)) as [
    HTMLElement, HTMLElement, HTMLElement, HTMLButtonElement, HTMLButtonElement, HTMLElement, HTMLProgressElement, HTMLElement, HTMLElement,
  ];
  const worker = navigator.serviceWorker;
  if (!worker || !('caches' in window)) return;
  root.hidden = false;
  void worker.getRegistration().then((registration) => {
    const saved = () => (pages.textContent = 'Available offline: every page of the guide is saved on this device.');
    if (registration?.active) saved();
    else void worker.ready.then(saved);
  });

  let files: SearchFile[];
  try {
    const response = await fetch(new URL(SEARCH_FILES_LIST, new URL(root.dataset.home!, location.href)));
    files = ((await response.json()) as SearchFilesList).files;
  } catch {
    search.textContent = 'The list of the search index’s files could not be loaded: try again when you are online.';
    return;
  }

  let index: SavedIndex;
  const refresh = async () => {
    const cache = await caches.open(cacheName);
    const present = new Set<string>();
    for (const file of files) if (await cache.match(file.url, { ignoreSearch: true })) present.add(file.url);
    index = savedIndex(files, (file) => present.has(file.url));
    search.textContent = searchIndexStatus(index);
    keep.hidden = isComplete(index);
    remove.hidden = index.saved === 0;
    const warn = navigator.onLine ? undefined : offlineSearchWarning(index);
    warning.textContent = warn ?? '';
    warning.hidden = !warn;
    return present;
  };
  keep.textContent = `${keep.textContent} (${formatBytes(savedIndex(files, () => false).totalBytes)})`;
  addEventListener('online', () => void refresh());
  addEventListener('offline', () => void refresh());

  keep.addEventListener('click', async () => {
    const present = await refresh();
    const missing = files.filter((file) => !present.has(file.url));
    const cache = await caches.open(cacheName);
    let done = index.saved;
    let doneBytes = index.savedBytes;
    let failed = 0;
    const show = () => {
      progress.value = doneBytes;
      progressLabel.textContent = progressText(done, index.total, doneBytes, index.totalBytes);
    };
    progress.max = index.totalBytes;
    show();
    progressBox.hidden = false;
    keep.disabled = true;
    message.textContent = '';
    const queue = [...missing];
    const fetchNext = async (): Promise<void> => {
      const file = queue.shift();
      if (!file) return;
      try {
        const response = await fetch(file.url);
        if (!response.ok) throw new Error(String(response.status));
        await cache.put(file.url, response);
        done += 1;
        doneBytes += file.bytes;
      } catch {
        failed += 1;
      }
      show();
      return fetchNext();
    };
    await Promise.all(Array.from({ length: PARALLEL }, fetchNext));
    keep.disabled = false;
    progressBox.hidden = true;
    await refresh();
    message.textContent = failed
      ? `${failed} files could not be saved: check the connection and try again.`
      : 'Done: the whole guide, with search, is saved on this device.';
  });

  remove.addEventListener('click', async () => {
    await caches.delete(cacheName);
    await refresh();
    message.textContent = 'The search index is removed from this device. The pages stay saved for offline reading.';
    keep.focus();
  });
  await refresh();
}

const control = document.querySelector<HTMLElement>('[data-offline-control]');
if (control) void startOfflineControl(control);
