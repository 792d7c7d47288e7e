/** How the saved network describes itself on "My saved data" (see src/lib/storage/record-describer.ts). */
import { field, latestDate, listOf, longDate, plural, type RecordDescriber } from '../storage/record-describer';

export const networkDescriber: RecordDescriber = {
  lastChanged: (record) => latestDate([field(record, 'updatedAt')]),

  summary(record) {
    const people = listOf(field(record, 'people')).length;
    const snapshots = listOf(field(record, 'snapshots')).length;
    const changed = latestDate([field(record, 'updatedAt')]);
    const parts = `${plural(people, 'person').replace('persons', 'people')}, ${plural(snapshots, 'snapshot')}`;
    return changed ? `${parts}; last changed ${longDate(changed)}` : parts;
  },
};
