/** The checklist's saved record: what it accepts, how it explains a refusal, and how it changes (meeting actions included). */
import { describe, expect, it } from 'vitest';
import { checklistCodec, type ChecklistAction, type ChecklistEntry, type ChecklistRecord } from '../../src/lib/checklist/checklist-record';
import { actionError, openActionsBefore, withActionAdded, withActionChanged } from '../../src/lib/checklist/actions';
import { checklistDescriber } from '../../src/lib/checklist/describe-record';
import { reconcileRecord, withEntryChanged } from '../../src/lib/checklist/progress';
import { SITE_REGISTRY } from '../../src/lib/storage/registry';
import { assessmentKey, checklistKey } from '../../src/lib/storage/keys';
import { assessmentCodec } from '../../src/lib/storage/assessment-record';
import { readImport } from '../../src/lib/storage/import-data';
import { buildExport, EXPORT_FORMAT } from '../../src/lib/storage/saved-data';

const entry = (id: string, extra: Partial<ChecklistEntry> = {}): ChecklistEntry => ({
  id,
  ticked: [],
  notes: {},
  actions: [],
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  ...extra,
});
const record = (entries: ChecklistEntry[], definitionVersion = 1): ChecklistRecord => ({ format: 2, definitionVersion, entries });
const importOf = (value: unknown) =>
  readImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, records: { [checklistKey('meeting-agenda')]: value } }), SITE_REGISTRY);

describe('the checklist record', () => {
  it('refuses two entries with one id, and an import says why', () => {
    const twins = record([entry('same', { date: '2026-03-01' }), entry('same', { date: '2026-03-08', ticked: ['a'] })]);
    expect(checklistCodec.parse(JSON.stringify(twins)).status).toBe('corrupt');
    const result = importOf(twins);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toMatch(/two of its entries share one id \("same"\)/);
  });

  it('refuses a meeting dated on a day that does not exist, and an import says which date', () => {
    for (const date of ['2026-13-45', '2026-02-30', '2026-1-5']) {
      const bad = record([entry('e1', { date })]);
      expect(checklistCodec.parse(JSON.stringify(bad)).status, date).toBe('corrupt');
      const result = importOf(bad);
      expect(result.ok ? '' : result.problem).toContain(`dated "${date}", which is not a real day`);
    }
    expect(checklistCodec.parse(JSON.stringify(record([entry('e1', { date: '2024-02-29' })]))).status).toBe('ok');
  });

  it('says why a format-1 record (saved before actions) is refused, as for the current format', () => {
    const twins = { ...record([entry('same'), entry('same')]), format: 1, entries: [entry('same'), entry('same')].map(({ actions: _, ...old }) => old) };
    const result = importOf(twins);
    expect(result.ok ? '' : result.problem).toMatch(/two of its entries share one id \("same"\)/);
  });

  it('refuses impossible timestamps', () => {
    const bad = record([entry('e1', { createdAt: '2026-02-30T10:00:00.000Z' })]);
    expect(checklistCodec.parse(JSON.stringify(bad)).status).toBe('corrupt');
  });
});

describe('the assessment record, likewise', () => {
  it('refuses two attempts with one id, which deleting one would delete both, and an import says why', () => {
    const attempt = { id: 'same', completedAt: '2026-03-01T10:00:00.000Z', definitionVersion: 1, answers: {}, scores: {} };
    const twins = { format: 2, draft: null, attempts: [attempt, { ...attempt, completedAt: '2026-04-01T10:00:00.000Z' }] };
    expect(assessmentCodec.parse(JSON.stringify(twins)).status).toBe('corrupt');
    const result = readImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, records: { [assessmentKey('mentor-self-assessment')]: twins } }), SITE_REGISTRY);
    expect(result.ok ? '' : result.problem).toMatch(/two of its attempts share one id \("same"\)/);
  });
});

describe('withEntryChanged', () => {
  it('changes one entry in place and keeps every other', () => {
    const before = record([entry('a'), entry('b'), entry('c')]);
    const { record: after } = withEntryChanged(before, 'b', (found) => ({ ...found, ticked: ['x'] }), () => entry('new'));
    expect(after.entries.map((candidate) => [candidate.id, candidate.ticked])).toEqual([
      ['a', []],
      ['b', ['x']],
      ['c', []],
    ]);
  });

  it('adds a new entry when none has the id', () => {
    const { record: after, entry: made } = withEntryChanged(record([entry('a')]), 'missing', (found) => ({ ...found, ticked: ['x'] }), () => entry('new'));
    expect(after.entries.map((candidate) => candidate.id)).toEqual(['a', 'new']);
    expect(made.ticked).toEqual(['x']);
  });
});

