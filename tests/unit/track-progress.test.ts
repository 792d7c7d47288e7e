import { describe, expect, it } from 'vitest';
import { EMPTY_CHECKLIST, type ChecklistRecord } from '../../src/lib/checklist/checklist-record';
import { explainTrackRecord } from '../../src/lib/tracks/explain-record';
import { EMPTY_RECORD, type AssessmentRecord } from '../../src/lib/storage/assessment-record';
import { trackKey } from '../../src/lib/storage/keys';
import { SITE_REGISTRY } from '../../src/lib/storage/registry';
import { classifyKey, describeRecord } from '../../src/lib/storage/saved-data';
import { trackDescriber } from '../../src/lib/tracks/describe-record';
import { describeTrackProgress, stepStatus, trackProgress, type StepRef, type StepSources } from '../../src/lib/tracks/progress';
import { completedRun, finishedOn, runDetails } from '../../src/lib/tracks/completion';
import { toolSavedAt } from '../../src/lib/tracks/tool-records';
import type { TrackView } from '../../src/lib/tracks/steps';
import { startedAgain, withEarlierName, withName, withStep } from '../../src/lib/tracks/track-changes';
import { EMPTY_TRACK, trackCodec, type TrackRecord } from '../../src/lib/tracks/track-record';

const article: StepRef = { kind: 'article', id: 'first-meeting', key: 'article:first-meeting', minutes: 6 };
const assessment: StepRef = { kind: 'assessment', id: 'mentee-self-assessment', key: 'assessment:mentee-self-assessment', minutes: 7 };
const checklist: StepRef = { kind: 'checklist', id: 'first-meeting', key: 'checklist:first-meeting', minutes: 15, itemIds: ['a', 'b'] };
const tool: StepRef = { kind: 'tool', id: 'agreement', key: 'tool:agreement', minutes: 20 };
const steps = [article, assessment, checklist, tool];

const attempt = (completedAt: string) => ({ id: completedAt, completedAt, definitionVersion: 1, answers: {}, scores: {} });
const entry = (ticked: string[], updatedAt: string) => ({ id: updatedAt, ticked, notes: {}, actions: [], createdAt: updatedAt, updatedAt });

function sources({ attempts = [], entries = [], fields = {} }: { attempts?: string[]; entries?: ChecklistRecord['entries']; fields?: Record<string, string> } = {}): StepSources {
  const assessmentRecord: AssessmentRecord = { ...EMPTY_RECORD, attempts: attempts.map(attempt) };
  const checklistRecord: ChecklistRecord = { ...EMPTY_CHECKLIST, definitionVersion: 1, entries };
  return {
    assessment: () => assessmentRecord,
    checklist: () => checklistRecord,
    tool: (id) => toolSavedAt(id, JSON.stringify({ format: 1, fields, updatedAt: '2026-05-04T10:00:00.000Z' })),
  };
}
const READ_AT = new Date('2026-05-01T09:00:00.000Z');

