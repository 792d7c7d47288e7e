/**
 * The "My saved data" logic: classifying keys, the export file, reading an import file (every
 * way a file can be wrong), merging or replacing, and describing records. The registry is the
 * site's own (SITE_REGISTRY), so every kind is read by the codec the site really uses.
 */
import fc from 'fast-check';
import { agreementArb, assessmentArb, checklistArb, isoDateArb, trackArb, v1Arb } from '../support/record-arbitraries.ts';
import { describe, expect, it } from 'vitest';
import type { AgreementRecord } from '../../src/lib/agreement/agreement-record';
import type { ChecklistEntry, ChecklistRecord } from '../../src/lib/checklist/checklist-record';
import { assessmentCodec, type AssessmentRecord, type Attempt, type Draft, type RecordV1 } from '../../src/lib/storage/assessment-record';
import { isObject } from '../../src/lib/storage/guards';
import { AGREEMENT_KEY, assessmentKey, checklistKey, setAsideKey, trackKey } from '../../src/lib/storage/keys';
import { SITE_REGISTRY } from '../../src/lib/storage/registry';
import { applyMerge, carryOutPlan, mergeImport, readImport, tooLargeProblem, type ImportedData, type MergePlan } from '../../src/lib/storage/import-data';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  PROBE_KEY,
  buildExport,
  classifyKey,
  describeKey,
  describeRecord,
  exportFileName,
  kindRegistry,
  provisionalCodec,
  type KindRegistry,
  type RecordKind,
} from '../../src/lib/storage/saved-data';

/** The site's own registry, with the real codec of every kind. */
const registry: KindRegistry = SITE_REGISTRY;

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

const ASSESSMENT_ID = 'mentor-self-assessment';
const A_KEY = assessmentKey(ASSESSMENT_ID);
const C_KEY = checklistKey('first-meeting');
const FOREIGN_KEY = 'another-site:settings';

const DRAFT: Draft = {
  answers: { 'listen-often': 3, summarise: 'always' },
  position: 2,
  definitionVersion: 1,
  startedAt: '2026-03-14T09:00:00.000Z',
  updatedAt: '2026-03-15T09:00:00.000Z',
};
const attempt = (id: string, completedAt: string): Attempt => ({
  id,
  completedAt,
  definitionVersion: 1,
  answers: { 'listen-often': 4 },
  scores: { listening: 75 },
});
const ASSESSMENT: AssessmentRecord = {
  format: 2,
  draft: DRAFT,
  attempts: [attempt('a1', '2026-01-10T10:00:00.000Z'), attempt('a2', '2026-02-10T10:00:00.000Z'), attempt('a3', '2026-03-12T10:00:00.000Z')],
};
const V1: RecordV1 = { format: 1, answers: { 'listen-often': 2 }, position: 1, savedAt: '2025-11-20T08:30:00.000Z' };
const MIGRATED_V1 = assessmentCodec.parse(JSON.stringify(V1)).record;

const CHECKLIST: ChecklistRecord = {
  format: 2,
  definitionVersion: 1,
  entries: [
    {
      id: 'e1',
      ticked: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      notes: { a: 'Bring the CV' },
      actions: [],
      createdAt: '2026-04-01T08:00:00.000Z',
      updatedAt: '2026-04-20T08:00:00.000Z',
    },
  ],
};
const AGREEMENT: AgreementRecord = {
  format: 1,
  fields: { goals: 'Publish one paper', meetings: 'Fortnightly', confidentiality: '  ' },
  updatedAt: '2026-05-02T12:00:00.000Z',
};

const CORRUPT = '{"format":2,"draft":{"answ';
const NEWER = JSON.stringify({ format: 9, drafts: [] });

const NOW = new Date('2026-05-10T12:00:00.000Z');

const exportOf = (records: Record<string, unknown>, unreadable: Record<string, string> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: NOW.toISOString(), records, unreadable });

function problemOf(text: string, limits?: { maxBytes: number }): string {
  const result = readImport(text, registry, limits);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.problem;
}

function importOf(text: string): ImportedData & { summary: unknown[] } {
  const result = readImport(text, registry);
  if (!result.ok) throw new Error(`expected the import to be read: ${result.problem}`);
  return result;
}

const actions = (plan: MergePlan) => Object.fromEntries(plan.outcome.map(({ key, action }) => [key, action]));

// ---------------------------------------------------------------------------------------------
// Unit tests
// ---------------------------------------------------------------------------------------------

describe('classifyKey', () => {
  it.each([
    [assessmentKey('mentor-self-assessment'), 'assessment', 'mentor-self-assessment'],
    [checklistKey('first-meeting'), 'checklist', 'first-meeting'],
    [AGREEMENT_KEY, 'agreement', ''],
  ])('reads %s as a record of its kind', (key, kind, id) => {
    expect(classifyKey(key, registry)).toMatchObject({ type: 'record', kind, id });
  });

  it.each([
    [setAsideKey(A_KEY), A_KEY],
    [`${setAsideKey(A_KEY)}:2`, A_KEY],
    [`${setAsideKey(A_KEY)}:17`, A_KEY],
    [setAsideKey(AGREEMENT_KEY), AGREEMENT_KEY],
    [setAsideKey(C_KEY), C_KEY],
  ])('reads %s as text kept aside', (key, of) => {
    expect(classifyKey(key, registry)).toEqual({ type: 'set-aside', of });
  });

  it('knows the probe, keys of other sites and site keys of no known kind', () => {
    expect(classifyKey(PROBE_KEY, registry)).toEqual({ type: 'probe' });
    expect(classifyKey(FOREIGN_KEY, registry)).toEqual({ type: 'foreign' });
    expect(classifyKey('other:unreadable', registry)).toEqual({ type: 'foreign' });
    expect(classifyKey('mentorship-guide:reading-list', registry)).toEqual({ type: 'unknown' });
    expect(classifyKey(assessmentKey(''), registry)).toEqual({ type: 'unknown' });
    expect(classifyKey(`${AGREEMENT_KEY}:extra`, registry)).toEqual({ type: 'unknown' });
    expect(classifyKey(`${A_KEY}:unreadable:0`, registry)).toMatchObject({ type: 'record', id: `${ASSESSMENT_ID}:unreadable:0` });
  });

  it('uses whatever registry it is given', () => {
    expect(classifyKey(A_KEY, [])).toEqual({ type: 'unknown' });
  });
});

