/**
 * A meeting's actions: those still open from earlier meetings (tickable here), this meeting's own
 * (ticked, changed, removed), and a form to add one. Logic lives in src/lib/checklist/actions.ts.
 */
import { useRef, useState } from 'preact/hooks';
import { actionError, actionOwner, actionStatus, formatDay, meetingDay, type ActionFields, type CarriedAction } from '../../lib/checklist/actions';
import type { ChecklistAction, ChecklistEntry } from '../../lib/checklist/checklist-record';

const EMPTY: ActionFields = { what: '', who: '', due: '' };

interface FormProps {
  id: string;
  legend: string;
  submit: string;
  initial?: ActionFields;
  onSave(fields: ActionFields): void;
  onCancel?(): void;
}

/** What, who and by when, with a GOV.UK-style error message when "what" is left empty. */
function ActionForm({ id, legend, submit, initial = EMPTY, onSave, onCancel }: FormProps) {
  const [fields, setFields] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  /** Said by screen readers once an action is added, since focus stays in the form for the next one. */
  const [added, setAdded] = useState('');
  const what = useRef<HTMLInputElement>(null);
  const set = (name: keyof ActionFields) => (event: Event) => setFields({ ...fields, [name]: (event.currentTarget as HTMLInputElement).value });

  function save(event: Event) {
    event.preventDefault();
    const problem = actionError(fields);
    setError(problem);
    what.current?.focus();
    setAdded('');
    if (problem) return;
    onSave(fields);
    setFields(EMPTY);
    setAdded(`Saved: ${fields.what.trim()}`);
  }

  return (
    <form class="action-form" onSubmit={save} noValidate>
      <fieldset>
        <legend>{legend}</legend>
        <div class={`field${error ? ' field--error' : ''}`}>
          <label for={`${id}-what`}>What is to be done</label>
          {error && (
            <p class="error-message" id={`${id}-what-error`}>
              <span class="visually-hidden">Error:</span> {error}
            </p>
          )}
          <input
            id={`${id}-what`}
            ref={what}
            type="text"
            value={fields.what}
            onInput={set('what')}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-what-error` : undefined}
          />
        </div>
        <div class="field field--short">
          <label for={`${id}-who`}>Who</label>
          <input id={`${id}-who`} type="text" value={fields.who} onInput={set('who')} />
        </div>
        <div class="field field--short">
          <label for={`${id}-due`}>By when (optional)</label>
          <input id={`${id}-due`} type="date" value={fields.due} onInput={set('due')} />
        </div>
        <p class="visually-hidden" role="status">
          {added}
        </p>
        <div class="action-form__buttons">
          <button type="submit" class="button button--secondary">
            {submit}
          </button>
          {onCancel && (
            <button type="button" class="link-button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

interface RowProps {
  action: ChecklistAction;
  entries: readonly ChecklistEntry[];
  /** The meeting it came from, for an action carried forward. */
  from?: ChecklistEntry;
  onDone(done: boolean): void;
  onChange?(fields: ActionFields): void;
  onRemove?(): void;
}

function ActionRow({ action, entries, from, onDone, onChange, onRemove }: RowProps) {
  const [editing, setEditing] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const box = `action-${action.id}`;
  const stopEditing = () => {
    setEditing(false);
    setTimeout(() => changeButton.current?.focus());
  };
  if (editing && onChange) {
    return (
      <li class="action">
        <ActionForm
          id={`edit-${action.id}`}
          legend={`Change the action “${action.what}”`}
          submit="Save changes"
          initial={{ what: action.what, who: action.who, due: action.due ?? '' }}
          onSave={(fields) => {
            onChange(fields);
            stopEditing();
          }}
          onCancel={stopEditing}
        />
      </li>
    );
  }
  const owner = actionOwner(action);
  return (
    <li class="action">
      <div class="checklist-item__main">
        <input type="checkbox" id={box} checked={!!action.done} aria-describedby={`${box}-meta`} onChange={(event) => onDone((event.currentTarget as HTMLInputElement).checked)} />
        <label for={box}>{action.what}</label>
      </div>
      <p class="action__meta" id={`${box}-meta`}>
        {from && `From the meeting of ${formatDay(meetingDay(from))}. `}
        {owner && `${owner}. `}
        {actionStatus(action, entries)}
      </p>
      {onChange && onRemove && (
        <p class="action__buttons">
          <button type="button" class="link-button" ref={changeButton} onClick={() => setEditing(true)}>
            Change<span class="visually-hidden"> “{action.what}”</span>
          </button>{' '}
          <button type="button" class="link-button link-button--danger" onClick={onRemove}>
            Remove<span class="visually-hidden"> “{action.what}”</span>
          </button>
        </p>
      )}
    </li>
  );
}

export interface ActionHandlers {
  done(actionId: string, done: boolean): void;
  change(actionId: string, fields: ActionFields): void;
  remove(action: ChecklistAction): void;
  add(fields: ActionFields): void;
}

/** Open actions from earlier meetings, at the top of a meeting. */
export function CarriedActions({ carried, entries, on }: { carried: CarriedAction[]; entries: readonly ChecklistEntry[]; on: ActionHandlers }) {
  if (carried.length === 0) return null;
  return (
    <section class="actions-list actions-list--carried" aria-labelledby="carried-heading">
      <h2 id="carried-heading">Open actions from earlier meetings</h2>
      <p class="actions-list__hint">Tick an action when it is done: it then stops carrying forward to later meetings.</p>
      <ul>
        {carried.map(({ action, from }) => (
          <ActionRow key={action.id} action={action} from={from} entries={entries} onDone={(done) => on.done(action.id, done)} />
        ))}
      </ul>
    </section>
  );
}

/** This meeting's own actions, and the form to add one. */
export function OwnActions({ entry, entries, on }: { entry: ChecklistEntry | undefined; entries: readonly ChecklistEntry[]; on: ActionHandlers }) {
  const actions = entry?.actions ?? [];
  return (
    <section class="actions-list" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions from this meeting</h2>
      {actions.length === 0 ? (
        <p class="actions-list__hint">No actions agreed yet. Add each one with who will do it and, if agreed, by when.</p>
      ) : (
        <ul>
          {actions.map((action) => (
            <ActionRow
              key={action.id}
              action={action}
              entries={entries}
              onDone={(done) => on.done(action.id, done)}
              onChange={(fields) => on.change(action.id, fields)}
              onRemove={() => on.remove(action)}
            />
          ))}
        </ul>
      )}
      <ActionForm id="new-action" legend="Add an action" submit="Add action" onSave={on.add} />
    </section>
  );
}
