/**
 * What the site keeps for one checklist: ticks, notes and actions per entry (one entry, or one
 * per meeting). Format 2 added actions; a format-1 record loads as one with no actions.
 */
import { isCalendarDay, isDateString, isObject, isStringRecord } from '../storage/guards';
import { recordCodec } from '../storage/record-format';

export const CHECKLIST_FORMAT = 2;

/** Something agreed at a meeting: what, who and by when, and once done, when and in which meeting. */
export interface ChecklistAction {
  id: string;
  what: string;
  /** Free text: "Priya", "mentor". */
  who: string;
  /** The day it is due (YYYY-MM-DD), if one was agreed. */
  due?: string;
  /** When it was ticked done, and the id of the meeting it was ticked in. */
  done?: { at: string; in: string };
  createdAt: string;
}

export interface ChecklistEntry {
  id: string;
  /** The meeting date (YYYY-MM-DD) of a repeatable checklist's entry. */
  date?: string;
  /** Ids of ticked items. */
  ticked: string[];
  /** Private notes by item id. */
  notes: Record<string, string>;
  /** Actions agreed at this meeting. */
  actions: ChecklistAction[];
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

const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Why an action cannot be kept, in words a reader can act on, or undefined when it is sound. */
export function actionProblem(value: unknown): string | undefined {
  if (!isObject(value) || !isId(value.id)) return 'one of its actions has no id.';
  if (typeof value.what !== 'string' || value.what.trim() === '') return 'one of its actions does not say what is to be done.';
  const named = `the action "${value.what.slice(0, 40)}"`;
  if (typeof value.who !== 'string') return `${named} has no text for who does it.`;
  if (value.due !== undefined && !isCalendarDay(value.due)) return `${named} is due on "${String(value.due).slice(0, 40)}", which is not a real day.`;
  if (value.done !== undefined && !(isObject(value.done) && isDateString(value.done.at) && isId(value.done.in))) return `${named} is marked done without a date and meeting.`;
  if (!isDateString(value.createdAt)) return `${named} has no valid creation date.`;
  return undefined;
}

function isEntry(value: unknown): value is ChecklistEntry {
  return (
    isObject(value) &&
    isId(value.id) &&
    (value.date === undefined || isCalendarDay(value.date)) &&
    Array.isArray(value.ticked) &&
    value.ticked.every((id) => typeof id === 'string') &&
    isStringRecord(value.notes) &&
    Array.isArray(value.actions) &&
    value.actions.every((action) => actionProblem(action) === undefined) &&
    isDateString(value.createdAt) &&
    isDateString(value.updatedAt)
  );
}

/** The first id used twice, if any: two entries (or actions) with one id would overwrite each other. */
export function repeatedEntryId(entries: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** Every action in a record, whichever meeting it belongs to. */
export const allActions = (entries: readonly { actions?: unknown }[]): unknown[] =>
  entries.flatMap((entry) => (Array.isArray(entry.actions) ? entry.actions : []));

export function isChecklistRecord(value: unknown): value is ChecklistRecord {
  return (
    isObject(value) &&
    value.format === CHECKLIST_FORMAT &&
    Number.isInteger(value.definitionVersion) &&
    (value.definitionVersion as number) >= 0 &&
    Array.isArray(value.entries) &&
    value.entries.every(isEntry) &&
    repeatedEntryId(value.entries) === undefined &&
    repeatedEntryId(allActions(value.entries) as ChecklistAction[]) === undefined
  );
}

export const checklistCodec = recordCodec<ChecklistRecord>({
  format: CHECKLIST_FORMAT,
  empty: EMPTY_CHECKLIST,
  migrations: {
    // Format 1 had no actions: every entry gets an empty list, and nothing else changes.
    1: (old: { entries?: unknown }) => ({
      ...old,
      format: 2,
      entries: Array.isArray(old.entries) ? old.entries.map((entry) => (isObject(entry) ? { ...entry, actions: [] } : entry)) : old.entries,
    }),
  },
  isValid: isChecklistRecord,
});
