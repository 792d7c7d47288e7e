/**
 * A conversation agenda added to the meeting-agenda checklist (a repeatable checklist: one dated
 * entry per meeting), as actions of the next meeting: each topic is something both partners
 * agreed to talk about, carried forward from meeting to meeting until it is ticked done.
 */
import { withActionAdded } from '../checklist/actions';
import type { ChecklistEntry, ChecklistRecord } from '../checklist/checklist-record';
import { withEntryChanged } from '../checklist/progress';

export const MEETING_AGENDA_ID = 'meeting-agenda';
export const BOTH_OF_US = 'Both of us';

export interface Topic {
  /** Stable for one comparison and area, so adding the same agenda twice adds it once. */
  id: string;
  what: string;
}

export interface Added {
  record: ChecklistRecord;
  /** The meeting the topics were added to. */
  entry: ChecklistEntry;
  /** How many topics were new (the rest were there already). */
  added: number;
}

/** The next meeting: the earliest dated today or later, if any (one being created has no later twin). */
export function nextMeeting(entries: readonly ChecklistEntry[], today: string): ChecklistEntry | undefined {
  return entries.filter((entry) => (entry.date ?? entry.createdAt.slice(0, 10)) >= today).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.createdAt.localeCompare(b.createdAt))[0];
}

/**
 * The record with each topic added as an action of the next meeting (a new meeting dated today
 * when none is planned), unless an action with its id is already kept anywhere. Safe to apply twice.
 */
export function withTopicsAdded(record: ChecklistRecord, topics: readonly Topic[], now: string, version: number, create: () => ChecklistEntry): Added {
  const existing = new Set(record.entries.flatMap((entry) => entry.actions.map((action) => action.id)));
  const fresh = topics.filter((topic) => !existing.has(topic.id));
  const holder = record.entries.find((entry) => entry.actions.some((action) => action.id === topics[0]?.id));
  if (fresh.length === 0 && holder) return { record, entry: holder, added: 0 };
  const today = now.slice(0, 10);
  const target = nextMeeting(record.entries, today);
  const result = withEntryChanged(
    record,
    target?.id,
    (entry) => fresh.reduce((changed, topic) => withActionAdded(changed, { id: topic.id, what: topic.what, who: BOTH_OF_US, createdAt: now }), { ...entry, updatedAt: now }),
    create,
  );
  return { record: { ...result.record, definitionVersion: Math.max(record.definitionVersion, version) }, entry: result.entry, added: fresh.length };
}
