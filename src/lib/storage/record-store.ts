/**
 * The one storage module: a saved record of any kind as a persistent nanostore over
 * localStorage, wrapped so that a failed write, an unreadable value or a change in another tab
 * never loses data silently.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { canKeep, isQuotaError, noteWrittenHere, siteStorageArea, storageHealth, type StorageHealth } from './browser-storage';
import { setAsideKey } from './keys';
import type { LoadResult, LoadStatus, RecordCodec } from './record-format';

export interface StoreNotice {
  storage: StorageHealth;
  load: LoadStatus;
  /** The stored text that could not be read (kept aside, offered for download). */
  unreadable?: string | undefined;
  /** The last write failed: the storage is full, so the newest changes live only in this page. */
  saveFailed: boolean;
  /** Data changed in another tab and this page now shows it. */
  changedElsewhere: boolean;
}

export interface RecordStore<T> {
  $record: ReadableAtom<T>;
  $notice: ReadableAtom<StoreNotice>;
  /** Saves the whole record as given (last writer wins): for a change that replaces everything. */
  save(record: T): boolean;
  /**
   * Applies a change to the record as it is stored now, not to this page's copy, so that a
   * change made a moment ago in another tab is kept. If another tab's write then lands without
   * this change (two tabs writing in the same instant), the change is applied again (a few times at most).
   */
  update(change: (record: T) => T): boolean;
}

const stores = new Map<string, RecordStore<any>>();

/** The store for one key, created once per page whatever asks for it. */
export function recordStore<T>(key: string, codec: RecordCodec<T>): RecordStore<T> {
  let store = stores.get(key);
  if (!store) {
    store = createRecordStore(key, codec);
    stores.set(key, store);
  }
  return store;
}

/** Where the store keeps things aside; tests pass their own. */
export interface StoreEnvironment {
  health: StorageHealth;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** Told of each key saved (the shared-computer mode moves them when chosen). */
  onWrite?(key: string): void;
}

/** How long a change made here is remembered, to be applied again if another tab's write drops it. */
export const REPLAY_WINDOW_MS = 2000;
/** How often one change is applied again at most: two tabs making opposite changes stop after this. */
export const MAX_REPLAYS = 20;
/** How long to let other tabs' writes settle before checking that this page's changes survived them. */
export const REPAIR_DELAY_MS = 40;

function browserEnvironment(): StoreEnvironment {
  const health = storageHealth();
  return { health, storage: canKeep(health) ? siteStorageArea() : undefined, onWrite: noteWrittenHere };
}

export function createRecordStore<T>(
  key: string,
  codec: RecordCodec<T>,
  environment: StoreEnvironment = browserEnvironment(),
): RecordStore<T> {
  const { health: storage, storage: backing } = environment;
  const $notice = atom<StoreNotice>({ storage, load: 'empty', saveFailed: storage === 'full', changedElsewhere: false });
  let unreadableKeptAside = false;

  const $saved = persistentAtom<T>(key, codec.empty, {
    encode: codec.serialise,
    decode(stored) {
      const result = codec.parse(stored);
      // A newly loaded unreadable value (say, from another tab) must be kept aside in its turn.
      if (result.unreadable !== undefined && result.unreadable !== $notice.get().unreadable) unreadableKeptAside = false;
      $notice.set({ ...$notice.get(), load: result.status, unreadable: result.unreadable });
      return result.record;
    },
  });

  const $record = atom<T>($saved.get());
  let writing = false;
  /** Changes made here recently, to apply again if another tab's write lands without them. */
  let recent: { change: (record: T) => T; at: number; replays: number }[] = [];
  let repairTimer: ReturnType<typeof setTimeout> | undefined;

  /** Applies this page's recent changes again where what is stored now lacks them. */
  function repair() {
    repairTimer = undefined;
    const now = Date.now();
    recent = recent.filter(({ at, replays }) => now - at < REPLAY_WINDOW_MS && replays < MAX_REPLAYS);
    const base = backing && storedRecord();
    if (recent.length === 0 || !base || $notice.get().unreadable !== undefined) return;
    const merged = recent.reduce<T>((current, { change }) => change(current), base);
    if (codec.serialise(merged) === codec.serialise(base)) return;
    for (const entry of recent) entry.replays += 1;
    save(merged);
  }

  $saved.listen((heard) => {
    if (writing) return;
    // Events can arrive late: show what is stored now, not only the value the event carries.
    const record = (backing && storedRecord()) || (heard as T);
    if (recent.length > 0) repairTimer ??= setTimeout(repair, REPAIR_DELAY_MS);
    if (codec.serialise(record) === codec.serialise($record.get())) return;
    $record.set(record);
    $notice.set({ ...$notice.get(), changedElsewhere: true });
  });
  // Keep the persistent store mounted, so it hears other tabs and reads storage when shown again.
  $saved.subscribe(() => {});

  /**
   * The record as stored now (undefined when it cannot be read). With `noting`, a newly found
   * unreadable value is noted, so that save() keeps it aside before writing over it.
   */
  function storedRecord(noting = false): T | undefined {
    let result: LoadResult<T>;
    try {
      result = codec.parse(backing!.getItem(key));
    } catch {
      return undefined;
    }
    if (result.status !== 'corrupt' && result.status !== 'newer') return result.record;
    if (noting && result.unreadable !== $notice.get().unreadable) {
      unreadableKeptAside = false;
      $notice.set({ ...$notice.get(), load: result.status, unreadable: result.unreadable });
    }
    return undefined;
  }

  /** The record as stored now, or this page's copy when that is ahead (a failed save) or nothing can be read. */
  const freshest = (): T => (!backing || $notice.get().saveFailed ? undefined : storedRecord(true)) ?? $record.get();

  function update(change: (record: T) => T): boolean {
    const next = change(freshest());
    recent = [...recent.filter(({ at }) => Date.now() - at < REPLAY_WINDOW_MS), { change, at: Date.now(), replays: 0 }];
    return save(next);
  }

  function keepUnreadableAside(): boolean {
    const { unreadable } = $notice.get();
    if (unreadable === undefined || unreadableKeptAside || !backing) return true;
    try {
      // Anything set aside before stays too: each different unreadable value gets its own key.
      let asideKey = setAsideKey(key);
      for (let copy = 2; backing.getItem(asideKey) !== null && backing.getItem(asideKey) !== unreadable; copy++) {
        asideKey = `${setAsideKey(key)}:${copy}`;
      }
      if (backing.getItem(asideKey) === null) backing.setItem(asideKey, unreadable);
      unreadableKeptAside = true;
      return true;
    } catch {
      return false;
    }
  }

  function save(record: T): boolean {
    $record.set(record);
    if (!keepUnreadableAside()) {
      $notice.set({ ...$notice.get(), saveFailed: true });
      return false;
    }
    writing = true;
    try {
      $saved.set(record);
      environment.onWrite?.(key);
      if ($notice.get().saveFailed) $notice.set({ ...$notice.get(), saveFailed: false });
      return true;
    } catch (error) {
      if (!isQuotaError(error)) console.error(error);
      $notice.set({ ...$notice.get(), saveFailed: true });
      return false;
    } finally {
      writing = false;
    }
  }

  return { $record, $notice, save, update };
}
