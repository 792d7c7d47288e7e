/** A conversation agenda added to the meeting-agenda checklist as the next meeting's actions. */
import { describe, expect, it } from 'vitest';
import { checklistCodec, EMPTY_CHECKLIST, type ChecklistEntry, type ChecklistRecord } from '../../src/lib/checklist/checklist-record';
import { withTopicsAdded } from '../../src/lib/share/meeting-agenda';

const NOW = '2026-03-10T09:00:00.000Z';
const entry = (id: string, date: string): ChecklistEntry => ({ id, date, ticked: [], notes: {}, actions: [], createdAt: `${date}T08:00:00.000Z`, updatedAt: `${date}T08:00:00.000Z` });
const create = () => entry('entry-new', '2026-03-10');
const topics = [
  { id: 'together-a', what: 'Talk about clear expectations' },
  { id: 'together-b', what: 'Talk about commitment' },
];

describe('adding a conversation agenda to the next meeting', () => {
  it('starts a meeting dated today when none is planned, with each topic for both partners', () => {
    const { record, entry: meeting, added } = withTopicsAdded(EMPTY_CHECKLIST, topics, NOW, 1, create);
    expect(added).toBe(2);
    expect(meeting.id).toBe('entry-new');
    expect(meeting.actions.map((action) => [action.what, action.who])).toEqual([
      ['Talk about clear expectations', 'Both of us'],
      ['Talk about commitment', 'Both of us'],
    ]);
    expect(checklistCodec.isValid(record)).toBe(true);
  });

  it('adds to the earliest meeting planned for today or later, leaving past meetings alone', () => {
    const start: ChecklistRecord = { ...EMPTY_CHECKLIST, definitionVersion: 1, entries: [entry('past', '2026-03-01'), entry('later', '2026-04-20'), entry('next', '2026-03-24')] };
    const { record, entry: meeting } = withTopicsAdded(start, topics, NOW, 1, create);
    expect(meeting.id).toBe('next');
    expect(record.entries.map((candidate) => [candidate.id, candidate.actions.length])).toEqual([
      ['past', 0],
      ['later', 0],
      ['next', 2],
    ]);
  });

  it('adds the same agenda once, however often the button is pressed', () => {
    const first = withTopicsAdded(EMPTY_CHECKLIST, topics, NOW, 1, create);
    const second = withTopicsAdded(first.record, topics, NOW, 1, () => entry('another', '2026-03-10'));
    expect(second.added).toBe(0);
    expect(second.record).toBe(first.record);
    expect(checklistCodec.isValid(second.record)).toBe(true);
  });
});
