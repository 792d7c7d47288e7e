/**
 * The assessment store over a fake localStorage: loading, saving, a full storage, unreadable
 * values kept aside, and changes made in another tab.
 */
import fc from 'fast-check';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../src/lib/assessment/types';
import { EMPTY_RECORD, serialiseAssessmentRecord, type AssessmentRecord } from '../../src/lib/storage/assessment-record';
import { createAssessmentStore, type AssessmentStore } from '../../src/lib/storage/assessment-store';
import { assessmentKey, setAsideKey } from '../../src/lib/storage/keys';
import { installFakeStorage, type FakeStorage } from '../support/fake-storage';

const draftRecord = (position: number, answers: Answers): AssessmentRecord => ({
  format: 2,
  draft: { answers, position, definitionVersion: 1, startedAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:05:00.000Z' },
  attempts: [],
});

const FIRST = draftRecord(1, { 'listen-often': 3 });
const SECOND = draftRecord(2, { 'listen-often': 3, summarise: 'always' });
const THIRD = draftRecord(3, { 'listen-often': 4, summarise: 'never', interrupt: 0 });

const CORRUPT = '{"format":2,"draft":{"answ';
const OTHER_CORRUPT = 'not JSON at all';
const NEWER = JSON.stringify({ format: 3, drafts: [] });

let keyCount = 0;
let created: AssessmentStore[] = [];
let storage: FakeStorage;
let key: string;

beforeEach(() => {
  key = assessmentKey(`store-test-${++keyCount}`);
  storage = installFakeStorage();
});

afterEach(() => {
  for (const store of created) cleanStores(store.$record, store.$notice);
  created = [];
  vi.restoreAllMocks();
});

/** A store as a page would create it, over the fake storage. */
function openStore(): AssessmentStore {
  const store = createAssessmentStore(key, storage.environment);
  created.push(store);
  return store;
}

/** Every value kept aside for the key (under `<key>:unreadable`, with or without a suffix). */
function keptAside(): string[] {
  return Object.entries(storage.data)
    .filter(([stored]) => stored === setAsideKey(key) || stored.startsWith(`${setAsideKey(key)}:`))
    .map(([, value]) => value);
}

describe('loading', () => {
  it('starts empty when nothing is stored', () => {
    const store = openStore();
    expect(store.$record.get()).toEqual(EMPTY_RECORD);
    expect(store.$notice.get()).toEqual({ storage: 'available', load: 'empty', saveFailed: false, changedElsewhere: false });
  });

  it('loads a valid stored record', () => {
    storage.data[key] = serialiseAssessmentRecord(FIRST);
    const store = openStore();
    expect(store.$record.get()).toEqual(FIRST);
    expect(store.$notice.get()).toMatchObject({ load: 'ok', unreadable: undefined, saveFailed: false, changedElsewhere: false });
  });

  it('migrates a format 1 record', () => {
    storage.data[key] = JSON.stringify({ format: 1, answers: { interrupt: 2 }, position: 4, savedAt: '2025-12-01T10:00:00.000Z' });
    const store = openStore();
    expect(store.$notice.get().load).toBe('migrated');
    expect(store.$record.get().draft).toMatchObject({ answers: { interrupt: 2 }, position: 4, definitionVersion: 1 });
  });

  it('reports an unreadable value and keeps its text', () => {
    storage.data[key] = CORRUPT;
    const store = openStore();
    expect(store.$record.get()).toEqual(EMPTY_RECORD);
    expect(store.$notice.get()).toMatchObject({ load: 'corrupt', unreadable: CORRUPT });
  });

  it('reports a value from a newer version of the site and keeps its text', () => {
    storage.data[key] = NEWER;
    const store = openStore();
    expect(store.$notice.get()).toMatchObject({ load: 'newer', unreadable: NEWER });
  });
});

describe('saving', () => {
  it('writes the record as JSON under the key and returns true', () => {
    const store = openStore();
    expect(store.save(FIRST)).toBe(true);
    expect(JSON.parse(storage.data[key]!)).toEqual(FIRST);
    expect(store.$record.get()).toBe(FIRST);
    expect(store.$notice.get()).toMatchObject({ saveFailed: false, changedElsewhere: false });
  });

  it('keeps the change in the page, and the old stored text, when the storage is full', () => {
    storage.data[key] = serialiseAssessmentRecord(FIRST);
    const before = storage.data[key];
    const store = openStore();
    storage.full = true;

    expect(store.save(SECOND)).toBe(false);
    expect(store.$notice.get().saveFailed).toBe(true);
    expect(store.$record.get()).toBe(SECOND);
    expect(storage.data[key]).toBe(before);
  });

  it('clears the failure once a save works again', () => {
    const store = openStore();
    storage.full = true;
    store.save(FIRST);
    storage.full = false;
    expect(store.save(SECOND)).toBe(true);
    expect(store.$notice.get().saveFailed).toBe(false);
    expect(JSON.parse(storage.data[key]!)).toEqual(SECOND);
  });
});

describe('an unreadable stored value', () => {
  it.each([
    ['corrupt', CORRUPT],
    ['newer', NEWER],
  ])('is kept aside, untouched, before the first save (%s)', (_, unreadable) => {
    storage.data[key] = unreadable;
    const store = openStore();
    expect(store.save(FIRST)).toBe(true);
    expect(storage.data[setAsideKey(key)]).toBe(unreadable);
    expect(JSON.parse(storage.data[key]!)).toEqual(FIRST);
  });

  it('is kept aside once, however many times the page saves', () => {
    storage.data[key] = CORRUPT;
    const store = openStore();
    store.save(FIRST);
    store.save(SECOND);
    store.save(THIRD);
    expect(keptAside()).toEqual([CORRUPT]);
  });

  it('does not overwrite an earlier one: a different unreadable value gets its own key', () => {
    storage.data[key] = CORRUPT;
    openStore().save(FIRST);

    // A later visit finds a different unreadable value.
    storage.data[key] = OTHER_CORRUPT;
    const later = openStore();
    expect(later.save(SECOND)).toBe(true);

    expect(storage.data[setAsideKey(key)]).toBe(CORRUPT);
    expect(keptAside().sort()).toEqual([CORRUPT, OTHER_CORRUPT].sort());
    expect(JSON.parse(storage.data[key]!)).toEqual(SECOND);
  });

  it('is not kept aside twice when the same text is found again', () => {
    storage.data[key] = CORRUPT;
    storage.data[setAsideKey(key)] = CORRUPT;
    openStore().save(FIRST);
    expect(keptAside()).toEqual([CORRUPT]);
  });

  it('is not overwritten when keeping it aside fails, even if the key itself has room', () => {
    storage.data[key] = CORRUPT;
    const store = openStore();
    storage.refuses = (written) => written !== key;

    expect(store.save(FIRST)).toBe(false);
    expect(store.$notice.get()).toMatchObject({ saveFailed: true, unreadable: CORRUPT });
    expect(store.$record.get()).toBe(FIRST);
    expect(storage.data[key]).toBe(CORRUPT);
    expect(keptAside()).toEqual([]);

    // With room again, the next save keeps it aside first.
    storage.refuses = () => false;
    expect(store.save(SECOND)).toBe(true);
    expect(keptAside()).toEqual([CORRUPT]);
    expect(JSON.parse(storage.data[key]!)).toEqual(SECOND);
  });

  it('stays where it is when the storage is full', () => {
    storage.data[key] = CORRUPT;
    const store = openStore();
    storage.full = true;
    expect(store.save(FIRST)).toBe(false);
    expect(storage.data[key]).toBe(CORRUPT);
  });

  // Fails today: `unreadableKeptAside` is set by the first keep-aside and never reset, so an
  // unreadable value that arrives later in the same page (here from another tab) is not kept
  // aside and the next save overwrites it.
  it('arriving from another tab after an earlier one was kept aside is kept aside too', () => {
    storage.data[key] = CORRUPT;
    const store = openStore();
    store.save(FIRST);

    storage.writeFromAnotherTab(key, NEWER);
    expect(store.$notice.get()).toMatchObject({ load: 'newer', unreadable: NEWER });
    store.save(SECOND);

    expect(keptAside()).toContain(CORRUPT);
    expect(keptAside()).toContain(NEWER);
  });
});

describe('a change in another tab', () => {
  it('replaces the record in this page and says so', () => {
    storage.data[key] = serialiseAssessmentRecord(FIRST);
    const store = openStore();
    storage.writeFromAnotherTab(key, serialiseAssessmentRecord(SECOND));
    expect(store.$record.get()).toEqual(SECOND);
    expect(store.$notice.get()).toMatchObject({ load: 'ok', changedElsewhere: true });
  });

  it("is not confused with this page's own saves", () => {
    const store = openStore();
    store.save(FIRST);
    store.save(SECOND);
    expect(store.$notice.get().changedElsewhere).toBe(false);
  });

  it('that is unreadable is reported, and kept aside by the next save', () => {
    storage.data[key] = serialiseAssessmentRecord(FIRST);
    const store = openStore();
    storage.writeFromAnotherTab(key, CORRUPT);
    expect(store.$notice.get()).toMatchObject({ load: 'corrupt', unreadable: CORRUPT, changedElsewhere: true });

    expect(store.save(SECOND)).toBe(true);
    expect(keptAside()).toEqual([CORRUPT]);
    expect(JSON.parse(storage.data[key]!)).toEqual(SECOND);
  });
});

describe('over any sequence of stored values and saves', () => {
  type Step =
    | { kind: 'another tab writes'; value: string }
    | { kind: 'reload' }
    | { kind: 'save'; record: AssessmentRecord }
    | { kind: 'storage'; room: 'plenty' | 'none' | 'only for the key' };

  const storedValue = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(CORRUPT, OTHER_CORRUPT, NEWER, serialiseAssessmentRecord(FIRST)),
    fc.nat(20).map((format) => JSON.stringify({ format })),
  );
  const step: fc.Arbitrary<Step> = fc.oneof(
    storedValue.map((value) => ({ kind: 'another tab writes' as const, value })),
    fc.constant({ kind: 'reload' as const }),
    fc.constantFrom(FIRST, SECOND, THIRD).map((record) => ({ kind: 'save' as const, record })),
    fc.constantFrom('plenty' as const, 'none' as const, 'only for the key' as const).map((room) => ({ kind: 'storage' as const, room })),
  );

  // Another tab may overwrite anything, so the property is about this page's saves: a value it
  // loaded as unreadable that is still stored must still be stored after the save.
  // Fails today for the same reason as the "arriving from another tab" test above.
  it('no save ever removes an unreadable value the page has loaded', () => {
    fc.assert(
      fc.property(storedValue, fc.array(step, { maxLength: 12 }), (initial, steps) => {
        key = assessmentKey(`store-test-${++keyCount}`);
        storage = installFakeStorage({ [key]: initial });
        // Page loads happen at different moments.
        let now = Date.parse('2026-03-01T09:00:00.000Z');
        vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));

        const loaded = new Set<string>();
        const noteUnreadable = (store: AssessmentStore) => {
          const { unreadable } = store.$notice.get();
          if (unreadable !== undefined) loaded.add(unreadable);
        };
        let store = openStore();
        noteUnreadable(store);

        for (const current of steps) {
          switch (current.kind) {
            case 'another tab writes':
              storage.writeFromAnotherTab(key, current.value);
              noteUnreadable(store);
              break;
            case 'reload':
              store = openStore();
              noteUnreadable(store);
              break;
            case 'storage':
              storage.full = current.room === 'none';
              storage.refuses = current.room === 'only for the key' ? (written) => written !== key : () => false;
              break;
            case 'save': {
              const present = [...loaded].filter((value) => Object.values(storage.data).includes(value));
              store.save(current.record);
              const stored = Object.values(storage.data);
              for (const value of present) expect(stored, `lost ${JSON.stringify(value)}`).toContain(value);
              break;
            }
          }
        }
        for (const each of created) cleanStores(each.$record, each.$notice);
        created = [];
        vi.restoreAllMocks();
      }),
      { numRuns: 300 },
    );
  });
});
