import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from '../../src/lib/assessment/types';
import {
  EMPTY_RECORD,
  MIGRATIONS,
  RECORD_FORMAT,
  isAssessmentRecord,
  parseAssessmentRecord,
  serialiseAssessmentRecord,
  type AssessmentRecord,
  type Attempt,
  type Draft,
  type RecordV1,
} from '../../src/lib/storage/assessment-record';

const DRAFT: Draft = {
  answers: { 'listen-often': 3, summarise: 'always', 'agreement-covers': ['goals', 'meetings'] },
  position: 3,
  definitionVersion: 2,
  startedAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:12:30.000Z',
};

const ATTEMPT: Attempt = {
  id: 'attempt-1',
  completedAt: '2026-02-01T10:00:00.000Z',
  definitionVersion: 1,
  answers: { 'listen-often': 1, 'late-night-emails': 'personality' },
  scores: { listening: 25, boundaries: 0 },
};

const RECORD: AssessmentRecord = { format: 2, draft: DRAFT, attempts: [ATTEMPT] };

const V1: RecordV1 = { format: 1, answers: { 'listen-often': 2, summarise: 'never' }, position: 2, savedAt: '2025-11-20T08:30:00.000Z' };

describe('parseAssessmentRecord', () => {
  it.each([null, undefined, ''])('reads %j as empty', (stored) => {
    expect(parseAssessmentRecord(stored)).toEqual({ status: 'empty', record: EMPTY_RECORD });
  });

  it('reads a valid record as it was stored', () => {
    const result = parseAssessmentRecord(JSON.stringify(RECORD));
    expect(result).toEqual({ status: 'ok', record: RECORD });
    expect(result.unreadable).toBeUndefined();
  });

  it('reads a record with no draft and no attempts', () => {
    expect(parseAssessmentRecord('{"format":2,"draft":null,"attempts":[]}')).toEqual({ status: 'ok', record: EMPTY_RECORD });
  });

  it('keeps text that is not JSON as unreadable', () => {
    const stored = '{"format":2,"draft":null,"attem';
    expect(parseAssessmentRecord(stored)).toEqual({ status: 'corrupt', record: EMPTY_RECORD, unreadable: stored });
  });

  const corrupt: [string, unknown][] = [
    ['a number', 2],
    ['a string', 'format 2'],
    ['null', null],
    ['an array', [RECORD]],
    ['an object without a format', { draft: null, attempts: [] }],
    ['a format that is text', { ...RECORD, format: '2' }],
    ['a format that is not whole', { ...RECORD, format: 1.5 }],
    ['format 0', { ...RECORD, format: 0 }],
    ['a negative format', { ...RECORD, format: -1 }],
    ['no attempts list', { format: 2, draft: null }],
    ['attempts that are not a list', { ...RECORD, attempts: {} }],
    ['a draft that is not an object', { ...RECORD, draft: 'draft' }],
    ['a draft without answers', { ...RECORD, draft: { ...DRAFT, answers: undefined } }],
    ['a draft answer that is an object', { ...RECORD, draft: { ...DRAFT, answers: { a: { value: 1 } } } }],
    ['a draft answer list holding a number', { ...RECORD, draft: { ...DRAFT, answers: { a: ['x', 1] } } }],
    ['a negative position', { ...RECORD, draft: { ...DRAFT, position: -1 } }],
    ['a position that is not whole', { ...RECORD, draft: { ...DRAFT, position: 1.5 } }],
    ['a definition version given as text', { ...RECORD, draft: { ...DRAFT, definitionVersion: '2' } }],
    ['a start date that is not a date', { ...RECORD, draft: { ...DRAFT, startedAt: 'yesterday' } }],
    ['a draft without an update date', { ...RECORD, draft: { ...DRAFT, updatedAt: undefined } }],
    ['an attempt that is not an object', { ...RECORD, attempts: [null] }],
    ['an attempt without an id', { ...RECORD, attempts: [{ ...ATTEMPT, id: 7 }] }],
    ['an attempt with a bad completion date', { ...RECORD, attempts: [{ ...ATTEMPT, completedAt: '2026-13-45' }] }],
    ['an attempt with a score that is text', { ...RECORD, attempts: [{ ...ATTEMPT, scores: { listening: '25' } }] }],
    ['an attempt with no scores', { ...RECORD, attempts: [{ ...ATTEMPT, scores: undefined }] }],
    ['a good attempt after a bad one', { ...RECORD, attempts: [{ ...ATTEMPT, answers: null }, ATTEMPT] }],
    ['a format 1 record without answers', { ...V1, answers: undefined }],
    ['a format 1 record without a date', { ...V1, savedAt: undefined }],
  ];

  it.each(corrupt)('keeps JSON that is %s as unreadable', (_, value) => {
    const stored = JSON.stringify(value);
    expect(parseAssessmentRecord(stored)).toEqual({ status: 'corrupt', record: EMPTY_RECORD, unreadable: stored });
  });

  it('keeps a record from a newer version of the site as unreadable', () => {
    const stored = JSON.stringify({ format: RECORD_FORMAT + 1, everything: 'different' });
    expect(parseAssessmentRecord(stored)).toEqual({ status: 'newer', record: EMPTY_RECORD, unreadable: stored });
  });

  it('migrates a format 1 record into a draft', () => {
    expect(parseAssessmentRecord(JSON.stringify(V1))).toEqual({
      status: 'migrated',
      record: {
        format: 2,
        draft: {
          answers: V1.answers,
          position: 2,
          definitionVersion: 1,
          startedAt: V1.savedAt,
          updatedAt: V1.savedAt,
        },
        attempts: [],
      },
    });
  });
});

