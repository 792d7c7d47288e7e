/**
 * The shared-computer mode's buttons, loaded by the inline switch (src/components/shared-computer.ts)
 * only when one is pressed, so that no page requests a script before then. The button's action
 * arrives on the script element:
 * - "start": moves what this tab saved to localStorage before the choice into sessionStorage,
 *   removes it from localStorage, and reloads, so the stores read the session from then on;
 * - "forget": deletes everything the site keeps in the session, after asking, and reloads;
 * - "decline": the offer is not shown again this session.
 * The stores' side is in src/lib/storage/browser-storage.ts.
 */
import { SHARED_MODE_KEY, STORAGE_PREFIX, WRITTEN_HERE_KEY } from '../../lib/storage/keys';

const action = document.currentScript?.getAttribute('data-action');
const root = document.documentElement;

function run(): boolean {
  const session = window.sessionStorage;
  if (action === 'decline') {
    session.setItem(SHARED_MODE_KEY, '0');
    root.setAttribute('data-shared-computer', 'off');
    return false;
  }
  if (action === 'forget') {
    if (!window.confirm('Forget everything you have entered in this session? This cannot be undone.')) return false;
    for (const key of Object.keys(session)) if (key.startsWith(STORAGE_PREFIX)) session.removeItem(key);
    return true;
  }
  if (action === 'start') {
    const written: unknown = JSON.parse(session.getItem(WRITTEN_HERE_KEY) ?? '[]');
    for (const key of Array.isArray(written) ? written : []) {
      if (typeof key !== 'string' || !key.startsWith(STORAGE_PREFIX)) continue;
      const value = window.localStorage.getItem(key);
      if (value !== null) session.setItem(key, value);
      window.localStorage.removeItem(key);
    }
    session.removeItem(WRITTEN_HERE_KEY);
    session.setItem(SHARED_MODE_KEY, '1');
    return true;
  }
  return false;
}

try {
  if (run()) location.reload();
} catch {
  window.alert('Your browser would not let this site change its storage, so nothing has changed.');
}
