/**
 * What the site keeps for one track: the articles marked read, the reflections written, the name
 * typed for the record of completion, and when the reader last started the track afresh (a
 * refresher). Whether an assessment, checklist or tool step is done is read from that tool's own
 * record (see progress.ts), never copied here. Pure: no storage access.
 */
import { isDateString, isObject } from '../storage/guards';
import { recordCodec } from '../storage/record-format';

export const TRACK_FORMAT = 1;

export interface TrackStepProgress {
  /** When the reader marked the article read (articles only). */
  readAt?: string;
  /** The reader's answer to the step's reflection question. */
  reflection?: string;
}

export interface TrackRecord {
  format: typeof TRACK_FORMAT;
  /** The name the reader typed for the record of completion (kept only in this browser). */
  name: string;
  /** Step key ("article:first-meeting") → what the reader did on the track page. */
  steps: Record<string, TrackStepProgress>;
  /** When the reader started the track again: steps done before it count for the old run only. */
  startedAt?: string;
  updatedAt: string;
}

export const EMPTY_TRACK: TrackRecord = Object.freeze({
  format: TRACK_FORMAT,
  name: '',
  steps: Object.freeze({}) as Record<string, TrackStepProgress>,
  updatedAt: new Date(0).toISOString(),
}) as TrackRecord;

/** Why one step's saved progress cannot be kept, or undefined when it is sound. */
export function stepProblem(key: string, value: unknown): string | undefined {
  const named = `the step "${key.slice(0, 60)}"`;
  if (!isObject(value)) return `${named} is not saved as a set of details.`;
  if (value.readAt !== undefined && !isDateString(value.readAt)) return `${named} is marked read on "${String(value.readAt).slice(0, 40)}", which is not a real date.`;
  if (value.reflection !== undefined && typeof value.reflection !== 'string') return `${named} has a reflection that is not text.`;
  const extra = Object.keys(value).find((field) => field !== 'readAt' && field !== 'reflection');
  if (extra !== undefined) return `${named} has a field this site does not know ("${extra.slice(0, 40)}").`;
  return undefined;
}

export function isTrackRecord(value: unknown): value is TrackRecord {
  return (
    isObject(value) &&
    value.format === TRACK_FORMAT &&
    typeof value.name === 'string' &&
    isObject(value.steps) &&
    Object.entries(value.steps).every(([key, step]) => stepProblem(key, step) === undefined) &&
    (value.startedAt === undefined || isDateString(value.startedAt)) &&
    isDateString(value.updatedAt)
  );
}

export const trackCodec = recordCodec<TrackRecord>({
  format: TRACK_FORMAT,
  empty: EMPTY_TRACK,
  migrations: {},
  isValid: isTrackRecord,
});

/** A step's saved progress, never one inherited from Object.prototype ("__proto__", "toString"). */
export function stepProgress(record: TrackRecord, key: string): TrackStepProgress {
  return Object.hasOwn(record.steps, key) ? record.steps[key]! : {};
}

/** The record with one step's progress changed; a step left with nothing is removed. */
export function withStep(record: TrackRecord, key: string, change: Partial<TrackStepProgress>, now: Date = new Date()): TrackRecord {
  const step: TrackStepProgress = { ...stepProgress(record, key), ...change };
  if (step.readAt === undefined) delete step.readAt;
  if (step.reflection === undefined || step.reflection === '') delete step.reflection;
  const steps = { ...record.steps };
  if (Object.keys(step).length === 0) delete steps[key];
  else steps[key] = step;
  return { ...record, steps, updatedAt: now.toISOString() };
}

export function withName(record: TrackRecord, name: string, now: Date = new Date()): TrackRecord {
  return { ...record, name, updatedAt: now.toISOString() };
}

/** The track taken again (a refresher): marks and reflections cleared, the name kept. */
export function startedAgain(record: TrackRecord, now: Date = new Date()): TrackRecord {
  return { format: TRACK_FORMAT, name: record.name, steps: {}, startedAt: now.toISOString(), updatedAt: now.toISOString() };
}