describe('the registry', () => {
  const [assessment, checklist, agreement] = registry;

  it('finds when each kind last changed', () => {
    expect(assessment!.describer.lastChanged(ASSESSMENT)).toBe('2026-03-15T09:00:00.000Z');
    expect(assessment!.describer.lastChanged({ ...ASSESSMENT, draft: null })).toBe('2026-03-12T10:00:00.000Z');
    expect(assessment!.describer.lastChanged({ format: 2, draft: null, attempts: [] })).toBeUndefined();
    expect(checklist!.describer.lastChanged(CHECKLIST)).toBe('2026-04-20T08:00:00.000Z');
    expect(checklist!.describer.lastChanged({ format: 1, definitionVersion: 1, entries: [] })).toBeUndefined();
    expect(agreement!.describer.lastChanged(AGREEMENT)).toBe('2026-05-02T12:00:00.000Z');
  });

  it('does not throw on records of another shape', () => {
    for (const entry of registry) {
      for (const value of [null, undefined, 3, 'x', [], { attempts: 'x', entries: [null], draft: 1, updatedAt: 'soon' }]) {
        expect(entry.describer.lastChanged(value)).toBeUndefined();
      }
    }
  });

  it('a provisional codec accepts any object of format 1', () => {
    const codec = provisionalCodec();
    expect(codec.parse('{"format":1,"anything":[1,2]}')).toEqual({ status: 'ok', record: { format: 1, anything: [1, 2] } });
    expect(codec.parse('{"format":2}').status).toBe('newer');
    expect(codec.parse('[1]').status).toBe('corrupt');
    const provisional = kindRegistry({ assessment: assessmentCodec, checklist: provisionalCodec(), agreement: provisionalCodec(), track: provisionalCodec(), together: provisionalCodec(), network: provisionalCodec(), plan: provisionalCodec() });
    expect(readImport(exportOf({ [C_KEY]: { format: 1, whatever: true } }), provisional)).toMatchObject({
      ok: true,
      records: { [C_KEY]: { format: 1, whatever: true } },
    });
    expect(readImport(exportOf({ [C_KEY]: { format: 1, whatever: true } }), registry).ok).toBe(false);
  });
});

describe('buildExport', () => {
  const entries = {
    [A_KEY]: JSON.stringify(ASSESSMENT),
    [assessmentKey('old')]: JSON.stringify(V1),
    [assessmentKey('broken')]: CORRUPT,
    [assessmentKey('future')]: NEWER,
    [assessmentKey('empty')]: '',
    [setAsideKey(A_KEY)]: 'kept aside',
    [`${setAsideKey(A_KEY)}:2`]: 'kept aside too',
    [C_KEY]: JSON.stringify(CHECKLIST),
    [AGREEMENT_KEY]: JSON.stringify(AGREEMENT),
    'mentorship-guide:reading-list': '["a"]',
    [PROBE_KEY]: '1',
    [FOREIGN_KEY]: 'theirs',
  };
  const text = buildExport(entries, registry, NOW);
  const file = JSON.parse(text);

  it('is pretty-printed JSON with the format, version and date', () => {
    expect(text).toBe(JSON.stringify(file, null, 2));
    expect(text.split('\n')[1]).toBe('  "format": "mentorship-guide-export",');
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: '2026-05-10T12:00:00.000Z' });
  });

  it('holds every readable record as read, older ones migrated', () => {
    expect(file.records).toEqual({
      [A_KEY]: ASSESSMENT,
      [assessmentKey('old')]: MIGRATED_V1,
      [C_KEY]: CHECKLIST,
      [AGREEMENT_KEY]: AGREEMENT,
    });
  });

  it('keeps everything it cannot read as it was, with text kept aside and unknown site keys', () => {
    expect(file.unreadable).toEqual({
      [assessmentKey('broken')]: CORRUPT,
      [assessmentKey('future')]: NEWER,
      [setAsideKey(A_KEY)]: 'kept aside',
      [`${setAsideKey(A_KEY)}:2`]: 'kept aside too',
      'mentorship-guide:reading-list': '["a"]',
    });
  });

  it('leaves out the probe, other sites’ keys and empty values, and lists keys in order', () => {
    expect(text).not.toContain(PROBE_KEY);
    expect(text).not.toContain(FOREIGN_KEY);
    expect(text).not.toContain(assessmentKey('empty'));
    expect(Object.keys(file.records)).toEqual(Object.keys(file.records).sort());
  });

  it('of nothing is an empty export that reads back', () => {
    const empty = buildExport({}, registry, NOW);
    expect(JSON.parse(empty)).toEqual({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW.toISOString(), records: {}, unreadable: {} });
    expect(readImport(empty, registry)).toMatchObject({ ok: true, records: {}, unreadable: {}, summary: [] });
  });

  it('names the file by date', () => {
    expect(exportFileName(NOW)).toBe('mentorship-guide-data-2026-05-10.json');
  });
});