describe('reconcileRecord', () => {
  const items = ['keep', 'also'];

  it('removes ticks and notes for items an older version had, and counts them', () => {
    const old = record([entry('e1', { ticked: ['keep', 'gone'], notes: { gone: 'n', also: 'm' } })], 1);
    const result = reconcileRecord(old, items, 2);
    expect(result).toMatchObject({ dropped: 2, newer: false });
    expect(result.record.entries[0]).toMatchObject({ ticked: ['keep'], notes: { also: 'm' } });
    expect(result.record.definitionVersion).toBe(2);
  });

  it('keeps a record from a newer version exactly as it is', () => {
    const newer = record([entry('e1', { ticked: ['keep', 'added-later'], notes: { 'added-later': 'n' } })], 24);
    const result = reconcileRecord(newer, items, 1);
    expect(result).toEqual({ record: newer, dropped: 0, newer: true });
  });

  it('leaves a record of the same version alone', () => {
    const same = record([entry('e1', { ticked: ['gone'] })], 2);
    expect(reconcileRecord(same, items, 2).record).toBe(same);
  });
});

const action = (id: string, extra: Partial<ChecklistAction> = {}): ChecklistAction => ({ id, what: `Do ${id}`, who: 'Priya', createdAt: '2026-03-02T10:00:00.000Z', ...extra });
const doneAt = (meeting: string) => ({ done: { at: '2026-04-06T10:00:00.000Z', in: meeting } });

describe('format 2: a meeting’s actions', () => {
  it('loads a format-1 record unchanged, with no actions, and saves it as format 2', () => {
    const old = {
      format: 1,
      definitionVersion: 1,
      entries: [{ id: 'e1', date: '2026-03-02', ticked: ['a', 'b'], notes: { a: 'Bring the CV' }, createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z' }],
    };
    const loaded = checklistCodec.parse(JSON.stringify(old));
    expect(loaded.status).toBe('migrated');
    expect(loaded.record).toEqual({ ...old, format: 2, entries: [{ ...old.entries[0], actions: [] }] });
    expect(JSON.parse(checklistCodec.serialise(loaded.record)).format).toBe(2);
  });

  it('keeps actions open or done, with or without a due day', () => {
    const kept = record([entry('e1', { actions: [action('a1', { due: '2026-03-20' }), action('a2', { who: '', ...doneAt('e2') })] }), entry('e2')]);
    expect(checklistCodec.parse(JSON.stringify(kept))).toEqual({ status: 'ok', record: kept });
  });

  it('refuses malformed actions, and an import says what is wrong with each', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...action('a1'), what: '  ' }, /does not say what is to be done/],
      [{ ...action('a1'), due: '2026-02-30' }, /due on "2026-02-30", which is not a real day/],
      [{ ...action('a1'), who: 3 }, /has no text for who does it/],
      [{ ...action('a1'), done: { at: 'yesterday', in: 'e1' } }, /marked done without a date and meeting/],
      [{ ...action('a1'), id: '' }, /has no id/],
    ];
    for (const [bad, message] of cases) {
      const value = record([entry('e1', { actions: [bad as ChecklistAction] })]);
      expect(checklistCodec.parse(JSON.stringify(value)).status).toBe('corrupt');
      const result = importOf(value);
      expect(result.ok ? '' : result.problem).toMatch(message);
    }
    const twins = record([entry('e1', { actions: [action('same')] }), entry('e2', { actions: [action('same')] })]);
    expect(checklistCodec.parse(JSON.stringify(twins)).status).toBe('corrupt');
    const result = importOf(twins);
    expect(result.ok ? '' : result.problem).toMatch(/two of its actions share one id \("same"\)/);
  });

  it('exports a meeting log with actions and imports it back as it was', () => {
    const log = record([
      entry('e1', { date: '2026-03-02', actions: [action('a1', { due: '2026-03-20', ...doneAt('e2') })] }),
      entry('e2', { date: '2026-04-06', actions: [action('a2')] }),
    ]);
    const key = checklistKey('meeting-agenda');
    const result = readImport(buildExport({ [key]: JSON.stringify(log) }, SITE_REGISTRY, new Date('2026-05-01T00:00:00Z')), SITE_REGISTRY);
    expect(result.ok && result.records[key]).toEqual(log);
  });

  it('says how many actions are open on "My saved data"', () => {
    const log = record([
      entry('e1', { date: '2026-03-02', ticked: ['x'], actions: [action('a1'), action('a2', doneAt('e2'))] }),
      entry('e2', { date: '2026-04-06', actions: [action('a3')] }),
    ]);
    expect(checklistDescriber.summary(log, 5)).toBe('2 filled in, 2 open actions; latest (6 April 2026): 0 of 5 done');
    const allDone = record([entry('e1', { ticked: ['x'], actions: [action('a1', doneAt('e1'))] })]);
    expect(checklistDescriber.summary(allDone, 5)).toBe('1 of 5 done; every action done');
    expect(checklistDescriber.summary(record([entry('e1', { ticked: ['x'] })]), 5)).toBe('1 of 5 done');
  });
});

