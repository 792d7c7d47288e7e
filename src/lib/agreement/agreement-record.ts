/**
 * What the site keeps in localStorage for the mentoring agreement being drafted, and how a
 * stored string is read back safely. Pure: no storage access here (see record-store.ts).
 */
import { isDateString, isObject, isStringRecord } from '../storage/guards';
import { recordCodec } from '../storage/record-format';

/** The current record format. Raise it with a migration whenever the shape changes. */
export const AGREEMENT_FORMAT = 1;

export interface AgreementRecord {
  format: typeof AGREEMENT_FORMAT;
  /** Field id → what was typed (dates as "2026-03-01", selects as the option's value). */
  fields: Record<string, string>;
  /** When any field last changed (ISO 8601). */
  updatedAt: string;
}

export const EMPTY_AGREEMENT: AgreementRecord = Object.freeze({
  format: AGREEMENT_FORMAT,
  fields: Object.freeze({}) as Record<string, string>,
  updatedAt: new Date(0).toISOString(),
});

/** One function per older format, each turning a record of that format into the next. None yet. */
export const AGREEMENT_MIGRATIONS: Record<number, (old: any) => unknown> = {};

const RECORD_KEYS = ['fields', 'format', 'updatedAt'];

/** Exactly the format-1 shape: no missing, extra or mistyped properties. */
export function isAgreementRecord(value: unknown): value is AgreementRecord {
  return (
    isObject(value) &&
    Object.keys(value).sort().join() === RECORD_KEYS.join() &&
    value.format === AGREEMENT_FORMAT &&
    isStringRecord(value.fields) &&
    isDateString(value.updatedAt)
  );
}

export const agreementCodec = recordCodec<AgreementRecord>({
  format: AGREEMENT_FORMAT,
  empty: EMPTY_AGREEMENT,
  migrations: AGREEMENT_MIGRATIONS,
  isValid: isAgreementRecord,
});

/** The record with one field changed (an empty value removes the field). */
export function withField(record: AgreementRecord, id: string, value: string, now: Date = new Date()): AgreementRecord {
  const fields = { ...record.fields };
  if (value === '') delete fields[id];
  else fields[id] = value;
  return { format: AGREEMENT_FORMAT, fields, updatedAt: now.toISOString() };
}

/** A record with every field cleared. */
export function clearedAgreement(now: Date = new Date()): AgreementRecord {
  return { format: AGREEMENT_FORMAT, fields: {}, updatedAt: now.toISOString() };
}