describe('readImport', () => {
  it('reads a valid export, with a summary of each record', () => {
    const result = readImport(
      exportOf({ [A_KEY]: ASSESSMENT, [C_KEY]: CHECKLIST, [AGREEMENT_KEY]: AGREEMENT }, { [setAsideKey(A_KEY)]: CORRUPT }),
      registry,
    );
    expect(result).toEqual({
      ok: true,
      records: { [A_KEY]: ASSESSMENT, [C_KEY]: CHECKLIST, [AGREEMENT_KEY]: AGREEMENT },
      unreadable: { [setAsideKey(A_KEY)]: CORRUPT },
      exportedAt: NOW.toISOString(),
      summary: [
        { key: AGREEMENT_KEY, kind: 'agreement', id: '', lastChanged: '2026-05-02T12:00:00.000Z' },
        { key: A_KEY, kind: 'assessment', id: ASSESSMENT_ID, lastChanged: '2026-03-15T09:00:00.000Z' },
        { key: C_KEY, kind: 'checklist', id: 'first-meeting', lastChanged: '2026-04-20T08:00:00.000Z' },
      ],
    });
  });

  it('accepts and migrates records of an older format', () => {
    expect(importOf(exportOf({ [A_KEY]: V1 })).records).toEqual({ [A_KEY]: MIGRATED_V1 });
  });

  it('accepts a file without the unreadable part, with a byte order mark, or with surrounding space', () => {
    const bare = JSON.stringify({ format: EXPORT_FORMAT, version: 1, records: { [A_KEY]: ASSESSMENT } });
    expect(readImport(bare, registry)).toMatchObject({ ok: true, unreadable: {}, exportedAt: undefined });
    expect(readImport(`\uFEFF${bare}`, registry).ok).toBe(true);
    expect(readImport(`\n  ${bare}\n`, registry).ok).toBe(true);
  });

  describe('refuses a file', () => {
    it('over the size limit, saying the limit', () => {
      const big = exportOf({ [setAsideKey(A_KEY)]: 'x'.repeat(1_200_000) });
      expect(problemOf(big)).toMatch(/too large/);
      expect(problemOf(big)).toMatch(/it is 1\.2 MB, and the limit is 1 MB/);
      expect(problemOf(exportOf({}), { maxBytes: 50 })).toMatch(/limit is 50 bytes/);
    });

    it('counting the size in bytes, not characters', () => {
      const text = exportOf({}, { [setAsideKey(A_KEY)]: 'é'.repeat(60) + '😀' });
      const bytes = text.length + 60 + 2;
      expect(readImport(text, registry, { maxBytes: text.length }).ok).toBe(false);
      expect(readImport(text, registry, { maxBytes: bytes - 1 }).ok).toBe(false);
      expect(readImport(text, registry, { maxBytes: bytes }).ok).toBe(true);
      expect(problemOf('x'.repeat(12_345), { maxBytes: 10_000 })).toMatch(/it is 12.3 kB, and the limit is 10 kB/);
    });

    it('one byte over the limit, saying sizes that read as over the limit', () => {
      expect(tooLargeProblem(1_000_000, 1_000_000)).toBeUndefined();
      const problem = tooLargeProblem(1_000_001, 1_000_000)!;
      expect(problem).toMatch(/it is 1,000,001 bytes, and the limit is 1,000,000 bytes/);
      expect(tooLargeProblem(1_049, 1_000)).toMatch(/it is 1\.0 kB|it is 1,049 bytes/);
      expect(tooLargeProblem(1_049, 1_000)).not.toMatch(/it is 1 kB, and the limit is 1 kB/);
    });

    it('measuring the file, not its decoded text, when the size of the file is known', () => {
      // Invalid UTF-8 decodes to replacement characters of three bytes each: the text grows.
      const decoded = exportOf({}, { [setAsideKey(A_KEY)]: '\uFFFD'.repeat(400) });
      expect(readImport(decoded, registry, { maxBytes: 1_000 }).ok).toBe(false);
      expect(readImport(decoded, registry, { maxBytes: 1_000 }, 600).ok).toBe(true);
      const result = readImport(decoded, registry, { maxBytes: 500 }, 600);
      expect(result.ok ? '' : result.problem).toMatch(/it is 600 bytes, and the limit is 500 bytes/);
    });

    it('that is empty', () => {
      expect(problemOf('')).toMatch(/empty/);
      expect(problemOf('  \n')).toMatch(/empty/);
    });

    it('that is not JSON', () => {
      expect(problemOf('Name,Score\nAlex,3')).toMatch(/not a Mentorship Guide export.*JSON/);
      expect(problemOf(exportOf({ [A_KEY]: ASSESSMENT }).slice(0, -3))).toMatch(/JSON/);
    });

    it.each([['[1,2]'], ['"text"'], ['42'], ['null'], ['true']])('of JSON that is not an object: %s', (text) => {
      expect(problemOf(text)).toMatch(/not a Mentorship Guide export/);
    });

    it.each([
      ['no format', { version: 1, records: {} }],
      ['another format', { format: 'some-other-app', version: 1, records: {} }],
      ['a format of another type', { format: 1, version: 1, records: {} }],
    ])('with %s', (_, data) => {
      expect(problemOf(JSON.stringify(data))).toMatch(/This file is not a Mentorship Guide export/);
    });

    it.each([[undefined], [0], [-1], [1.5], ['1'], [null]])('with version %j', (version) => {
      expect(problemOf(JSON.stringify({ format: EXPORT_FORMAT, version, records: {} }))).toMatch(/no valid version number/);
    });

    it('made by a newer version of the site', () => {
      const problem = problemOf(JSON.stringify({ format: EXPORT_FORMAT, version: 2, records: {} }));
      expect(problem).toMatch(/made by a newer version of this site/);
      expect(problem).toMatch(/update/i);
      expect(problem).toMatch(/version 2/);
    });

    it.each([[undefined], [null], [[]], ['records'], [3]])('whose records are %j', (records) => {
      expect(problemOf(JSON.stringify({ format: EXPORT_FORMAT, version: 1, records }))).toMatch(/no list of saved records/);
    });

    it.each([[null], [[]], ['text'], [3]])('whose unreadable part is %j', (unreadable) => {
      expect(problemOf(JSON.stringify({ format: EXPORT_FORMAT, version: 1, records: {}, unreadable }))).toMatch(/kept aside .*damaged/);
    });

    it('with text kept aside that is not text', () => {
      expect(problemOf(exportOf({}, { [setAsideKey(A_KEY)]: 3 as unknown as string }))).toMatch(
        /something other than text for text kept aside from the assessment "mentor-self-assessment"/,
      );
    });

    it.each([['another-site:thing'], [PROBE_KEY], ['mentorship-guide:reading-list'], [assessmentKey('')], ['__proto__']])(
      'holding a record under %s, which is not one of this site’s kinds',
      (key) => {
        const problem = problemOf(`{"format":"${EXPORT_FORMAT}","version":1,"records":{${JSON.stringify(key)}:{"format":1}}}`);
        expect(problem).toMatch(/not something this site saves/);
        expect(problem).toContain(key);
      },
    );

    it('holding text kept aside as a record', () => {
      expect(problemOf(exportOf({ [setAsideKey(A_KEY)]: ASSESSMENT }))).toMatch(/only used for text kept aside/);
    });

    it.each([['another-site:thing'], [PROBE_KEY], ['__proto__']])('holding unreadable text under %s', (key) => {
      const problem = problemOf(`{"format":"${EXPORT_FORMAT}","version":1,"records":{},"unreadable":{${JSON.stringify(key)}:"x"}}`);
      expect(problem).toMatch(/not something this site saves/);
    });

    it('holding the same key as a record and as unreadable text', () => {
      expect(problemOf(exportOf({ [A_KEY]: ASSESSMENT }, { [A_KEY]: CORRUPT }))).toMatch(/the assessment "mentor-self-assessment" twice/);
    });

    it('with an assessment that fails its check, naming it and saying why', () => {
      const problem = problemOf(exportOf({ [A_KEY]: { ...ASSESSMENT, attempts: 'none' } }));
      expect(problem).toMatch(/^The assessment "mentor-self-assessment" in this file could not be imported/);
      expect(problem).toMatch(/not in the form this site expects/);
      expect(problem).toMatch(/Nothing has been imported/);
    });

    it.each([
      ['null', null, /not a saved record/],
      ['a list', [ASSESSMENT], /not a saved record/],
      ['a record without a format', { draft: null, attempts: [] }, /no valid format number/],
      ['a record of a newer format', { format: 3, draft: null, attempts: [] }, /newer version of this site/],
      ['an older record that cannot be migrated', { format: 1, answers: 'x' }, /not in the form/],
    ])('with an assessment that is %s', (_, record, why) => {
      expect(problemOf(exportOf({ [A_KEY]: record }))).toMatch(why);
    });

    it('with a checklist or an agreement that fails its check, naming it', () => {
      expect(problemOf(exportOf({ [C_KEY]: { ...CHECKLIST, entries: [{ id: 1 }] } }))).toMatch(/^The checklist "first-meeting"/);
      expect(problemOf(exportOf({ [AGREEMENT_KEY]: { ...AGREEMENT, updatedAt: 'yesterday' } }))).toMatch(/^The mentoring agreement/);
    });

    it('when a record is fine but another is not: nothing is imported', () => {
      expect(readImport(exportOf({ [A_KEY]: ASSESSMENT, [C_KEY]: { format: 1 } }), registry)).toEqual({
        ok: false,
        problem: expect.stringMatching(/checklist "first-meeting"/),
      });
    });

    it('that is not text at all', () => {
      for (const value of [undefined, null, 3, {}, new Uint8Array(3)]) {
        expect(readImport(value as unknown as string, registry)).toEqual({ ok: false, problem: expect.stringMatching(/could not be read as text/) });
      }
    });

    it('nested too deeply to write out again, politely', () => {
      const deep = `{"format":"${EXPORT_FORMAT}","version":1,"records":{"${A_KEY}":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`;
      expect(readImport(deep, registry)).toEqual({ ok: false, problem: expect.any(String) });
    });
  });
});

