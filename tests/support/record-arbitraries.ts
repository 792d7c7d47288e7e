/**
 * fast-check arbitraries for saved records of every kind, shaped as the real codecs expect
 * (tests/unit/saved-data.test.ts checks them against the codecs), and for export files built
 * from them with the awkward cases an import must survive: prototype-named and look-alike ids,
 * repeated entry ids, impossible and future dates.
 */
import fc from 'fast-check';
import type { AgreementRecord } from '../../src/lib/agreement/agreement-record';
import type { ChecklistAction, ChecklistRecord } from '../../src/lib/checklist/checklist-record';
import type { AssessmentRecord, Attempt, Draft, RecordV1 } from '../../src/lib/storage/assessment-record';
import { AGREEMENT_KEY, assessmentKey, checklistKey, trackKey } from '../../src/lib/storage/keys';
import type { TrackRecord } from '../../src/lib/tracks/track-record';

export const isoDateArb = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
export const dayArb = isoDateArb.map((date) => date.slice(0, 10));
export const wordArb = fc.string({ maxLength: 8 });
const answersArb = fc.dictionary(
  wordArb,
  fc.oneof(fc.integer({ min: -5, max: 10 }), fc.string({ maxLength: 10 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 })),
  { maxKeys: 4, noNullPrototype: true },
);

const draftArb: fc.Arbitrary<Draft> = fc.record({
  answers: answersArb,
  position: fc.nat(30),
  definitionVersion: fc.nat(5),
  startedAt: isoDateArb,
  updatedAt: isoDateArb,
});
const attemptArb: fc.Arbitrary<Attempt> = fc.record({
  id: wordArb,
  completedAt: isoDateArb,
  definitionVersion: fc.nat(5),
  answers: answersArb,
  scores: fc.dictionary(wordArb, fc.double({ noNaN: true, noDefaultInfinity: true }), { maxKeys: 3, noNullPrototype: true }),
});
export const assessmentArb: fc.Arbitrary<AssessmentRecord> = fc.record({
  format: fc.constant(2 as const),
  draft: fc.option(draftArb, { nil: null }),
  attempts: fc.uniqueArray(attemptArb, { maxLength: 3, selector: (attempt) => attempt.id }),
});
export const v1Arb: fc.Arbitrary<RecordV1> = fc.record({ format: fc.constant(1 as const), answers: answersArb, position: fc.nat(30), savedAt: isoDateArb });
/** A meeting's action: open or done, with or without a due day. */
const actionArb: fc.Arbitrary<ChecklistAction> = fc.record(
  {
    id: wordArb.filter((id) => id !== ''),
    what: fc.string({ minLength: 1, maxLength: 12 }).filter((what) => what.trim() !== ''),
    who: fc.string({ maxLength: 8 }),
    due: dayArb,
    done: fc.record({ at: isoDateArb, in: wordArb.filter((id) => id !== '') }),
    createdAt: isoDateArb,
  },
  { requiredKeys: ['id', 'what', 'who', 'createdAt'] },
);
export const checklistArb: fc.Arbitrary<ChecklistRecord> = fc.record({
  format: fc.constant(2 as const),
  definitionVersion: fc.nat(5),
  entries: fc.uniqueArray(
    fc.record(
      {
        id: wordArb.filter((id) => id !== ''),
        date: dayArb,
        ticked: fc.array(wordArb, { maxLength: 4 }),
        notes: fc.dictionary(wordArb, fc.string({ maxLength: 12 }), { maxKeys: 2, noNullPrototype: true }),
        actions: fc.constant([] as ChecklistAction[]),
        createdAt: isoDateArb,
        updatedAt: isoDateArb,
      },
      { requiredKeys: ['id', 'ticked', 'notes', 'actions', 'createdAt', 'updatedAt'] },
    ),
    { maxLength: 3, selector: (entry) => entry.id },
  ),
  // Action ids are unique across the whole record: drawn together, then dealt out to the entries.
  actions: fc.uniqueArray(actionArb, { maxLength: 4, selector: (action) => action.id }),
}).map(({ actions, ...record }) => ({
  ...record,
  entries: record.entries.map((entry, index) => ({ ...entry, actions: actions.filter((_, at) => at % record.entries.length === index) })),
}));
export const agreementArb: fc.Arbitrary<AgreementRecord> = fc.record({
  format: fc.constant(1 as const),
  fields: fc.dictionary(wordArb, fc.string({ maxLength: 20 }), { maxKeys: 4, noNullPrototype: true }),
  updatedAt: isoDateArb,
});


/** A run kept after a refresher, as its record of completion showed it. */
const completedRunArb = fc.record({
  version: fc.integer({ min: 1, max: 5 }),
  title: fc.string({ maxLength: 20 }),
  minutes: fc.integer({ min: 1, max: 300 }),
  name: fc.string({ maxLength: 20 }),
  steps: fc.array(
    fc.record(
      { title: fc.string({ maxLength: 20 }), day: dayArb, reflection: fc.record({ question: fc.string({ maxLength: 20 }), text: fc.string({ maxLength: 20 }) }) },
      { requiredKeys: ['title', 'day'] },
    ),
    { maxLength: 3 },
  ),
});

