/**
 * A partner's answers the reader chose to keep (from a share link), so the comparison is there
 * next time: one record per assessment, holding each kept set as the link carried it.
 */
import { isDateString, isObject } from '../storage/guards';
import { recordCodec } from '../storage/record-format';
import { fromPayload, type Payload } from './payload-check';

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

const codec = recordCodec<ReceivedRecord>({
  format: RECEIVED_FORMAT,
  empty: EMPTY_RECEIVED,
  // Format 1 is the first: a later format adds its migration from 1 here.
  migrations: {},
  isValid: isReceivedRecord,
});

/** Forgetting the last kept answers leaves nothing behind: an empty record serialises to nothing, which removes the key. */
export const receivedCodec: typeof codec = {
  ...codec,
  serialise: (record) => (record.kept.length === 0 ? (undefined as unknown as string) : codec.serialise(record)),
};

