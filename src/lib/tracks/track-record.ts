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
  if (!isObject(value) || Object.keys(value).some((field) => field !== 'readAt' && field !== 'reflection')) return `${named} is not saved in a form this site knows.`;
  if (value.readAt !== undefined && !isDateString(value.readAt)) return `${named} is marked read on a day that does not exist.`;
  if (value.reflection !== undefined && typeof value.reflection !== 'string') return `${named} has a reflection that is not text.`;
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