describe('mergeImport', () => {
  const older = (record: AssessmentRecord): AssessmentRecord => ({
    ...record,
    draft: record.draft && { ...record.draft, updatedAt: '2026-01-01T00:00:00.000Z' },
    attempts: record.attempts.slice(0, 1),
  });
  const OLDER = older(ASSESSMENT);
  const NEWER_AGREEMENT: AgreementRecord = { ...AGREEMENT, fields: { goals: 'Two papers' }, updatedAt: '2026-06-01T00:00:00.000Z' };
  const UNDATED: AssessmentRecord = { format: 2, draft: null, attempts: [] };

  describe("in 'merge' mode", () => {
    it('adds records whose key is free', () => {
      const plan = mergeImport({ [FOREIGN_KEY]: 'x' }, { records: { [A_KEY]: ASSESSMENT }, unreadable: {} }, 'merge', registry);
      expect(plan).toEqual({ writes: { [A_KEY]: JSON.stringify(ASSESSMENT) }, removals: [], outcome: [{ key: A_KEY, action: 'added' }] });
    });

    it('replaces an older saved record and keeps a newer one', () => {
      const current = { [A_KEY]: JSON.stringify(OLDER), [AGREEMENT_KEY]: JSON.stringify(NEWER_AGREEMENT) };
      const plan = mergeImport(current, { records: { [A_KEY]: ASSESSMENT, [AGREEMENT_KEY]: AGREEMENT }, unreadable: {} }, 'merge', registry);
      expect(plan.writes).toEqual({ [A_KEY]: JSON.stringify(ASSESSMENT) });
      expect(actions(plan)).toEqual({ [A_KEY]: 'replaced', [AGREEMENT_KEY]: 'kept-current' });
      expect(plan.removals).toEqual([]);
    });

    it('lets the import win on a tie, or when the saved record has no date', () => {
      const tie: AgreementRecord = { ...AGREEMENT, fields: { goals: 'Other' } };
      const current = {
        [AGREEMENT_KEY]: JSON.stringify(AGREEMENT),
        [assessmentKey('b')]: JSON.stringify(UNDATED),
      };
      const incoming = { records: { [AGREEMENT_KEY]: tie, [assessmentKey('b')]: OLDER }, unreadable: {} };
      const plan = mergeImport(current, incoming, 'merge', registry);
      expect(actions(plan)).toEqual({ [AGREEMENT_KEY]: 'replaced', [assessmentKey('b')]: 'replaced' });
      expect(plan.writes[AGREEMENT_KEY]).toBe(JSON.stringify(tie));
    });

    it('never replaces a saved record that has a date with an undated one, such as an empty record', () => {
      const plan = mergeImport({ [A_KEY]: JSON.stringify(ASSESSMENT) }, { records: { [A_KEY]: UNDATED }, unreadable: {} }, 'merge', registry);
      expect(actions(plan)).toEqual({ [A_KEY]: 'kept-current' });
      expect(plan.writes).toEqual({});
    });

    it('does not rewrite a record that is saved already, exactly', () => {
      const plan = mergeImport({ [A_KEY]: JSON.stringify(ASSESSMENT) }, { records: { [A_KEY]: ASSESSMENT }, unreadable: {} }, 'merge', registry);
      expect(plan).toEqual({ writes: {}, removals: [], outcome: [{ key: A_KEY, action: 'kept-current' }] });
    });

    it('upgrades a saved record of an older format when the import is not older', () => {
      const plan = mergeImport({ [A_KEY]: JSON.stringify(V1) }, { records: { [A_KEY]: ASSESSMENT }, unreadable: {} }, 'merge', registry);
      expect(actions(plan)).toEqual({ [A_KEY]: 'replaced' });
    });

    it('keeps a saved value it cannot read aside before writing over it', () => {
      const plan = mergeImport({ [A_KEY]: CORRUPT }, { records: { [A_KEY]: ASSESSMENT }, unreadable: {} }, 'merge', registry);
      expect(plan.writes).toEqual({ [A_KEY]: JSON.stringify(ASSESSMENT), [setAsideKey(A_KEY)]: CORRUPT });
      expect(actions(plan)).toEqual({ [A_KEY]: 'replaced', [setAsideKey(A_KEY)]: 'added' });
    });

    it('keeps it under the next free copy, or not again when it is kept aside already', () => {
      const taken = { [A_KEY]: CORRUPT, [setAsideKey(A_KEY)]: 'something else' };
      const plan = mergeImport(taken, { records: { [A_KEY]: ASSESSMENT }, unreadable: {} }, 'merge', registry);
      expect(plan.writes[`${setAsideKey(A_KEY)}:2`]).toBe(CORRUPT);
      const kept = { [A_KEY]: CORRUPT, [setAsideKey(A_KEY)]: 'something else', [`${setAsideKey(A_KEY)}:2`]: CORRUPT };
      const again = mergeImport(kept, { records: { [A_KEY]: ASSESSMENT }, unreadable: {} }, 'merge', registry);
      expect(again.writes).toEqual({ [A_KEY]: JSON.stringify(ASSESSMENT) });
    });

    it('writes unreadable text from the import only where the key is free', () => {
      const current = { [setAsideKey(A_KEY)]: 'mine' };
      const incoming = { records: {}, unreadable: { [setAsideKey(A_KEY)]: 'theirs', [setAsideKey(C_KEY)]: 'theirs too', [A_KEY]: CORRUPT } };
      const plan = mergeImport({ ...current, [A_KEY]: JSON.stringify(ASSESSMENT) }, incoming, 'merge', registry);
      expect(plan.writes).toEqual({ [setAsideKey(C_KEY)]: 'theirs too' });
      expect(actions(plan)).toEqual({ [setAsideKey(A_KEY)]: 'kept-current', [setAsideKey(C_KEY)]: 'added', [A_KEY]: 'kept-current' });
    });

    it('keeps saved text aside clear of the keys imported text takes', () => {
      const incoming = { records: { [A_KEY]: ASSESSMENT }, unreadable: { [setAsideKey(A_KEY)]: 'theirs' } };
      const plan = mergeImport({ [A_KEY]: CORRUPT }, incoming, 'merge', registry);
      expect(plan.writes).toEqual({ [A_KEY]: JSON.stringify(ASSESSMENT), [setAsideKey(A_KEY)]: 'theirs', [`${setAsideKey(A_KEY)}:2`]: CORRUPT });
    });

    it('never removes anything, text kept aside included', () => {
      const current = { [setAsideKey(A_KEY)]: 'mine', [C_KEY]: JSON.stringify(CHECKLIST), [PROBE_KEY]: '1', [FOREIGN_KEY]: 'x' };
      const plan = mergeImport(current, { records: {}, unreadable: {} }, 'merge', registry);
      expect(plan).toEqual({ writes: {}, removals: [], outcome: [] });
    });

    it('ignores keys that are not the site’s', () => {
      const incoming = { records: { [FOREIGN_KEY]: { format: 1 } }, unreadable: { [FOREIGN_KEY]: 'x', [PROBE_KEY]: '1' } };
      expect(mergeImport({}, incoming, 'merge', registry)).toEqual({ writes: {}, removals: [], outcome: [] });
    });
  });

  describe("in 'replace' mode", () => {
    const current = {
      [A_KEY]: JSON.stringify(ASSESSMENT),
      [assessmentKey('other')]: JSON.stringify(OLDER),
      [setAsideKey(A_KEY)]: 'mine',
      [C_KEY]: JSON.stringify(CHECKLIST),
      'mentorship-guide:reading-list': '[]',
      [PROBE_KEY]: '1',
      [FOREIGN_KEY]: 'x',
    };
    const incoming = { records: { [A_KEY]: OLDER, [AGREEMENT_KEY]: AGREEMENT, [C_KEY]: CHECKLIST }, unreadable: { [setAsideKey(C_KEY)]: 'theirs' } };
    const plan = mergeImport(current, incoming, 'replace', registry);

    it('writes everything imported, even an older record', () => {
      expect(plan.writes).toEqual({
        [A_KEY]: JSON.stringify(OLDER),
        [AGREEMENT_KEY]: JSON.stringify(AGREEMENT),
        [setAsideKey(C_KEY)]: 'theirs',
      });
    });

    it('removes every other site key, but not the probe or other sites’ keys', () => {
      expect(plan.removals).toEqual([setAsideKey(A_KEY), assessmentKey('other'), 'mentorship-guide:reading-list']);
      expect(applyMerge(current, plan)).toEqual({
        [A_KEY]: JSON.stringify(OLDER),
        [AGREEMENT_KEY]: JSON.stringify(AGREEMENT),
        [C_KEY]: JSON.stringify(CHECKLIST),
        [setAsideKey(C_KEY)]: 'theirs',
        [PROBE_KEY]: '1',
        [FOREIGN_KEY]: 'x',
      });
    });

    it('reports what happens to each key, in order', () => {
      expect(plan.outcome).toEqual([
        { key: AGREEMENT_KEY, action: 'added' },
        { key: A_KEY, action: 'replaced' },
        { key: setAsideKey(A_KEY), action: 'removed' },
        { key: assessmentKey('other'), action: 'removed' },
        { key: C_KEY, action: 'kept-current' },
        { key: setAsideKey(C_KEY), action: 'added' },
        { key: 'mentorship-guide:reading-list', action: 'removed' },
      ]);
    });
  });

  describe('carrying out a plan on a storage that fills up part-way', () => {
    /** A storage that accepts `room` more writes, then throws as a full localStorage does. */
    function fillingStorage(initial: Record<string, string>, room: number) {
      const stored = new Map(Object.entries(initial));
      let left = room;
      return {
        stored,
        setItem(key: string, value: string) {
          if (left-- <= 0) throw new DOMException('full', 'QuotaExceededError');
          stored.set(key, value);
        },
        removeItem(key: string) {
          stored.delete(key);
        },
      };
    }

    it('keeps an unreadable saved record aside before writing over it, however early the storage fills', () => {
      const current = { [AGREEMENT_KEY]: CORRUPT };
      const plan = mergeImport(current, { records: { [AGREEMENT_KEY]: AGREEMENT }, unreadable: {} }, 'merge', registry);
      for (const room of [0, 1, 2]) {
        const storage = fillingStorage(current, room);
        const result = carryOutPlan(storage, plan);
        const kept = [...storage.stored.values()].includes(CORRUPT);
        expect(kept, `room for ${room} writes`).toBe(true);
        expect(result.complete).toBe(room >= 2);
      }
    });

    it('says exactly what it changed and what it did not reach, and removes nothing unless every write was made', () => {
      const current = { [A_KEY]: CORRUPT, [C_KEY]: JSON.stringify(CHECKLIST) };
      const incoming = { records: { [A_KEY]: ASSESSMENT, [AGREEMENT_KEY]: AGREEMENT }, unreadable: {} };
      const plan = mergeImport(current, incoming, 'replace', registry);
      const storage = fillingStorage(current, 1);
      const result = carryOutPlan(storage, plan);
      expect(result.complete).toBe(false);
      expect(result.done).toEqual([{ key: AGREEMENT_KEY, action: 'added' }]);
      expect(result.notReached).toEqual([A_KEY, C_KEY]);
      expect(storage.stored.get(C_KEY)).toBe(JSON.stringify(CHECKLIST));
      expect(storage.stored.get(A_KEY)).toBe(CORRUPT);
      const whole = fillingStorage(current, 10);
      expect(carryOutPlan(whole, plan)).toEqual({
        complete: true,
        done: [
          { key: AGREEMENT_KEY, action: 'added' },
          { key: A_KEY, action: 'replaced' },
          { key: C_KEY, action: 'removed' },
        ],
        notReached: [],
      });
      expect(Object.fromEntries(whole.stored)).toEqual(applyMerge(current, plan));
    });
  });

  it('applyMerge leaves the current map as it was', () => {
    const current = { [A_KEY]: 'x', [C_KEY]: 'y' };
    expect(applyMerge(current, { writes: { [A_KEY]: 'z' }, removals: [C_KEY] })).toEqual({ [A_KEY]: 'z' });
    expect(current).toEqual({ [A_KEY]: 'x', [C_KEY]: 'y' });
  });
});

