/**
 * Which storage the stores use. localStorage when it works; otherwise an in-memory object,
 * so everything still works for the visit (and the user is told nothing will be kept).
 * The probe itself is in storage-health.ts, which loads no store library.
 */
import { setPersistentEngine } from '@nanostores/persistent';
import { canKeep, probeStorage, type StorageHealth } from './storage-health';

export { canKeep, isQuotaError, probeStorage, type StorageHealth } from './storage-health';

const noEvents = { addEventListener() {}, removeEventListener() {} };

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
    if (!canKeep(health)) setPersistentEngine({}, noEvents);
  }
  return health;
}
