/**
 * What the site keeps in localStorage for one assessment, how that format has changed over
 * time, and how a stored string is read back safely. Pure: no storage access here.
 */
import type { Answer, Answers } from '../assessment/types';
import { isCount, isDateString, isObject } from './guards';
import { recordCodec } from './record-format';

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

export type { LoadResult, LoadStatus } from './record-format';

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
    isDateString(value.startedAt) &&
    isDateString(value.updatedAt)
  );
}

function isAttempt(value: unknown): value is Attempt {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    isDateString(value.completedAt) &&
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
    value.attempts.every(isAttempt) &&
    new Set(value.attempts.map((attempt) => attempt.id)).size === value.attempts.length
  );
}

export const assessmentCodec = recordCodec<AssessmentRecord>({
  format: RECORD_FORMAT,
  empty: EMPTY_RECORD,
  migrations: MIGRATIONS,
  isValid: isAssessmentRecord,
});

/** Reads a stored string. Never throws; anything it cannot read comes back as `unreadable`. */
export const parseAssessmentRecord = assessmentCodec.parse;
export const serialiseAssessmentRecord = assessmentCodec.serialise;
