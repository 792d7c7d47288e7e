/**
 * Which storage the stores use. localStorage when it works; otherwise an in-memory object,
 * so everything still works for the visit (and the user is told nothing will be kept).
 */
import { setPersistentEngine } from '@nanostores/persistent';
import { STORAGE_PREFIX } from './keys';

/** 'full': what is stored can be read, but nothing more can be written. */
export type StorageHealth = 'available' | 'full' | 'unavailable';

const noEvents = { addEventListener() {}, removeEventListener() {} };

/** Tries a write and a delete: a browser can expose localStorage and still refuse to store. */
export function probeStorage(getStorage: () => Storage = () => window.localStorage): StorageHealth {
  try {
    const storage = getStorage();
    const key = `${STORAGE_PREFIX}probe`;
    try {
      storage.setItem(key, '1');
    } catch (error) {
      if (isQuotaError(error)) return 'full';
      throw error;
    }
    storage.removeItem(key);
    return 'available';
  } catch {
    return 'unavailable';
  }
}

let health: StorageHealth | undefined;

/** Decides once per page which engine the persistent stores use, and reports it. */
export function storageHealth(): StorageHealth {
  if (health) return health;
  if (typeof window === 'undefined') {
    // During the build (and on any server) nothing is stored: render the empty state.
    setPersistentEngine({}, noEvents);
    health = 'unavailable';
  } else {
    health = probeStorage();
    if (health === 'unavailable') setPersistentEngine({}, noEvents);
  }
  return health;
}

/** Whether an error thrown by a write means the storage is full. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}
