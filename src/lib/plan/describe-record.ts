/** How the saved development plan describes itself on "My saved data" (see src/lib/storage/record-describer.ts). */
import { field, latestDate, listOf, longDate, plural, type RecordDescriber } from '../storage/record-describer';

export const planDescriber: RecordDescriber = {
  lastChanged: (record) => latestDate([field(record, 'updatedAt')]),

  summary(record) {
    const goals = listOf(field(record, 'goals'));
    const done = goals.filter((goal) => field(goal, 'status') === 'done').length;
    const changed = latestDate([field(record, 'updatedAt')]);
    const parts = `${plural(goals.length, 'goal')}, ${done} done`;
    return changed ? `${parts}; last changed ${longDate(changed)}` : parts;
  },
};