describe('a step of a track', () => {
  it('counts an article as done once the reader marks it read, on that day', () => {
    expect(stepStatus(article, EMPTY_TRACK, sources())).toEqual({ done: false });
    const record = withStep(EMPTY_TRACK, article.key, { readAt: READ_AT.toISOString() }, READ_AT);
    expect(stepStatus(article, record, sources())).toEqual({ done: true, doneAt: '2026-05-01T09:00:00.000Z' });
  });

  it('counts an assessment as done when it has a completed attempt, dated by the latest', () => {
    expect(stepStatus(assessment, EMPTY_TRACK, sources()).done).toBe(false);
    expect(stepStatus(assessment, EMPTY_TRACK, sources({ attempts: ['2026-05-02T10:00:00.000Z', '2026-05-03T10:00:00.000Z'] }))).toEqual({
      done: true,
      doneAt: '2026-05-03T10:00:00.000Z',
    });
  });

  it('counts a checklist as done only when every item is ticked', () => {
    expect(stepStatus(checklist, EMPTY_TRACK, sources({ entries: [entry(['a'], '2026-05-02T10:00:00.000Z')] })).done).toBe(false);
    expect(stepStatus(checklist, EMPTY_TRACK, sources({ entries: [entry(['b', 'a', 'gone'], '2026-05-02T10:00:00.000Z')] }))).toEqual({
      done: true,
      doneAt: '2026-05-02T10:00:00.000Z',
    });
  });

  it('counts the agreement builder as done once something is saved in it', () => {
    expect(stepStatus(tool, EMPTY_TRACK, sources()).done).toBe(false);
    expect(stepStatus(tool, EMPTY_TRACK, sources({ fields: { goals: 'Publish' } }))).toEqual({ done: true, doneAt: '2026-05-04T10:00:00.000Z' });
  });

  it('counts the network and the plan as done once a person or a goal is saved, and never from unreadable or empty text', () => {
    const network: StepRef = { kind: 'tool', id: 'network', key: 'tool:network', minutes: 15 };
    const plan: StepRef = { kind: 'tool', id: 'plan', key: 'tool:plan', minutes: 20 };
    const stored: Record<string, string> = {
      network: JSON.stringify({ format: 1, people: [{ id: 'a', name: 'Dr Lee' }], snapshots: [], updatedAt: '2026-05-05T10:00:00.000Z' }),
      plan: JSON.stringify({ format: 1, goals: [], updatedAt: '2026-05-06T10:00:00.000Z' }),
    };
    const from = (texts: Record<string, string>): StepSources => ({ ...sources(), tool: (id) => toolSavedAt(id, texts[id]) });
    expect(stepStatus(network, EMPTY_TRACK, from(stored))).toEqual({ done: true, doneAt: '2026-05-05T10:00:00.000Z' });
    expect(stepStatus(plan, EMPTY_TRACK, from(stored)).done).toBe(false);
    const withGoal = { ...stored, plan: JSON.stringify({ format: 1, goals: [{ id: 'g' }], updatedAt: '2026-05-06T10:00:00.000Z' }) };
    expect(stepStatus(plan, EMPTY_TRACK, from(withGoal))).toEqual({ done: true, doneAt: '2026-05-06T10:00:00.000Z' });
    for (const broken of ['{"people":[1]', '"text"', '{"people":[1],"updatedAt":"soon"}', '']) expect(toolSavedAt('network', broken)).toBeUndefined();
    expect(toolSavedAt('a-tool-not-built', stored.network)).toBeUndefined();
  });

  it('after starting again, counts only what was done since', () => {
    const restarted = startedAgain(withStep(EMPTY_TRACK, article.key, { readAt: READ_AT.toISOString() }), new Date('2026-06-01T00:00:00.000Z'));
    const done = sources({ attempts: ['2026-05-03T10:00:00.000Z'], entries: [entry(['a', 'b'], '2026-05-02T10:00:00.000Z')], fields: { goals: 'x' } });
    expect(steps.map((step) => stepStatus(step, restarted, done).done)).toEqual([false, false, false, false]);
    const later = sources({ attempts: ['2026-06-02T10:00:00.000Z'] });
    expect(stepStatus(assessment, restarted, later).done).toBe(true);
  });
});

describe('a completed run and its record', () => {
  const view: TrackView = {
    id: 'new-mentor',
    title: 'New mentor',
    version: 3,
    minutes: 13,
    steps: [
      { ...article, title: 'The first meeting', href: '/a/', trackHref: '/a/?track', why: 'Why.', reflection: 'What will you change?' },
      { ...assessment, title: 'Mentee self-assessment', href: '/b/', trackHref: '/b/?track', why: 'Why.' },
    ],
  };
  const record = withName(withStep(EMPTY_TRACK, article.key, { readAt: READ_AT.toISOString(), reflection: '  Listen first.  ' }, READ_AT), 'Dr A. Reader', READ_AT);
  const statuses = [
    { done: true, doneAt: '2026-05-01T09:00:00.000Z' },
    { done: true, doneAt: '2026-05-03T23:30:00.000Z' },
  ];

  it('is there only once every step is done, with each step’s title, day and reflection', () => {
    expect(completedRun(view, record, [statuses[0]!, { done: false }])).toBeUndefined();
    const run = completedRun(view, record, statuses)!;
    expect(run).toEqual({
      version: 3,
      title: 'New mentor',
      minutes: 13,
      name: 'Dr A. Reader',
      steps: [
        { title: 'The first meeting', day: '2026-05-01', reflection: { question: 'What will you change?', text: 'Listen first.' } },
        { title: 'Mentee self-assessment', day: '2026-05-03' },
      ],
    });
    expect(finishedOn(run)).toBe('2026-05-03');
    expect(runDetails('new-mentor', run)).toEqual({ trackId: 'new-mentor', version: 3, name: 'Dr A. Reader', days: ['2026-05-01', '2026-05-03'], reflections: ['Listen first.', undefined] });
  });

  it('is kept, to print again, when the reader starts the track again; a run not finished is not', () => {
    const run = completedRun(view, record, statuses)!;
    const restarted = startedAgain(record, new Date('2027-05-01T00:00:00.000Z'), run);
    expect(restarted.earlier).toEqual([run]);
    expect(restarted.steps).toEqual({});
    expect(restarted.name).toBe('Dr A. Reader');
    const again = startedAgain(restarted, new Date('2027-06-01T00:00:00.000Z'));
    expect(again.earlier).toEqual([run]);
    expect(trackCodec.parse(trackCodec.serialise(again))).toEqual({ status: 'ok', record: again });
  });

  it('takes a name typed later for an earlier run, and leaves the other runs alone', () => {
    const run = { ...completedRun(view, record, statuses)!, name: '' };
    const restarted = startedAgain(startedAgain(record, READ_AT, run), READ_AT, run);
    const named = withEarlierName(restarted, 1, 'Dr B. Reader');
    expect(named.earlier.map((earlier) => earlier.name)).toEqual(['', 'Dr B. Reader']);
    expect(withEarlierName(restarted, 5, 'x')).toBe(restarted);
  });
});

