/** How a saved assessment describes itself on "My saved data" (see src/lib/storage/record-describer.ts). */
import { isObject } from '../storage/guards';
import { field, latestDate, listOf, longDate, plural, type RecordDescriber } from '../storage/record-describer';

export const assessmentDescriber: RecordDescriber = {
  /** The draft's last change or the last completed attempt, whichever is later. */
  lastChanged(record) {
    const draft = field(record, 'draft');
    return latestDate([field(draft, 'updatedAt'), ...listOf(field(record, 'attempts')).map((a) => field(a, 'completedAt'))]);
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
