/** The meeting log on paper: every meeting, newest first, with its ticked items, notes and actions. */
import { actionOwner, actionStatus, formatDay, meetingDay } from '../../lib/checklist/actions';
import type { ChecklistEntry } from '../../lib/checklist/checklist-record';
import { entriesNewestFirst } from '../../lib/checklist/progress';

export function MeetingLog({ entries, itemText }: { entries: readonly ChecklistEntry[]; itemText: Map<string, string> }) {
  if (entries.length === 0) return null;
  return (
    <section class="meeting-log print-only" aria-labelledby="meeting-log-heading">
      <h2 id="meeting-log-heading">Meeting log, newest meeting first</h2>
      {entriesNewestFirst(entries).map((entry) => {
        const ticked = entry.ticked.filter((id) => itemText.has(id));
        const notes = Object.entries(entry.notes).filter(([id, note]) => itemText.has(id) && note.trim() !== '');
        return (
          <article key={entry.id} class="meeting-log__meeting">
            <h3>Meeting of {formatDay(meetingDay(entry))}</h3>
            <p class="meeting-log__label">Agenda items covered</p>
            {ticked.length === 0 ? (
              <p>None ticked.</p>
            ) : (
              <ul>
                {ticked.map((id) => (
                  <li key={id}>{itemText.get(id)}</li>
                ))}
              </ul>
            )}
            {notes.length > 0 && <p class="meeting-log__label">Notes</p>}
            {notes.length > 0 && (
              <ul>
                {notes.map(([id, note]) => (
                  <li key={id}>
                    {itemText.get(id)!.replace(/\.$/, '')}: {note}
                  </li>
                ))}
              </ul>
            )}
            <p class="meeting-log__label">Actions agreed</p>
            {entry.actions.length === 0 ? (
              <p>None.</p>
            ) : (
              <ul>
                {entry.actions.map((action) => (
                  <li key={action.id}>
                    {action.what}
                    {actionOwner(action) && ` (${actionOwner(action)})`}: {actionStatus(action, entries)}
                  </li>
                ))}
              </ul>
            )}
          </article>
        );
      })}
    </section>
  );
}