describe('progress through a track', () => {
  it('says how many steps are done, how long the rest take, and which is next', () => {
    const progress = trackProgress(steps, [{ done: true }, { done: false }, { done: true }, { done: false }]);
    expect(progress).toEqual({ done: 2, total: 4, minutesLeft: 27, next: 1, complete: false });
    expect(describeTrackProgress(progress)).toBe('2 of 4 steps, about 27 minutes left');
  });

  it('is complete when every step is done', () => {
    const progress = trackProgress(steps, steps.map(() => ({ done: true })));
    expect(progress.complete).toBe(true);
    expect(progress.next).toBeUndefined();
    expect(describeTrackProgress(progress)).toBe('All 4 steps done');
  });
});

describe('the saved track record', () => {
  const record: TrackRecord = withName(withStep(withStep(EMPTY_TRACK, article.key, { readAt: READ_AT.toISOString() }, READ_AT), 'tool:agreement', { reflection: 'Say more.' }, READ_AT), 'Dr A. Reader', READ_AT);

  it('reads back what it saved', () => {
    expect(trackCodec.parse(trackCodec.serialise(record))).toEqual({ status: 'ok', record });
  });

  it('forgets a step once its mark and reflection are both cleared', () => {
    const cleared = withStep(withStep(record, article.key, { readAt: undefined }), 'tool:agreement', { reflection: '' });
    expect(cleared.steps).toEqual({});
  });

  it('keeps unreadable or newer text aside instead of guessing', () => {
    expect(trackCodec.parse('{"format":1,"name":"x","steps":{"article:a":{"readAt":"yesterday"}},"updatedAt":"2026-05-01"}')).toMatchObject({ status: 'corrupt', record: EMPTY_TRACK });
    expect(trackCodec.parse('{"format":3}')).toMatchObject({ status: 'newer' });
  });

  it('reads a record saved before earlier runs were kept (format 1), with no earlier runs and its progress intact', () => {
    const old = '{"format":1,"name":"Dr A. Reader","steps":{"article:first-meeting":{"readAt":"2026-05-01T09:00:00.000Z","reflection":"Ask more."}},"startedAt":"2026-04-01T00:00:00.000Z","updatedAt":"2026-05-01T09:00:00.000Z"}';
    const parsed = trackCodec.parse(old);
    expect(parsed.status).toBe('migrated');
    expect(parsed.record).toEqual({
      format: 2,
      name: 'Dr A. Reader',
      steps: { 'article:first-meeting': { readAt: '2026-05-01T09:00:00.000Z', reflection: 'Ask more.' } },
      startedAt: '2026-04-01T00:00:00.000Z',
      earlier: [],
      updatedAt: '2026-05-01T09:00:00.000Z',
    });
  });

  it('refuses an earlier run with a day that does not exist, and says which', () => {
    const run = { version: 1, title: 'T', minutes: 5, name: '', steps: [{ title: 'S', day: '2026-02-30' }] };
    expect(trackCodec.parse(JSON.stringify({ ...record, earlier: [run] })).status).toBe('corrupt');
    expect(explainTrackRecord({ ...record, earlier: [run] })).toBe('the earlier completion number 1 is not saved in a form this site knows.');
  });

  it('never takes a step from the object prototype', () => {
    const parsed = trackCodec.parse('{"format":1,"name":"","steps":{},"updatedAt":"2026-05-01T00:00:00Z"}');
    expect(stepStatus({ ...article, key: '__proto__' }, parsed.record, sources()).done).toBe(false);
  });

  it('is listed on "My saved data" as a track, with what was done', () => {
    const found = classifyKey(trackKey('new-mentee'), SITE_REGISTRY);
    expect(found).toMatchObject({ type: 'record', kind: 'track', id: 'new-mentee' });
    expect(describeRecord('track', 'new-mentee', record, { 'new-mentee': 'Track: New mentee' })).toEqual({
      title: 'Track: New mentee',
      detail: '1 article marked read; 1 reflection',
    });
    const run = { version: 1, title: 'T', minutes: 5, name: '', steps: [] };
    expect(describeRecord('track', 'new-mentee', { ...record, earlier: [run, run] }, {}).detail).toBe('1 article marked read; 1 reflection; completed 2 times before');
    expect(trackDescriber.lastChanged(record)).toBe('2026-05-01T09:00:00.000Z');
  });

  it('says which step is wrong when an import carries a bad one', () => {
    expect(explainTrackRecord({ format: 1, steps: { 'article:x': { readAt: 'soon' } } })).toBe('the step "article:x" is marked read on a day that does not exist.');
  });
});