describe('describeRecord', () => {
  const titles = { [ASSESSMENT_ID]: 'Mentor self-assessment', 'first-meeting': 'First meeting' };

  it('describes assessments', () => {
    expect(describeRecord('assessment', ASSESSMENT_ID, ASSESSMENT, titles)).toEqual({
      title: 'Mentor self-assessment',
      detail: '3 attempts, last on 12 March 2026; one in progress',
    });
    expect(describeRecord('assessment', 'x', { ...ASSESSMENT, draft: null, attempts: [attempt('a', '2026-02-01T10:00:00Z')] }, {})).toEqual({
      title: 'x',
      detail: '1 attempt, on 1 February 2026',
    });
    expect(describeRecord('assessment', 'x', { format: 2, draft: DRAFT, attempts: [] }, {}).detail).toBe('In progress, last changed 15 March 2026');
    expect(describeRecord('assessment', 'x', { format: 2, draft: null, attempts: [] }, {}).detail).toBe('Nothing saved yet');
  });

  it('describes checklists, with the number of items when known', () => {
    expect(describeRecord('checklist', 'first-meeting', CHECKLIST, titles, { 'first-meeting': 12 })).toEqual({
      title: 'First meeting',
      detail: '7 of 12 done; 1 note',
    });
    expect(describeRecord('checklist', 'first-meeting', CHECKLIST, titles).detail).toBe('7 done; 1 note');
    expect(describeRecord('checklist', 'first-meeting', CHECKLIST, titles, { 'first-meeting': 7 }).detail).toBe('All 7 done; 1 note');
    expect(describeRecord('checklist', 'c', { ...CHECKLIST, entries: [] }, {}).detail).toBe('Nothing ticked yet');
  });

  it('describes a checklist kept once per meeting by its latest meeting', () => {
    const entry = (id: string, date: string, ticked: string[]): ChecklistEntry => ({
      id,
      date,
      ticked,
      notes: {},
      actions: [],
      createdAt: `${date}T08:00:00.000Z`,
      updatedAt: `${date}T09:00:00.000Z`,
    });
    const record: ChecklistRecord = {
      format: 2,
      definitionVersion: 1,
      entries: [entry('m1', '2026-03-01', ['a']), entry('m3', '2026-05-02', ['a', 'b']), entry('m2', '2026-04-01', [])],
    };
    expect(describeRecord('checklist', 'meetings', record, {}, { meetings: 5 }).detail).toBe('3 filled in; latest (2 May 2026): 2 of 5 done');
    expect(describeRecord('checklist', 'meetings', { ...record, entries: [record.entries[1]] }, {}, { meetings: 5 }).detail).toBe(
      '2 of 5 done, for 2 May 2026',
    );
  });

  it('describes the agreement', () => {
    expect(describeRecord('agreement', '', AGREEMENT, {})).toEqual({ title: 'Mentoring agreement', detail: 'Last changed 2 May 2026; 2 parts filled in' });
    expect(describeRecord('agreement', '', { format: 1, fields: {}, updatedAt: '2026-05-02T12:00:00Z' }, { '': 'Our agreement' })).toEqual({
      title: 'Our agreement',
      detail: 'Last changed 2 May 2026; nothing filled in yet',
    });
  });

  it('never throws on a record of another shape', () => {
    fc.assert(
      fc.property(fc.constantFrom<RecordKind>('assessment', 'checklist', 'agreement', 'track'), fc.jsonValue(), (kind, record) => {
        const { title, detail } = describeRecord(kind, 'id', record, {}, { id: 3 });
        expect(typeof title).toBe('string');
        expect(detail.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('describeKey', () => {
  it('names keys in words, with titles when given', () => {
    expect(describeKey(A_KEY, registry)).toBe('the assessment "mentor-self-assessment"');
    expect(describeKey(A_KEY, registry, { [ASSESSMENT_ID]: 'Mentor self-assessment' })).toBe('the assessment "Mentor self-assessment"');
    expect(describeKey(C_KEY, registry)).toBe('the checklist "first-meeting"');
    expect(describeKey(AGREEMENT_KEY, registry)).toBe('the mentoring agreement');
    expect(describeKey(`${setAsideKey(AGREEMENT_KEY)}:3`, registry)).toBe('text kept aside from the mentoring agreement');
    expect(describeKey('mentorship-guide:reading-list', registry)).toBe('"mentorship-guide:reading-list"');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const RUNS = { numRuns: 250 };

/** A small pool of ids, so that saved data and imports share keys often. */
const idArb = fc.constantFrom('a', 'b', 'mentor-self-assessment', 'x:y', 'ünï');

/** A record key and a valid record (or an older-format one) for it, as stored text. */
const storedRecordArb: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(idArb.map(assessmentKey), fc.oneof(assessmentArb, v1Arb).map((record) => JSON.stringify(record))),
  fc.tuple(idArb.map(checklistKey), checklistArb.map((record) => JSON.stringify(record))),
  fc.tuple(fc.constant(AGREEMENT_KEY), agreementArb.map((record) => JSON.stringify(record))),
  fc.tuple(idArb.map(trackKey), trackArb.map((record) => JSON.stringify(record))),
);
const siteRecordKeyArb = fc.oneof(idArb.map(assessmentKey), idArb.map(checklistKey), fc.constant(AGREEMENT_KEY), idArb.map(trackKey));
/** Anything else found in storage: unreadable values, text kept aside, unknown site keys, the probe, other sites. */
const otherStoredArb: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(siteRecordKeyArb, fc.oneof(fc.string(), fc.constant(CORRUPT), fc.constant(NEWER), fc.jsonValue().map((value) => JSON.stringify(value)))),
  fc.tuple(
    fc.tuple(siteRecordKeyArb, fc.constantFrom('', ':2', ':3')).map(([key, copy]) => `${setAsideKey(key)}${copy}`),
    fc.string(),
  ),
  fc.tuple(fc.constantFrom('mentorship-guide:reading-list', 'mentorship-guide:x'), fc.string()),
  fc.tuple(fc.constant(PROBE_KEY), fc.constant('1')),
  fc.tuple(fc.constantFrom(FOREIGN_KEY, 'theme'), fc.string()),
);
const storageArb: fc.Arbitrary<Record<string, string>> = fc
  .array(fc.oneof({ weight: 3, arbitrary: storedRecordArb }, { weight: 2, arbitrary: otherStoredArb }), { maxLength: 12 })
  .map((pairs) => Object.fromEntries(pairs));

const entryFor = (key: string) => registry.find((entry) => entry.matches(key) !== undefined)!;
const dateOf = (key: string, record: unknown) => {
  const date = entryFor(key).describer.lastChanged(record);
  return date === undefined ? undefined : Date.parse(date);
};
const readRecord = (key: string, text: string | undefined) => {
  if (text === undefined) return undefined;
  const result = entryFor(key).codec.parse(text);
  return result.status === 'ok' || result.status === 'migrated' ? result.record : undefined;
};
const siteKeys = (map: Record<string, string>) => Object.keys(map).filter((key) => key.startsWith('mentorship-guide:') && key !== PROBE_KEY).sort();

/** An import as readImport returns it, from an export of some storage. */
const importArb: fc.Arbitrary<ImportedData> = storageArb.map((storage) => {
  const result = readImport(buildExport(storage, registry, NOW), registry);
  if (!result.ok) throw new Error(result.problem);
  return { records: result.records, unreadable: result.unreadable };
});

describe('properties', () => {
  it('readImport never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = readImport(text, registry);
        expect(result.ok ? true : result.problem.length > 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('readImport never throws on any JSON, and refuses what is not an export', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readImport(JSON.stringify(value), registry);
        if (!isObject(value) || value.format !== EXPORT_FORMAT) expect(result).toEqual({ ok: false, problem: expect.any(String) });
      }),
      RUNS,
    );
  });

  it('readImport never throws on export-like files with random records, and what it accepts is valid', () => {
    const keyArb = fc.oneof(siteRecordKeyArb, fc.string(), fc.constantFrom(PROBE_KEY, setAsideKey(A_KEY), '__proto__', 'constructor'));
    const recordArb = fc.oneof(fc.jsonValue(), assessmentArb, v1Arb, checklistArb, agreementArb, trackArb);
    const fileArb = fc.record(
      {
        format: fc.oneof(fc.constant(EXPORT_FORMAT), fc.jsonValue()),
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        exportedAt: fc.oneof(isoDateArb, fc.jsonValue()),
        records: fc.oneof({ weight: 4, arbitrary: fc.dictionary(keyArb, recordArb, { maxKeys: 5 }) }, fc.jsonValue()),
        unreadable: fc.oneof(fc.dictionary(keyArb, fc.oneof(fc.string(), fc.jsonValue()), { maxKeys: 3 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fileArb, (file) => {
        const result = readImport(JSON.stringify(file), registry);
        if (!result.ok) {
          expect(result.problem.length).toBeGreaterThan(0);
          return;
        }
        for (const [key, record] of Object.entries(result.records)) {
          expect(classifyKey(key, registry).type).toBe('record');
          expect(entryFor(key).codec.isValid(record)).toBe(true);
        }
        for (const [key, text] of Object.entries(result.unreadable)) {
          expect(key.startsWith('mentorship-guide:') && key !== PROBE_KEY).toBe(true);
          expect(typeof text).toBe('string');
        }
      }),
      RUNS,
    );
  });

  it('export then import gives back every readable record and every unreadable text', () => {
    fc.assert(
      fc.property(storageArb, (storage) => {
        const result = readImport(buildExport(storage, registry, NOW), registry);
        if (!result.ok) throw new Error(result.problem);

        const records: Record<string, unknown> = {};
        const unreadable: Record<string, string> = {};
        for (const key of siteKeys(storage)) {
          const found = classifyKey(key, registry);
          if (found.type !== 'record') unreadable[key] = storage[key]!;
          else if (storage[key] !== '') {
            const record = readRecord(key, storage[key]);
            if (record === undefined) unreadable[key] = storage[key]!;
            else records[key] = record;
          }
        }
        expect(result.records).toEqual(records);
        expect(result.unreadable).toEqual(unreadable);
        expect(result.summary.map(({ key }) => key)).toEqual(Object.keys(records).sort());
      }),
      RUNS,
    );
  });

  it("'merge' never drops a saved key, never loses unreadable text, and never puts an older record over a newer one", () => {
    fc.assert(
      fc.property(storageArb, importArb, (current, incoming) => {
        const plan = mergeImport(current, incoming, 'merge', registry);
        const after = applyMerge(current, plan);
        expect(plan.removals).toEqual([]);

        const values = new Set(Object.values(after));
        for (const key of Object.keys(current)) {
          expect(Object.hasOwn(after, key)).toBe(true);
          const found = classifyKey(key, registry);
          if (found.type === 'foreign' || found.type === 'probe') expect(after[key]).toBe(current[key]);
          if (found.type !== 'record') {
            // Text kept aside and keys of unknown kinds are never touched.
            if (found.type !== 'foreign') expect(after[key]).toBe(current[key]);
            continue;
          }
          const saved = readRecord(key, current[key]);
          // A saved value that cannot be read is still there, under its key or kept aside.
          if (saved === undefined) {
            if (current[key] !== '') expect(values.has(current[key]!)).toBe(true);
            continue;
          }
          const mine = dateOf(key, saved);
          const theirs = Object.hasOwn(incoming.records, key) ? dateOf(key, incoming.records[key]) : undefined;
          if (mine !== undefined && theirs !== undefined) {
            expect(dateOf(key, readRecord(key, after[key]))).toBe(Math.max(mine, theirs));
          }
          if (mine !== undefined && theirs !== undefined && theirs < mine) expect(after[key]).toBe(current[key]);
        }
        // Unreadable text from the import is only written where nothing was.
        for (const [key, text] of Object.entries(incoming.unreadable)) {
          if (Object.hasOwn(plan.writes, key) && plan.writes[key] === text) expect(Object.hasOwn(current, key)).toBe(false);
        }
        // Every imported record's key holds a valid record afterwards.
        for (const key of Object.keys(incoming.records)) expect(readRecord(key, after[key])).toBeDefined();
      }),
      RUNS,
    );
  });

  it("'replace' leaves exactly the imported keys, and other sites' keys and the probe as they were", () => {
    fc.assert(
      fc.property(storageArb, importArb, (current, incoming) => {
        const plan = mergeImport(current, incoming, 'replace', registry);
        const after = applyMerge(current, plan);
        expect(siteKeys(after)).toEqual([...Object.keys(incoming.records), ...Object.keys(incoming.unreadable)].sort());
        for (const [key, record] of Object.entries(incoming.records)) expect(after[key]).toBe(entryFor(key).codec.serialise(record));
        for (const [key, text] of Object.entries(incoming.unreadable)) expect(after[key]).toBe(text);
        for (const key of Object.keys(current)) {
          if (!key.startsWith('mentorship-guide:') || key === PROBE_KEY) expect(after[key]).toBe(current[key]);
        }
        const reported = new Set(plan.outcome.map(({ key }) => key));
        expect(reported).toEqual(new Set([...siteKeys(after), ...plan.removals]));
      }),
      RUNS,
    );
  });

  it('an export of what a merge or replace leaves reads back', () => {
    fc.assert(
      fc.property(storageArb, importArb, fc.constantFrom('merge' as const, 'replace' as const), (current, incoming, mode) => {
        const after = applyMerge(current, mergeImport(current, incoming, mode, registry));
        expect(readImport(buildExport(after, registry, NOW), registry).ok).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('the record arbitraries the property tests use', () => {
  it('make records each kind’s real codec accepts', () => {
    fc.assert(fc.property(assessmentArb, (record) => assessmentCodec.isValid(record)), RUNS);
    fc.assert(fc.property(checklistArb, (record) => registry[1]!.codec.isValid(record)), RUNS);
    fc.assert(fc.property(agreementArb, (record) => registry[2]!.codec.isValid(record)), RUNS);
    fc.assert(fc.property(trackArb, (record) => registry[3]!.codec.isValid(record)), RUNS);
  });
});
