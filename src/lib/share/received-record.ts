/**
 * A partner's answers the reader chose to keep (from a share link), so the comparison is there
 * next time: one record per assessment, holding each kept set as the link carried it.
 */
import { isDateString, isObject } from '../storage/guards';
import { recordCodec } from '../storage/record-format';
import { field, latestDate, listOf, longDate, plural, type RecordDescriber } from '../storage/record-describer';
import { fromPayload, type Payload } from './link';

export const RECEIVED_FORMAT = 1;

export interface KeptAnswers {
  id: string;
  keptAt: string;
  /** As the link carried it: [assessment id, version, question keys, answers, day taken, name?]. */
  payload: Payload;
}

export interface ReceivedRecord {
  format: typeof RECEIVED_FORMAT;
  /** Oldest first. */
  kept: KeptAnswers[];
}

export const EMPTY_RECEIVED: ReceivedRecord = Object.freeze({ format: RECEIVED_FORMAT, kept: [] }) as unknown as ReceivedRecord;

const isKept = (value: unknown): value is KeptAnswers =>
  isObject(value) && typeof value.id === 'string' && value.id !== '' && isDateString(value.keptAt) && fromPayload(value.payload) !== undefined;

export function isReceivedRecord(value: unknown): value is ReceivedRecord {
  return (
    isObject(value) &&
    value.format === RECEIVED_FORMAT &&
    Array.isArray(value.kept) &&
    value.kept.every(isKept) &&
    new Set(value.kept.map((kept: KeptAnswers) => kept.id)).size === value.kept.length
  );
}

export const receivedCodec = recordCodec<ReceivedRecord>({
  format: RECEIVED_FORMAT,
  empty: EMPTY_RECEIVED,
  // Format 1 is the first: a later format adds its migration from 1 here.
  migrations: {},
  isValid: isReceivedRecord,
});

/** "Sam's answers, taken 3 March 2026" for one kept set; never throws. */
export function keptWords(payload: unknown): string {
  const fields = listOf(payload);
  const name = typeof fields[5] === 'string' ? `${fields[5]}’s` : 'A partner’s';
  return isDateString(fields[4]) ? `${name} answers, taken ${longDate(fields[4])}` : `${name} answers`;
}

export const receivedDescriber: RecordDescriber = {
  lastChanged: (record) => latestDate(listOf(field(record, 'kept')).map((kept) => field(kept, 'keptAt'))),
  summary(record) {
    const kept = listOf(field(record, 'kept'));
    if (kept.length === 0) return 'Nothing kept';
    return `${plural(kept.length, 'set')} of answers kept; latest: ${keptWords(field(kept.at(-1), 'payload'))}`;
  },
};
