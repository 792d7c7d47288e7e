/** Why a saved checklist (of the current format, or an older one) was refused on import, in words a reader can act on. */
import { isCalendarDay, isObject } from '../storage/guards';
import { actionProblem, allActions, CHECKLIST_FORMAT, repeatedEntryId } from './checklist-record';

export function explainChecklistRecord(value: unknown): string | undefined {
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
}
