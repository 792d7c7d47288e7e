/** A meeting log's actions: which are still open at a meeting, and changing one wherever it lives. */
import type { ChecklistAction, ChecklistEntry, ChecklistRecord } from './checklist-record';
import { entriesNewestFirst } from './progress';

/** What the reader typed for an action, before it is saved. */
export interface ActionFields {
  what: string;
  who: string;
  due: string;
}

export const WHAT_MISSING = 'Enter what the action is, for example “Send the draft to Priya”';

/** The error message for an action's fields, or undefined when they can be saved. */
export const actionError = (fields: ActionFields): string | undefined => (fields.what.trim() === '' ? WHAT_MISSING : undefined);

/** An action made from typed fields (trimmed; an empty "by when" is left out). */
export function actionFrom(fields: ActionFields, id: string, createdAt: string): ChecklistAction {
  return { id, what: fields.what.trim(), who: fields.who.trim(), ...(fields.due ? { due: fields.due } : {}), createdAt };
}

/** Meetings oldest first: by date, then by when they were started. */
export const entriesOldestFirst = (entries: readonly ChecklistEntry[]) => entriesNewestFirst(entries).reverse();

export interface CarriedAction {
  action: ChecklistAction;
  /** The meeting it was agreed at. */
  from: ChecklistEntry;
}

/**
 * Actions from meetings before `entryId` that were still open at that meeting: not done, or
 * ticked done at that meeting or a later one. An action done at an earlier meeting (or at one
 * since deleted) no longer carries forward. Oldest meeting first.
 */
export function openActionsBefore(entries: readonly ChecklistEntry[], entryId: string): CarriedAction[] {
  const ordered = entriesOldestFirst(entries);
  const order = ordered.map((entry) => entry.id);
  const position = order.indexOf(entryId);
  if (position === -1) return [];
  return ordered
    .slice(0, position)
    .flatMap((from) => from.actions.filter(({ done }) => !done || order.indexOf(done.in) >= position).map((action) => ({ action, from })));
}

/**
 * The record with one action changed wherever it is (`change` returning undefined removes it);
 * the meeting it belongs to is marked changed at `now`. Unchanged if no meeting has the action.
 * Safe to apply twice (the record store may replay a change over another tab's write).
 */
export function withActionChanged(
  record: ChecklistRecord,
  actionId: string,
  change: (action: ChecklistAction) => ChecklistAction | undefined,
  now: string,
): ChecklistRecord {
  const entries = record.entries.map((entry) => {
    const found = entry.actions.find((action) => action.id === actionId);
    if (!found) return entry;
    const changed = change(found);
    const actions = changed ? entry.actions.map((action) => (action.id === actionId ? changed : action)) : entry.actions.filter((action) => action.id !== actionId);
    return { ...entry, actions, updatedAt: now };
  });
  return { ...record, entries };
}

/** The entry with an action added, or replaced if it is there already (a replayed change adds it once). */
export function withActionAdded(entry: ChecklistEntry, action: ChecklistAction): ChecklistEntry {
  const exists = entry.actions.some((candidate) => candidate.id === action.id);
  return { ...entry, actions: exists ? entry.actions.map((candidate) => (candidate.id === action.id ? action : candidate)) : [...entry.actions, action] };
}

/** "Mon 6 April 2026", for a day written YYYY-MM-DD (or the day of a timestamp). */
export const formatDay = (day: string) =>
  // Without the comma some browsers put after the weekday, so that every browser writes it alike.
  new Date(`${day.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).replace(',', '');

/** The day a meeting is for (the day it was started, if it has no date). */
export const meetingDay = (entry: ChecklistEntry) => entry.date ?? entry.createdAt.slice(0, 10);

/** "Open", or "Done on Mon 6 April 2026, at the meeting of Mon 6 April 2026", in words that do not rely on colour. */
export function actionStatus(action: ChecklistAction, entries: readonly ChecklistEntry[]): string {
  if (!action.done) return 'Open';
  const meeting = entries.find((entry) => entry.id === action.done!.in);
  return `Done on ${formatDay(action.done.at)}${meeting ? `, at the meeting of ${formatDay(meetingDay(meeting))}` : ''}`;
}

/** "Who: Priya, by Mon 20 April 2026": who does an action and by when, as far as they were given. */
export function actionOwner(action: ChecklistAction): string {
  return [action.who && `Who: ${action.who}`, action.due && `by ${formatDay(action.due)}`].filter(Boolean).join(', ');
}
