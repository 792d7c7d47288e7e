/** How a saved assessment describes itself on "My saved data" (see src/lib/storage/record-describer.ts). */
import { isObject } from '../storage/guards';
import { field, latestDate, listOf, longDate, plural, type RecordDescriber } from '../storage/record-describer';

export const assessmentDescriber: RecordDescriber = {
  /** The draft's last change or the last completed attempt, whichever is later. */
  lastChanged(record) {
    const draft = field(record, 'draft');
    return latestDate([field(draft, 'updatedAt'), ...listOf(field(record, 'attempts')).map((a) => field(a, 'completedAt'))]);
  },

  /** Why a record of the current format is refused, in words a reader can act on. */
  explain(value) {
    const attempts = listOf(field(value, 'attempts'));
    const ids = attempts.map((attempt) => field(attempt, 'id')).filter((id): id is string => typeof id === 'string');
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    return repeated === undefined ? undefined : `two of its attempts share one id ("${repeated.slice(0, 40)}"), so deleting one would delete the other.`;
  },

  summary(record) {
    const attempts = listOf(field(record, 'attempts'));
    const draft = field(record, 'draft');
    const inProgress = isObject(draft);
    if (attempts.length === 0) {
      if (!inProgress) return 'Nothing saved yet';
      const changed = latestDate([draft.updatedAt, draft.startedAt]);
      return changed ? `In progress, last changed ${longDate(changed)}` : 'In progress';
    }
    const last = latestDate(attempts.map((attempt) => field(attempt, 'completedAt')));
    const when = last ? `, ${attempts.length === 1 ? 'on' : 'last on'} ${longDate(last)}` : '';
    return `${plural(attempts.length, 'attempt')}${when}${inProgress ? '; one in progress' : ''}`;
  },
};
