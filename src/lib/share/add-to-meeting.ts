/** Adds a conversation agenda to the next meeting in the saved meeting agenda (loaded on demand by the Together page). */
import { checklistCodec, type ChecklistEntry } from '../checklist/checklist-record';
import { checklistKey } from '../storage/keys';
import { recordStore } from '../storage/record-store';
import { MEETING_AGENDA_ID, withTopicsAdded, type Added, type Topic } from './meeting-agenda';

/** Saves the topics as actions of the next meeting; undefined when the browser would not save. */
export function addTopicsToNextMeeting(topics: readonly Topic[], version: number): Added | undefined {
  const store = recordStore(checklistKey(MEETING_AGENDA_ID), checklistCodec);
  const now = new Date().toISOString();
  const entryId = `entry-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const create = (): ChecklistEntry => ({ id: entryId, date: now.slice(0, 10), ticked: [], notes: {}, actions: [], createdAt: now, updatedAt: now });
  let result: Added | undefined;
  const saved = store.update((current) => (result = withTopicsAdded(current, topics, now, version, create)).record);
  return saved ? result : undefined;
}
