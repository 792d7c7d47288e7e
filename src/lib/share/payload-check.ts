/**
 * The compact array a share link carries (and a kept comparison stores), checked field by field:
 * the one part of share links that "My saved data" needs, so it is kept apart and small.
 */
import { isCalendarDay } from '../storage/guards';

export const MAX_NAME_LENGTH = 40;
export const MAX_QUESTIONS = 200;
export const KEY_LENGTH = 3;

/** What a share link carries: one completed attempt's answers, by question key, and who gave them. */
export interface SharedAnswers {
  assessmentId: string;
  definitionVersion: number;
  /** One key per question, in the order the sender's version asked them (see questionKey). */
  keys: string[];
  /** The answer to each question in `keys` (a scale value, 0–9), or null when not answered. */
  answers: (number | null)[];
  /** The day the attempt was completed, YYYY-MM-DD. */
  taken: string;
  /** The name or initials the sender chose to include. */
  name?: string;
}

export type Payload = [string, number, string, string, string] | [string, number, string, string, string, string];

const ANSWER = /^[0-9-]*$/;
const KEYS = /^[0-9a-z]*$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


/** The JSON array a link carries (and a kept comparison stores), checked field by field; undefined when anything is off. */
export function fromPayload(value: unknown): SharedAnswers | undefined {
  if (!Array.isArray(value) || value.length < 5 || value.length > 6) return undefined;
  const [assessmentId, definitionVersion, keys, answers, taken, name] = value as unknown[];
  if (typeof assessmentId !== 'string' || !ID.test(assessmentId) || assessmentId.length > 80) return undefined;
  if (!Number.isInteger(definitionVersion) || (definitionVersion as number) < 0) return undefined;
  if (typeof keys !== 'string' || typeof answers !== 'string' || !KEYS.test(keys) || !ANSWER.test(answers)) return undefined;
  const count = answers.length;
  if (count === 0 || count > MAX_QUESTIONS || keys.length !== count * KEY_LENGTH) return undefined;
  if (!isCalendarDay(taken)) return undefined;
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH || name !== name.trim())) return undefined;
  const keyList = Array.from({ length: count }, (_, index) => keys.slice(index * KEY_LENGTH, (index + 1) * KEY_LENGTH));
  if (new Set(keyList).size !== count) return undefined;
  return {
    assessmentId,
    definitionVersion: definitionVersion as number,
    keys: keyList,
    answers: [...answers].map((character) => (character === '-' ? null : Number(character))),
    taken,
    ...(name !== undefined ? { name } : {}),
  };
}