describe('openActionsBefore', () => {
  const march = entry('m1', { date: '2026-03-02', actions: [action('send-draft'), action('book-room', { done: { at: '2026-03-02T11:00:00.000Z', in: 'm1' } })] });
  const april = entry('m2', { date: '2026-04-06', createdAt: '2026-04-06T09:00:00.000Z' });
  const may = entry('m3', { date: '2026-05-04', createdAt: '2026-05-04T09:00:00.000Z' });
  const ids = (carried: ReturnType<typeof openActionsBefore>) => carried.map(({ action: { id }, from }) => `${id} from ${from.id}`);

  it('carries an open action forward to every later meeting until it is ticked done', () => {
    expect(ids(openActionsBefore([march, april, may], 'm1'))).toEqual([]);
    expect(ids(openActionsBefore([march, april, may], 'm2'))).toEqual(['send-draft from m1']);
    expect(ids(openActionsBefore([march, april, may], 'm3'))).toEqual(['send-draft from m1']);
  });

  it('stops carrying an action once done, but still lists it at the meeting it was ticked done at', () => {
    const done = { ...march, actions: [{ ...march.actions[0]!, ...doneAt('m2') }, march.actions[1]!] };
    expect(ids(openActionsBefore([done, april, may], 'm2'))).toEqual(['send-draft from m1']);
    expect(ids(openActionsBefore([done, april, may], 'm3'))).toEqual([]);
  });

  it('orders meetings by their date, not by when they were entered', () => {
    const backdated = entry('m0', { date: '2026-01-05', createdAt: '2026-06-01T09:00:00.000Z', actions: [action('old')] });
    expect(ids(openActionsBefore([march, april, backdated], 'm1'))).toEqual(['old from m0']);
    expect(ids(openActionsBefore([march, april, backdated], 'm0'))).toEqual([]);
    expect(openActionsBefore([march], 'no-such-meeting')).toEqual([]);
  });
});

describe('changing actions', () => {
  it('adds an action once, however often the change is applied', () => {
    const once = withActionAdded(entry('e1'), action('a1'));
    expect(withActionAdded(once, action('a1')).actions).toEqual([action('a1')]);
  });

  it('changes or removes an action in whichever meeting holds it, and marks that meeting changed', () => {
    const log = record([entry('e1', { actions: [action('a1'), action('a2')] }), entry('e2')]);
    const now = '2026-04-06T10:00:00.000Z';
    const changed = withActionChanged(log, 'a2', (found) => ({ ...found, ...doneAt('e2') }), now);
    expect(changed.entries[0]!.actions[1]!.done).toEqual({ at: now, in: 'e2' });
    expect(changed.entries[0]!.updatedAt).toBe(now);
    expect(changed.entries[1]).toBe(log.entries[1]);
    expect(withActionChanged(log, 'a1', () => undefined, now).entries[0]!.actions.map(({ id }) => id)).toEqual(['a2']);
    expect(withActionChanged(log, 'missing', () => undefined, now).entries).toEqual(log.entries);
  });

  it('refuses an action without its "what", with a message saying what to enter', () => {
    expect(actionError({ what: '   ', who: 'Priya', due: '' })).toMatch(/^Enter what the action is/);
    expect(actionError({ what: 'Send the draft', who: '', due: '' })).toBeUndefined();
  });
});
