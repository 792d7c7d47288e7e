/**
 * Whether this browser lets the site keep anything, and where: a probe with no store library, so
 * a page that only reads the storage directly ("My saved data") need not load nanostores.
 */
import { SHARED_MODE_KEY, STORAGE_PREFIX } from './keys';

/**
 * 'full': what is stored can be read, but nothing more can be written.
 * 'unreadable': writing works but reading throws, so nothing saved can be shown again (a broken
 * or locked-down browser profile); the site then works for the visit only, like 'unavailable'.
 */
export type StorageHealth = 'available' | 'full' | 'unreadable' | 'unavailable';

/** Whether the site can keep anything for another visit: neither 'unavailable' nor 'unreadable'. */
export const canKeep = (health: StorageHealth) => health === 'available' || health === 'full';

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

/** Whether an error thrown by a write means the storage is full. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/** Whether the reader chose the shared-computer mode for this session (src/components/shared-computer.ts). */
export function sharedComputerMode(): boolean {
  try {
    return window.sessionStorage.getItem(SHARED_MODE_KEY) === '1';
  } catch {
    return false;
  }
}

/** The storage the site's records live in: sessionStorage in the shared-computer mode, else localStorage. */
export const siteStorageArea = (): Storage => (sharedComputerMode() ? window.sessionStorage : window.localStorage);

/** The text stored under `key` in the site's storage, or null when there is none or storage cannot be read. */
export function storedText(key: string): string | null {
  try {
    return siteStorageArea().getItem(key);
  } catch {
    return null;
  }
}
