/**
 * A stand-in for localStorage and the window's storage events, for driving the persistent
 * stores in Node: one plain object behind both the nanostores engine and the store's own
 * `storage`, a `full` switch that makes every write throw QuotaExceededError, and a way to
 * write a value "from another tab".
 */
import { setPersistentEngine, type PersistentListener } from '@nanostores/persistent';
import type { StoreEnvironment } from '../../src/lib/storage/record-store';

export interface FakeStorage {
  /** What is stored, key → text. Read it freely; write through the methods below. */
  readonly data: Record<string, string>;
  /** While true, every write throws QuotaExceededError and stores nothing. */
  full: boolean;
  /** Writes to the keys this returns true for throw QuotaExceededError (even when not `full`). */
  refuses: (key: string) => boolean;
  /** What to pass to createAssessmentStore. */
  readonly environment: StoreEnvironment;
  /** Another tab writes `newValue` (or removes the key, for null) and this page hears of it. */
  writeFromAnotherTab(key: string, newValue: string | null): void;
}

function quotaError() {
  return new DOMException('full', 'QuotaExceededError');
}

/** Creates a fake storage, installs it as the persistent engine and returns it. */
export function installFakeStorage(initial: Record<string, string> = {}): FakeStorage {
  const data: Record<string, string> = { ...initial };
  const listeners = new Set<PersistentListener>();

  const fake: FakeStorage = {
    data,
    full: false,
    refuses: () => false,
    environment: {
      health: 'available',
      storage: {
        getItem: (key) => (Object.hasOwn(data, key) ? data[key]! : null),
        setItem(key, value) {
          if (fake.full || fake.refuses(key)) throw quotaError();
          data[key] = String(value);
        },
      },
    },
    writeFromAnotherTab(key, newValue) {
      if (newValue === null) delete data[key];
      else data[key] = newValue;
      // The persistent listener's type says newValue is a string; a removal sends null, as browsers do.
      for (const listener of listeners) listener({ key, newValue: newValue as string });
    },
  };

  const engine = new Proxy(data, {
    set(target, key, value) {
      if (fake.full || fake.refuses(String(key))) throw quotaError();
      return Reflect.set(target, key, value);
    },
  });

  setPersistentEngine(engine, {
    addEventListener: (_key, listener) => listeners.add(listener),
    removeEventListener: (_key, listener) => listeners.delete(listener),
  });
  return fake;
}
