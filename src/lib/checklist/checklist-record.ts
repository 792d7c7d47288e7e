/** What the site keeps for one checklist: ticks and notes per entry (one entry, or one per meeting). */
import { isCalendarDay, isDateString, isObject, isStringRecord } from '../storage/guards';
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
    value.id !== '' &&
    (value.date === undefined || isCalendarDay(value.date)) &&
    Array.isArray(value.ticked) &&
    value.ticked.every((id) => typeof id === 'string') &&
    isStringRecord(value.notes) &&
    isDateString(value.createdAt) &&
    isDateString(value.updatedAt)
  );
}

/** The first entry id used twice, if any: two entries with one id would overwrite each other. */
export function repeatedEntryId(entries: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

export function isChecklistRecord(value: unknown): value is ChecklistRecord {
  return (
    isObject(value) &&
    value.format === CHECKLIST_FORMAT &&
    Number.isInteger(value.definitionVersion) &&
    (value.definitionVersion as number) >= 0 &&
    Array.isArray(value.entries) &&
    value.entries.every(isEntry) &&
    repeatedEntryId(value.entries) === undefined
  );
}

export const checklistCodec = recordCodec<ChecklistRecord>({
  format: CHECKLIST_FORMAT,
  empty: EMPTY_CHECKLIST,
  migrations: {},
  isValid: isChecklistRecord,
});
