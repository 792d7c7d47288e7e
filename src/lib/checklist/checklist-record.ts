/** What the site keeps for one checklist: ticks and notes per entry (one entry, or one per meeting). */
import { isDateString, isObject, isStringRecord } from '../storage/guards';
import { recordCodec } from '../storage/record-format';

export const CHECKLIST_FORMAT = 1;

export interface ChecklistEntry {
  id: string;
  /** The meeting date (YYYY-MM-DD) of a repeatable checklist's entry. */
  date?: string;
  /** Ids of ticked items. */
  ticked: string[];
  /** Private notes by item id. */
  notes: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface ChecklistRecord {
  format: typeof CHECKLIST_FORMAT;
  definitionVersion: number;
  entries: ChecklistEntry[];
}

export const EMPTY_CHECKLIST: ChecklistRecord = Object.freeze({
  format: CHECKLIST_FORMAT,
  definitionVersion: 0,
  entries: [],
}) as ChecklistRecord;

function isEntry(value: unknown): value is ChecklistEntry {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    (value.date === undefined || (typeof value.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.date))) &&
    Array.isArray(value.ticked) &&
    value.ticked.every((id) => typeof id === 'string') &&
    isStringRecord(value.notes) &&
    isDateString(value.createdAt) &&
    isDateString(value.updatedAt)
  );
}

export function isChecklistRecord(value: unknown): value is ChecklistRecord {
  return (
    isObject(value) &&
    value.format === CHECKLIST_FORMAT &&
    Number.isInteger(value.definitionVersion) &&
    Array.isArray(value.entries) &&
    value.entries.every(isEntry)
  );
}

export const checklistCodec = recordCodec<ChecklistRecord>({
  format: CHECKLIST_FORMAT,
  empty: EMPTY_CHECKLIST,
  migrations: {},
  isValid: isChecklistRecord,
});
