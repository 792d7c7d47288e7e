/** The checklist's saved record: what it accepts, how it explains a refusal, and how it changes. */
import { describe, expect, it } from 'vitest';
import { checklistCodec, type ChecklistEntry, type ChecklistRecord } from '../../src/lib/checklist/checklist-record';
import { reconcileRecord, withEntryChanged } from '../../src/lib/checklist/progress';
import { SITE_REGISTRY } from '../../src/lib/storage/registry';
import { assessmentKey, checklistKey } from '../../src/lib/storage/keys';
import { assessmentCodec } from '../../src/lib/storage/assessment-record';
import { readImport } from '../../src/lib/storage/import-data';
import { EXPORT_FORMAT } from '../../src/lib/storage/saved-data';

const entry = (id: string, extra: Partial<ChecklistEntry> = {}): ChecklistEntry => ({
  id,
  ticked: [],
  notes: {},
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  ...extra,
});
const record = (entries: ChecklistEntry[], definitionVersion = 1): ChecklistRecord => ({ format: 1, definitionVersion, entries });
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
