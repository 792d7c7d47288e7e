/**
 * Two tabs editing one record at once (issue #12, failure 12): a change is applied to the record
 * as stored, and a change another tab's stale write dropped is applied again.
 */
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checklistCodec, type ChecklistEntry, type ChecklistRecord } from '../../src/lib/checklist/checklist-record';
import { withActionAdded } from '../../src/lib/checklist/actions';
import { withEntryChanged } from '../../src/lib/checklist/progress';
import { checklistKey } from '../../src/lib/storage/keys';
import { createRecordStore, REPAIR_DELAY_MS, REPLAY_WINDOW_MS, type RecordStore } from '../../src/lib/storage/record-store';
import { installFakeStorage, type FakeStorage } from '../support/fake-storage';

const ENTRY: ChecklistEntry = { id: 'e1', ticked: [], notes: {}, actions: [], createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' };
const RECORD: ChecklistRecord = { format: 2, definitionVersion: 1, entries: [ENTRY] };
const tick = (itemId: string) => (record: ChecklistRecord) =>
  withEntryChanged(record, 'e1', (entry) => ({ ...entry, ticked: [...entry.ticked.filter((id) => id !== itemId), itemId] }), () => ENTRY).record;

let storage: FakeStorage;
let store: RecordStore<ChecklistRecord>;
const key = checklistKey('first-meeting');

beforeEach(() => {
  storage = installFakeStorage({ [key]: JSON.stringify(RECORD) });
  store = createRecordStore(key, checklistCodec, storage.environment);
});

afterEach(() => cleanStores(store.$record, store.$notice));

/** Lets the store check, after other tabs' writes settle, that its changes survived. */
const settle = () => new Promise((resolve) => setTimeout(resolve, REPAIR_DELAY_MS + 20));

const stored = () => checklistCodec.parse(storage.data[key]).record.entries[0]!.ticked;

describe('update', () => {
  it('applies a change to what another tab stored a moment ago, not to the page’s older copy', () => {
    // The other tab's write lands in storage before this page has heard of it.
    storage.data[key] = JSON.stringify(tick('a')(RECORD));
    store.update(tick('b'));
    expect(stored().sort()).toEqual(['a', 'b']);
    expect(store.$record.get().entries[0]!.ticked.sort()).toEqual(['a', 'b']);
  });

  it('applies a change again when another tab’s stale write drops it', async () => {
    store.update(tick('a'));
    // The other tab, not yet aware of "a", writes its own tick over it.
    storage.writeFromAnotherTab(key, JSON.stringify(tick('b')(RECORD)));
    expect(store.$record.get().entries[0]!.ticked).toEqual(['b']);
    await settle();
    expect(stored().sort()).toEqual(['a', 'b']);
    expect(store.$record.get().entries[0]!.ticked.sort()).toEqual(['a', 'b']);
    // A later change from the other tab that keeps "a" is simply shown.
    storage.writeFromAnotherTab(key, JSON.stringify(tick('c')(tick('b')(tick('a')(RECORD)))));
    await settle();
    expect(stored().sort()).toEqual(['a', 'b', 'c']);
    expect(store.$notice.get().changedElsewhere).toBe(true);
  });

  it('stops applying a change again after a few tries, when another tab keeps undoing it', async () => {
    const untick = (record: ChecklistRecord) => withEntryChanged(record, 'e1', (entry) => ({ ...entry, ticked: [] }), () => ENTRY).record;
    store.update(tick('a'));
    let writes = 0;
    for (let round = 0; round < 40; round++) {
      const before = storage.data[key];
      storage.writeFromAnotherTab(key, JSON.stringify(untick(checklistCodec.parse(storage.data[key]).record)));
      await settle();
      if (storage.data[key] !== before) writes += 1;
    }
    expect(writes).toBeLessThan(40);
    expect(stored()).toEqual([]);
  });

  it('does not apply an old change again once the moment has passed', async () => {
    const realNow = Date.now;
    try {
      let now = realNow();
      Date.now = () => now;
      store.update(tick('a'));
      now += REPLAY_WINDOW_MS + 1;
      storage.writeFromAnotherTab(key, JSON.stringify(RECORD));
      await settle();
      expect(stored()).toEqual([]);
      expect(store.$record.get()).toEqual(RECORD);
    } finally {
      Date.now = realNow;
    }
  });

  it('keeps an unreadable stored value aside before applying a change over it', () => {
    storage.data[key] = '{"format":1,"entr';
    store.update(tick('a'));
    expect(storage.data[`${key}:unreadable`]).toBe('{"format":1,"entr');
    expect(stored()).toEqual(['a']);
  });

  it('builds on the page’s copy while the storage is full, so no change made here is lost', () => {
    storage.full = true;
    store.update(tick('a'));
    store.update(tick('b'));
    expect(store.$notice.get().saveFailed).toBe(true);
    expect(store.$record.get().entries[0]!.ticked.sort()).toEqual(['a', 'b']);
    storage.full = false;
    store.update(tick('c'));
    expect(stored().sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('a meeting log’s actions in two tabs', () => {
  it('keeps an action added in one tab when another tab ticks an item from a stale copy', async () => {
    const added = { id: 'a1', what: 'Send the draft', who: 'Priya', createdAt: '2026-03-01T10:00:00.000Z' };
    store.update((record) => withEntryChanged(record, 'e1', (entry) => withActionAdded(entry, added), () => ENTRY).record);
    // The other tab has not heard of the action and writes its tick over it.
    storage.writeFromAnotherTab(key, JSON.stringify(tick('b')(RECORD)));
    await settle();
    const saved = checklistCodec.parse(storage.data[key]).record.entries[0]!;
    expect(saved.ticked).toEqual(['b']);
    expect(saved.actions).toEqual([added]);
  });
});
