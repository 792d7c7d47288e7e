/**
 * What the site keeps for one track: the articles marked read, the reflections written, the name
 * typed for the record of completion, when the reader last started the track afresh (a refresher),
 * and each earlier completed run, as its record of completion said, so it can still be printed
 * after a refresher. Whether an assessment, checklist or tool step is done is read from that tool's own
 * record (see progress.ts), never copied here. Pure: no storage access.
 */
import { isDateString, isObject } from '../storage/guards';
import { recordCodec } from '../storage/record-format';

/** Format 2 added `earlier` (format 1 records have none). */
export const TRACK_FORMAT = 2;

export interface TrackStepProgress {
  /** When the reader marked the article read (articles only). */
  readAt?: string;
  /** The reader's answer to the step's reflection question. */
  reflection?: string;
}

/** One step of a completed run, as its record of completion printed it. */
export interface CompletedStep {
  title: string;
  /** The day it was done, YYYY-MM-DD. */
  day: string;
  reflection?: { question: string; text: string };
}

/** A run of the track taken to the end, kept when the reader starts the track again. */
export interface CompletedRun {
  version: number;
  title: string;
  minutes: number;
  name: string;
  steps: CompletedStep[];
}

export interface TrackRecord {
  format: typeof TRACK_FORMAT;
  /** The name the reader typed for the record of completion (kept only in this browser). */
  name: string;
  /** Step key ("article:first-meeting") → what the reader did on the track page. */
  steps: Record<string, TrackStepProgress>;
  /** When the reader started the track again: steps done before it count for the old run only. */
  startedAt?: string;
  /** Runs completed before the reader started again, oldest first. */
  earlier: CompletedRun[];
  updatedAt: string;
}

export const EMPTY_TRACK: TrackRecord = Object.freeze({
  format: TRACK_FORMAT,
  name: '',
  steps: Object.freeze({}) as Record<string, TrackStepProgress>,
  earlier: Object.freeze([]) as unknown as CompletedRun[],
  updatedAt: new Date(0).toISOString(),
}) as TrackRecord;

/** Why one step's saved progress cannot be kept, or undefined when it is sound. */
export function stepProblem(key: string, value: unknown): string | undefined {
  const named = `the step "${key.slice(0, 60)}"`;
  if (!isObject(value) || Object.keys(value).some((field) => field !== 'readAt' && field !== 'reflection')) return `${named} is not saved in a form this site knows.`;
  if (value.readAt !== undefined && !isDateString(value.readAt)) return `${named} is marked read on a day that does not exist.`;
  if (value.reflection !== undefined && typeof value.reflection !== 'string') return `${named} has a reflection that is not text.`;
  return undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isText = (value: unknown): value is string => typeof value === 'string';

function isCompletedStep(value: unknown): value is CompletedStep {
  if (!isObject(value) || !isText(value.title) || !isText(value.day) || !DAY.test(value.day) || !isDateString(value.day)) return false;
  const { reflection } = value;
  return reflection === undefined || (isObject(reflection) && isText(reflection.question) && isText(reflection.text));
}

/** Why an earlier run cannot be kept, or undefined when it is sound. */
export function runProblem(index: number, value: unknown): string | undefined {
  const ok =
    isObject(value) &&
    Number.isInteger(value.version) &&
    (value.version as number) >= 1 &&
    isText(value.title) &&
    Number.isInteger(value.minutes) &&
    isText(value.name) &&
    Array.isArray(value.steps) &&
    value.steps.every(isCompletedStep);
  return ok ? undefined : `the earlier completion number ${index + 1} is not saved in a form this site knows.`;
}

export function isTrackRecord(value: unknown): value is TrackRecord {
  return (
    isObject(value) &&
    value.format === TRACK_FORMAT &&
    typeof value.name === 'string' &&
    isObject(value.steps) &&
    Object.entries(value.steps).every(([key, step]) => stepProblem(key, step) === undefined) &&
    (value.startedAt === undefined || isDateString(value.startedAt)) &&
    Array.isArray(value.earlier) &&
    value.earlier.every((run, index) => runProblem(index, run) === undefined) &&
    isDateString(value.updatedAt)
  );
}

export const trackCodec = recordCodec<TrackRecord>({
  format: TRACK_FORMAT,
  empty: EMPTY_TRACK,
  migrations: {
    /** Format 1 kept no earlier runs. */
    1: (old: Record<string, unknown>) => ({ ...old, format: 2, earlier: [] }),
  },
  isValid: isTrackRecord,
});