/** Progress through a track: read marks and reflections under step keys, with or without a restart and earlier runs. */
export const trackArb: fc.Arbitrary<TrackRecord> = fc.record(
  {
    format: fc.constant(2 as const),
    name: fc.string({ maxLength: 20 }),
    steps: fc.dictionary(
      fc.constantFrom('article:first-meeting', 'tool:agreement', 'checklist:ending-well', 'x'),
      fc.record({ readAt: isoDateArb, reflection: fc.string({ maxLength: 20 }) }, { requiredKeys: [] }),
      { maxKeys: 3, noNullPrototype: true },
    ),
    startedAt: isoDateArb,
    earlier: fc.array(completedRunArb, { maxLength: 2 }),
    updatedAt: isoDateArb,
  },
  { requiredKeys: ['format', 'name', 'steps', 'earlier', 'updatedAt'] },
);

/** Dates an import may carry: ordinary ones, ones far in the future, and days that do not exist. */
export const awkwardDateArb = fc.oneof(
  { weight: 40, arbitrary: isoDateArb },
  fc.constantFrom('2099-12-31T23:59:59.000Z', '2026-13-45T10:00:00.000Z', '2026-02-30T10:00:00.000Z', 'yesterday'),
);

/** Ids of the site's real assessments and checklists, of nothing, of Object.prototype, and look-alikes. */
export const awkwardIdArb = fc.constantFrom(
  'mentor-self-assessment',
  'relationship-health-check',
  'first-meeting',
  'meeting-agenda',
  'no-such-thing',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'first-meeting\u200b',
);

const meetingArb = fc.record({
  id: fc.constantFrom('e1', 'e2', 'e3'),
  date: fc.oneof({ weight: 20, arbitrary: dayArb }, fc.constantFrom('2026-13-45', '2099-01-01')),
  ticked: fc.array(fc.constantFrom('agree-how-often-to-meet', 'unknown-item', 'toString'), { maxLength: 3 }),
  notes: fc.dictionary(fc.constantFrom('agree-how-often-to-meet', '__proto__', 'x'), fc.string({ maxLength: 12 }), { maxKeys: 2, noNullPrototype: true }),
  // Sometimes an action due on an impossible day, or one whose id another meeting uses too.
  actions: fc.array(
    fc.record({
      id: fc.constantFrom('a1', 'a2', '__proto__'),
      what: fc.constantFrom('Send the draft', 'Book a room'),
      who: fc.constantFrom('', 'Priya', 'mentor'),
      due: fc.oneof({ weight: 10, arbitrary: dayArb }, fc.constant('2026-02-30')),
      createdAt: awkwardDateArb,
    }),
    { maxLength: 1 },
  ),
  createdAt: awkwardDateArb,
  updatedAt: awkwardDateArb,
});

/** A checklist record that may repeat an entry id or carry an impossible date. */
export const awkwardChecklistArb = fc.record({
  // Format 1 (before actions: migrated on import, its actions dropped) or the current format 2.
  format: fc.constantFrom(1, 2),
  definitionVersion: fc.oneof(fc.nat(3), fc.constant(24)),
  // Mostly distinct entry ids, sometimes a repeated one.
  entries: fc.oneof({ weight: 5, arbitrary: fc.uniqueArray(meetingArb, { maxLength: 3, selector: (entry) => entry.id }) }, fc.array(meetingArb, { maxLength: 3 })),
});

/** An assessment record whose attempts may be from other versions, with answers to removed questions. */
export const awkwardAssessmentArb = fc.record({
  format: fc.constant(2),
  draft: fc.constant(null),
  attempts: fc.array(
    fc.record({
      id: fc.constantFrom('t1', 't2'),
      completedAt: awkwardDateArb,
      definitionVersion: fc.nat(3),
      answers: fc.dictionary(fc.constantFrom('removed-question', 'listen-before-advising'), fc.integer({ min: 0, max: 4 }), { maxKeys: 2, noNullPrototype: true }),
      scores: fc.dictionary(fc.constantFrom('listening', 'gone'), fc.integer({ min: 0, max: 100 }), { maxKeys: 2, noNullPrototype: true }),
    }),
    { maxLength: 2 },
  ),
});

/** An export file as the site writes one, holding some of the above. */
export const awkwardExportArb = fc
  .record({
    assessments: fc.dictionary(awkwardIdArb, awkwardAssessmentArb, { maxKeys: 3, noNullPrototype: true }),
    checklists: fc.dictionary(awkwardIdArb, awkwardChecklistArb, { maxKeys: 3, noNullPrototype: true }),
    tracks: fc.dictionary(fc.constantFrom('new-mentee', 'mentor-training', 'no-such-track', '__proto__'), trackArb, { maxKeys: 2, noNullPrototype: true }),
    agreement: fc.option(fc.record({ format: fc.constant(1), fields: fc.dictionary(fc.constantFrom('goals', 'mentorName'), fc.string({ maxLength: 30 }), { maxKeys: 2, noNullPrototype: true }), updatedAt: awkwardDateArb }), { nil: undefined }),
  })
  .map(({ assessments, checklists, tracks, agreement }) => ({
    format: 'mentorship-guide-export',
    version: 1,
    exportedAt: '2026-05-01T10:00:00.000Z',
    records: {
      ...Object.fromEntries(Object.entries(assessments).map(([id, record]) => [assessmentKey(id), record])),
      ...Object.fromEntries(Object.entries(checklists).map(([id, record]) => [checklistKey(id), record])),
      ...Object.fromEntries(Object.entries(tracks).map(([id, record]) => [trackKey(id), record])),
      ...(agreement ? { [AGREEMENT_KEY]: agreement } : {}),
    },
    unreadable: {},
  }));
