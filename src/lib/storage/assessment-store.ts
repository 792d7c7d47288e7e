/**
 * The saved state of one assessment: a persistent nanostore over localStorage, wrapped so that
 * a failed write, an unreadable value or a change in another tab never loses data silently.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import {
  EMPTY_RECORD,
  parseAssessmentRecord,
  serialiseAssessmentRecord,
  type AssessmentRecord,
  type LoadStatus,
} from './assessment-record';
import { isQuotaError, storageHealth, type StorageHealth } from './browser-storage';
import { assessmentKey, setAsideKey } from './keys';

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

export interface AssessmentStore {
  $record: ReadableAtom<AssessmentRecord>;
  $notice: ReadableAtom<StoreNotice>;
  save(record: AssessmentRecord): boolean;
}

const stores = new Map<string, AssessmentStore>();

export function assessmentStore(assessmentId: string): AssessmentStore {
  let store = stores.get(assessmentId);
  if (!store) {
    store = createAssessmentStore(assessmentKey(assessmentId));
    stores.set(assessmentId, store);
  }
  return store;
}

/** Where the store keeps things aside; tests pass their own. */
export interface StoreEnvironment {
  health: StorageHealth;
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

function browserEnvironment(): StoreEnvironment {
  const health = storageHealth();
  return { health, storage: health === 'available' ? window.localStorage : undefined };
}

export function createAssessmentStore(key: string, environment: StoreEnvironment = browserEnvironment()): AssessmentStore {
  const { health: storage, storage: backing } = environment;
  const $notice = atom<StoreNotice>({ storage, load: 'empty', saveFailed: false, changedElsewhere: false });
  let unreadableKeptAside = false;

  const $saved = persistentAtom<AssessmentRecord>(key, EMPTY_RECORD, {
    encode: serialiseAssessmentRecord,
    decode(stored) {
      const result = parseAssessmentRecord(stored);
      $notice.set({ ...$notice.get(), load: result.status, unreadable: result.unreadable });
      return result.record;
    },
  });

  const $record = atom<AssessmentRecord>($saved.get());
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
      let asideKey = setAsideKey(key);
      const earlier = backing.getItem(asideKey);
      // Something set aside before stays too: a different unreadable value gets its own key.
      if (earlier !== null && earlier !== unreadable) asideKey = `${asideKey}:${Date.now()}`;
      if (earlier !== unreadable) backing.setItem(asideKey, unreadable);
      unreadableKeptAside = true;
      return true;
    } catch {
      return false;
    }
  }

  function save(record: AssessmentRecord): boolean {
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
