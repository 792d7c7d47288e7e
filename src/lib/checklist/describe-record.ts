/** How a saved checklist describes itself on "My saved data" (see src/lib/storage/record-describer.ts). */
import { isDateString, isObject } from '../storage/guards';
import { allActions } from './checklist-record';
import { field, latestDate, listOf, longDate, plural, type RecordDescriber } from '../storage/record-describer';

export const checklistDescriber: RecordDescriber = {
  /** The latest change to any entry (or to the record, should it ever carry `updatedAt`). */
  lastChanged(record) {
    const entries = listOf(field(record, 'entries'));
    return latestDate([field(record, 'updatedAt'), ...entries.flatMap((entry) => [field(entry, 'updatedAt'), field(entry, 'createdAt')])]);
  },

  summary(record, total) {
    const entries = listOf(field(record, 'entries')).filter(isObject);
    if (entries.length === 0) return 'Nothing ticked yet';

    const progress = (entry: Record<string, unknown>) => {
      const done = new Set(listOf(entry.ticked).filter((item) => typeof item === 'string')).size;
      if (total === undefined) return `${done} done`;
      return done >= total && total > 0 ? `All ${total} done` : `${done} of ${total} done`;
    };
    const notes = (entry: Record<string, unknown>) => {
      const count = isObject(entry.notes)
        ? Object.values(entry.notes).filter((note) => typeof note === 'string' && note.trim() !== '').length
        : 0;
      return count > 0 ? `; ${plural(count, 'note')}` : '';
    };
    const meeting = (entry: Record<string, unknown>) => (isDateString(entry.date) ? longDate(entry.date) : undefined);

    // Open actions, across every meeting: "; 2 open actions", or "; every action done".
    const actions = allActions(entries).filter(isObject);
    const open = actions.filter((action) => action.done === undefined).length;
    const actionsText = actions.length === 0 ? '' : open > 0 ? `; ${plural(open, 'open action')}` : '; every action done';

    if (entries.length === 1) {
      const only = entries[0]!;
      const date = meeting(only);
      return `${progress(only)}${notes(only)}${date ? `, for ${date}` : ''}${actionsText}`;
    }
    // Several entries (one per meeting): the latest meeting, or the latest created.
    const sortKey = (entry: Record<string, unknown>) => `${typeof entry.date === 'string' ? entry.date : ''}|${latestDate([entry.createdAt]) ?? ''}`;
    const latest = entries.reduce((best, entry) => (sortKey(entry) > sortKey(best) ? entry : best));
    const date = meeting(latest);
    return `${entries.length} filled in${actionsText.replace(';', ',')}; latest${date ? ` (${date})` : ''}: ${progress(latest)}${notes(latest)}`;
  },
};
