/** How a saved checklist describes itself on "My saved data" (see src/lib/storage/record-describer.ts). */
import { isCalendarDay, isDateString, isObject } from '../storage/guards';
import { actionProblem, allActions, CHECKLIST_FORMAT, repeatedEntryId } from './checklist-record';
import { field, latestDate, listOf, longDate, plural, type RecordDescriber } from '../storage/record-describer';

export const checklistDescriber: RecordDescriber = {
  /** The latest change to any entry (or to the record, should it ever carry `updatedAt`). */
  lastChanged(record) {
    const entries = listOf(field(record, 'entries'));
    return latestDate([field(record, 'updatedAt'), ...entries.flatMap((entry) => [field(entry, 'updatedAt'), field(entry, 'createdAt')])]);
  },

  /** Why a record (of the current format, or an older one) is refused, in words a reader can act on. */
  explain(value) {
    if (!isObject(value) || !Array.isArray(value.entries)) return undefined;
    const entries = value.entries.filter(isObject);
    const badDate = entries.find((entry) => entry.date !== undefined && !isCalendarDay(entry.date));
    if (badDate) return `one of its meetings is dated "${String(badDate.date).slice(0, 40)}", which is not a real day.`;
    const repeated = repeatedEntryId(entries.filter((entry): entry is { id: string } => typeof entry.id === 'string'));
    if (repeated !== undefined) return `two of its entries share one id ("${repeated.slice(0, 40)}"), so a change to one would overwrite the other.`;
    // Actions came with format 2 (a format-1 record gets an empty list of them when it loads).
    if (value.format !== CHECKLIST_FORMAT) return undefined;
    if (entries.some((entry) => !Array.isArray(entry.actions))) return 'one of its entries has no list of actions.';
    const actions = allActions(entries);
    const problem = actions.map(actionProblem).find((found) => found !== undefined);
    if (problem) return problem;
    const twin = repeatedEntryId(actions as { id: string }[]);
    if (twin !== undefined) return `two of its actions share one id ("${twin.slice(0, 40)}"), so a change to one would overwrite the other.`;
    return undefined;
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
