/**
 * Which storage the stores use. localStorage when it works; sessionStorage in the shared-computer
 * mode (chosen for the session, see src/components/shared-computer.ts), so that nothing outlives
 * the browser session; otherwise an in-memory object, so everything still works for the visit (and
 * the user is told nothing will be kept). The same checks apply to either storage.
 */
import { setPersistentEngine } from '@nanostores/persistent';
import { SHARED_MODE_KEY, STORAGE_PREFIX, WRITTEN_HERE_KEY } from './keys';

/**
 * 'full': what is stored can be read, but nothing more can be written.
 * 'unreadable': writing works but reading throws, so nothing saved can be shown again (a broken
 * or locked-down browser profile); the site then works for the visit only, like 'unavailable'.
 */
export type StorageHealth = 'available' | 'full' | 'unreadable' | 'unavailable';

/** Whether the site can keep anything for another visit: neither 'unavailable' nor 'unreadable'. */
export const canKeep = (health: StorageHealth) => health === 'available' || health === 'full';

const noEvents = { addEventListener() {}, removeEventListener() {} };

/** Tries a write, a read and a delete: a browser can expose localStorage and still refuse any of them. */
export function probeStorage(getStorage: () => Storage = () => window.localStorage): StorageHealth {
  let storage: Storage;
  try {
    storage = getStorage();
  } catch {
    return 'unavailable';
  }
  const key = `${STORAGE_PREFIX}probe`;
  let written = true;
  try {
    storage.setItem(key, '1');
  } catch (error) {
    if (!isQuotaError(error)) return 'unavailable';
    written = false;
  }
  try {
    storage.getItem(key);
    if (storage.length > 0) storage.key(0);
  } catch {
    return 'unreadable';
  }
  if (!written) return 'full';
  try {
    storage.removeItem(key);
  } catch {
    return 'unavailable';
  }
  return 'available';
}

let health: StorageHealth | undefined;
let shared = false;

/** Whether the reader chose the shared-computer mode for this session. */
export function sharedComputerMode(): boolean {
  try {
    return window.sessionStorage.getItem(SHARED_MODE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Decides once per page which engine the persistent stores use, and reports it. */
export function storageHealth(): StorageHealth {
  if (health) return health;
  if (typeof window === 'undefined') {
    // During the build (and on any server) nothing is stored: render the empty state.
    setPersistentEngine({}, noEvents);
    health = 'unavailable';
  } else {
    shared = sharedComputerMode();
    health = probeStorage(() => siteStorageArea());
    if (!canKeep(health)) setPersistentEngine({}, noEvents);
    // sessionStorage belongs to this tab alone: there is no other tab to hear.
    else if (shared) setPersistentEngine(window.sessionStorage, noEvents);
  }
  return health;
}

/** The storage the site's records live in on this page: sessionStorage in the shared-computer mode, else localStorage. */
export const siteStorageArea = (): Storage => (shared ? window.sessionStorage : window.localStorage);

/**
 * Notes that this tab saved `key` to localStorage, so that choosing the shared-computer mode
 * afterwards moves it into the session. Never throws.
 */
export function noteWrittenHere(key: string): void {
  if (shared) return;
  try {
    const written: string[] = JSON.parse(window.sessionStorage.getItem(WRITTEN_HERE_KEY) ?? '[]');
    if (!written.includes(key)) window.sessionStorage.setItem(WRITTEN_HERE_KEY, JSON.stringify([...written, key]));
  } catch {
    // Without sessionStorage there is no shared-computer mode to move anything into.
  }
}

/** Whether an error thrown by a write means the storage is full. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}
