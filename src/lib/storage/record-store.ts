/**
 * The one storage module: a saved record of any kind as a persistent nanostore over
 * localStorage, wrapped so that a failed write, an unreadable value or a change in another tab
 * never loses data silently.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { assessmentCodec, type AssessmentRecord } from './assessment-record';
import { isQuotaError, storageHealth, type StorageHealth } from './browser-storage';
import { assessmentKey, setAsideKey } from './keys';
import type { LoadStatus, RecordCodec } from './record-format';

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
  save(record: T): boolean;
}

export type AssessmentStore = RecordStore<AssessmentRecord>;

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

export function assessmentStore(assessmentId: string): AssessmentStore {
  return recordStore(assessmentKey(assessmentId), assessmentCodec);
}

/** Where the store keeps things aside; tests pass their own. */
export interface StoreEnvironment {
  health: StorageHealth;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

function browserEnvironment(): StoreEnvironment {
  const health = storageHealth();
  return { health, storage: health === 'unavailable' ? undefined : window.localStorage };
}

export function createAssessmentStore(key: string, environment?: StoreEnvironment): AssessmentStore {
  return createRecordStore(key, assessmentCodec, environment);
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
  $saved.listen((record) => {
    if (writing || record === $record.get()) return;
    $record.set(record);
    $notice.set({ ...$notice.get(), changedElsewhere: true });
  });
  // Keep the persistent store mounted, so it hears other tabs and reads storage when shown again.
  $saved.subscribe(() => {});

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

  return { $record, $notice, save };
}
