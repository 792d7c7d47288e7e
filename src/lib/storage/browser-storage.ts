/**
 * Which storage the stores use. localStorage when it works; sessionStorage in the shared-computer
 * mode (chosen for the session, see src/components/shared-computer.ts), so that nothing outlives
 * the browser session; otherwise an in-memory object, so everything still works for the visit (and
 * the user is told nothing will be kept). The same checks apply to either storage. The probe
 * itself is in storage-health.ts, which loads no store library.
 */
import { setPersistentEngine } from '@nanostores/persistent';
import { WRITTEN_HERE_KEY } from './keys';
import { canKeep, probeStorage, sharedComputerMode, siteStorageArea, type StorageHealth } from './storage-health';

export { canKeep, isQuotaError, probeStorage, sharedComputerMode, siteStorageArea, type StorageHealth } from './storage-health';

const noEvents = { addEventListener() {}, removeEventListener() {} };

let health: StorageHealth | undefined;
let shared = false;

/** Decides once per page which engine the persistent stores use, and reports it. */
export function storageHealth(): StorageHealth {
  if (health) return health;
  if (typeof window === 'undefined') {
    // During the build (and on any server) nothing is stored: render the empty state.
    setPersistentEngine({}, noEvents);
    health = 'unavailable';
  } else {
    shared = sharedComputerMode();
    health = probeStorage(siteStorageArea);
    if (!canKeep(health)) setPersistentEngine({}, noEvents);
    // sessionStorage belongs to this tab alone: there is no other tab to hear.
    else if (shared) setPersistentEngine(window.sessionStorage, noEvents);
  }
  return health;
}

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
