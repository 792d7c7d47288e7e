/**
 * What the site keeps in localStorage for one assessment, how that format has changed over
 * time, and how a stored string is read back safely. Pure: no storage access here.
 */
import type { Answer, Answers } from '../assessment/types';

/** The current record format. Raise it with a migration whenever the shape changes. */
export const RECORD_FORMAT = 2;

export interface Draft {
  answers: Answers;
  /** Index of the question the user was on. */
  position: number;
  definitionVersion: number;
  startedAt: string;
  updatedAt: string;
}

export interface Attempt {
  id: string;
  completedAt: string;
  definitionVersion: number;
  answers: Answers;
  /** Domain id → percentage, as scored when the attempt was completed. */
  scores: Record<string, number>;
}

export interface AssessmentRecord {
  format: typeof RECORD_FORMAT;
  draft: Draft | null;
  /** Completed attempts, oldest first. */
  attempts: Attempt[];
}

export const EMPTY_RECORD: AssessmentRecord = Object.freeze({ format: RECORD_FORMAT, draft: null, attempts: [] }) as AssessmentRecord;

/** Format 1 (before attempt history): one set of answers and a position. */
export interface RecordV1 {
  format: 1;
  answers: Answers;
  position: number;
  savedAt: string;
}

/** One function per format, each turning a record of that format into the next. */
export const MIGRATIONS: Record<number, (old: any) => unknown> = {
  1: (old: RecordV1): AssessmentRecord => ({
    format: 2,
    draft: {
      answers: old.answers,
      position: old.position,
      // Format 1 predates versioned definitions: its answers were given to version 1.
      definitionVersion: 1,
      startedAt: old.savedAt,
      updatedAt: old.savedAt,
    },
    attempts: [],
  }),
};

export type LoadStatus = 'empty' | 'ok' | 'migrated' | 'corrupt' | 'newer';

export interface LoadResult {
  status: LoadStatus;
  record: AssessmentRecord;
  /** The stored text when it could not be read: it must be kept, never overwritten. */
  unreadable?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

function isAnswer(value: unknown): value is Answer {
  return (
    (typeof value === 'number' && Number.isFinite(value)) ||
    typeof value === 'string' ||
    (Array.isArray(value) && value.every((entry) => typeof entry === 'string'))
  );
}

function isAnswers(value: unknown): value is Answers {
  return isObject(value) && Object.values(value).every(isAnswer);
}

function isDraft(value: unknown): value is Draft {
  return (
    isObject(value) &&
    isAnswers(value.answers) &&
    isCount(value.position) &&
    isCount(value.definitionVersion) &&
    isDate(value.startedAt) &&
    isDate(value.updatedAt)
  );
}

function isAttempt(value: unknown): value is Attempt {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    isDate(value.completedAt) &&
    isCount(value.definitionVersion) &&
    isAnswers(value.answers) &&
    isObject(value.scores) &&
    Object.values(value.scores).every((score) => typeof score === 'number' && Number.isFinite(score))
  );
}

export function isAssessmentRecord(value: unknown): value is AssessmentRecord {
  return (
    isObject(value) &&
    value.format === RECORD_FORMAT &&
    (value.draft === null || isDraft(value.draft)) &&
    Array.isArray(value.attempts) &&
    value.attempts.every(isAttempt)
  );
}

/** Reads a stored string. Never throws; anything it cannot read comes back as `unreadable`. */
export function parseAssessmentRecord(stored: string | null | undefined): LoadResult {
  if (stored === null || stored === undefined || stored === '') return { status: 'empty', record: EMPTY_RECORD };
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return { status: 'corrupt', record: EMPTY_RECORD, unreadable: stored };
  }
  if (!isObject(value) || !Number.isInteger(value.format) || (value.format as number) < 1) {
    return { status: 'corrupt', record: EMPTY_RECORD, unreadable: stored };
  }
  if ((value.format as number) > RECORD_FORMAT) return { status: 'newer', record: EMPTY_RECORD, unreadable: stored };

  let migrated = false;
  try {
    while ((value as { format: number }).format < RECORD_FORMAT) {
      value = MIGRATIONS[(value as { format: number }).format]!(value);
      migrated = true;
    }
  } catch {
    return { status: 'corrupt', record: EMPTY_RECORD, unreadable: stored };
  }
  if (!isAssessmentRecord(value)) return { status: 'corrupt', record: EMPTY_RECORD, unreadable: stored };
  return { status: migrated ? 'migrated' : 'ok', record: value };
}

export function serialiseAssessmentRecord(record: AssessmentRecord): string {
  return JSON.stringify(record);
}