describe('MIGRATIONS', () => {
  /** One named case per migration: a record of format N and what it must become. */
  const MIGRATION_CASES: Record<string, { name: string; from: unknown; to: unknown }> = {
    1: {
      name: 'format 1 → 2: the answers become a draft for definition version 1, with no attempts',
      from: V1,
      to: {
        format: 2,
        draft: { answers: V1.answers, position: 2, definitionVersion: 1, startedAt: V1.savedAt, updatedAt: V1.savedAt },
        attempts: [],
      },
    },
  };

  it('has a named test case for every migration', () => {
    expect(Object.keys(MIGRATION_CASES).sort()).toEqual(Object.keys(MIGRATIONS).sort());
  });

  it('has a migration for every format before the current one', () => {
    for (let format = 1; format < RECORD_FORMAT; format++) expect(MIGRATIONS[format]).toBeTypeOf('function');
  });

  it.each(Object.keys(MIGRATIONS))('migration from format %s', (format) => {
    const testCase = MIGRATION_CASES[format];
    expect(testCase, `MIGRATION_CASES needs a case for format ${format}`).toBeDefined();
    const migrated = MIGRATIONS[Number(format)]!(testCase!.from);
    expect(migrated, testCase!.name).toEqual(testCase!.to);
    expect((migrated as { format: number }).format).toBe(Number(format) + 1);
  });
});

describe('serialiseAssessmentRecord', () => {
  it('gives text that parses back to the same record', () => {
    for (const record of [RECORD, EMPTY_RECORD, { ...RECORD, draft: null }]) {
      expect(parseAssessmentRecord(serialiseAssessmentRecord(record))).toEqual({ status: 'ok', record });
    }
  });
});

/** A number as JSON keeps it: finite, and 0 rather than -0 (JSON has no -0). */
const jsonNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (value === 0 ? 0 : value));
const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.integer({ min: -10, max: 10 }),
  jsonNumber,
  fc.string(),
  fc.array(fc.string(), { maxLength: 5 }),
);
const answers: fc.Arbitrary<Answers> = fc.dictionary(fc.string({ maxLength: 20 }), answer, { maxKeys: 8, noNullPrototype: true });
const isoDate = fc
  .date({ noInvalidDate: true, min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') })
  .map((date) => date.toISOString());

const draft: fc.Arbitrary<Draft> = fc.record({
  answers,
  position: fc.nat(),
  definitionVersion: fc.integer({ min: 1, max: 50 }),
  startedAt: isoDate,
  updatedAt: isoDate,
});
const attempt: fc.Arbitrary<Attempt> = fc.record({
  id: fc.string(),
  completedAt: isoDate,
  definitionVersion: fc.integer({ min: 1, max: 50 }),
  answers,
  scores: fc.dictionary(fc.string({ maxLength: 20 }), fc.integer({ min: 0, max: 100 }), { maxKeys: 6, noNullPrototype: true }),
});
const record: fc.Arbitrary<AssessmentRecord> = fc.record({
  format: fc.constant(RECORD_FORMAT),
  draft: fc.option(draft, { nil: null }),
  attempts: fc.uniqueArray(attempt, { maxLength: 4, selector: (entry) => entry.id }),
});
const recordV1: fc.Arbitrary<RecordV1> = fc.record({
  format: fc.constant(1 as const),
  answers,
  position: fc.nat(),
  savedAt: isoDate,
});

describe('parseAssessmentRecord, for any input', () => {
  const anyStored = fc.oneof(
    fc.string(),
    fc.json(),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    // Near misses: records with one part replaced by anything.
    fc
      .tuple(record, fc.constantFrom('format', 'draft', 'attempts'), fc.jsonValue())
      .map(([valid, field, value]) => JSON.stringify({ ...valid, [field]: value })),
  );

  it('never throws, and keeps anything it cannot read as unreadable, exactly', () => {
    fc.assert(
      fc.property(anyStored, (stored) => {
        const result = parseAssessmentRecord(stored);
        if (result.status === 'corrupt' || result.status === 'newer') {
          expect(result.unreadable).toBe(stored);
          expect(result.record).toBe(EMPTY_RECORD);
        } else {
          expect(result.unreadable).toBeUndefined();
          expect(isAssessmentRecord(result.record)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back any valid record it wrote', () => {
    fc.assert(
      fc.property(record, (original) => {
        expect(parseAssessmentRecord(serialiseAssessmentRecord(original))).toEqual({ status: 'ok', record: original });
      }),
      { numRuns: 300 },
    );
  });

  it('migrates any format 1 record into a valid record holding the same answers', () => {
    fc.assert(
      fc.property(recordV1, (old) => {
        const result = parseAssessmentRecord(JSON.stringify(old));
        expect(result.status).toBe('migrated');
        expect(isAssessmentRecord(result.record)).toBe(true);
        expect(result.record.draft!.answers).toEqual(old.answers);
        expect(result.record.draft).toMatchObject({ position: old.position, startedAt: old.savedAt, updatedAt: old.savedAt });
        expect(result.record.attempts).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
