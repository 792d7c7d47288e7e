/** Every key the site writes to localStorage starts with this, so it can list and export its own data. */
export const STORAGE_PREFIX = 'mentorship-guide:';

export function assessmentKey(assessmentId: string): string {
  return `${STORAGE_PREFIX}assessment:${assessmentId}`;
}

/** Where an unreadable stored value is kept, untouched, before anything new is saved. */
export function setAsideKey(key: string): string {
  return `${key}:unreadable`;
}

export function checklistKey(checklistId: string): string {
  return `${STORAGE_PREFIX}checklist:${checklistId}`;
}

/** The mentoring agreement being drafted (one per browser). */
export const AGREEMENT_KEY = `${STORAGE_PREFIX}agreement`;

/** A partner's answers kept from a share link, for comparing with one assessment (issue 15). */
export function receivedKey(assessmentId: string): string {
  return `${STORAGE_PREFIX}together:${assessmentId}`;
}

/** Progress through one track: read marks, reflections and the name typed for the record. */
export function trackKey(trackId: string): string {
  return `${STORAGE_PREFIX}track:${trackId}`;
}

/**
 * The shared-computer mode's own keys, in sessionStorage and outside STORAGE_PREFIX (they are not
 * saved data): whether the mode is on ('1') or declined ('0') for this session, and which keys this
 * tab saved to localStorage before the reader chose, to be moved into the session when they do.
 */
export const SHARED_MODE_KEY = 'mentorship-guide-session:shared-computer';
export const WRITTEN_HERE_KEY = 'mentorship-guide-session:written';

/** The reader's mentoring network: the people, and dated snapshots of it (one per browser). */
export const NETWORK_KEY = `${STORAGE_PREFIX}network`;

/** The reader's development plan: goals, milestones and reviews (one per browser). */
export const PLAN_KEY = `${STORAGE_PREFIX}plan`;
