/**
 * A checklist whose ticks and notes are saved as they change: once, or as one dated entry per
 * meeting for a repeatable checklist (the meeting log, whose actions carry forward until done).
 * Logic lives in src/lib/checklist; this wires it up.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checklistCodec, EMPTY_CHECKLIST, type ChecklistEntry, type ChecklistRecord } from '../../lib/checklist/checklist-record';
import { describeProgress, entriesNewestFirst, progressOf, reconcileRecord, withEntryChanged } from '../../lib/checklist/progress';
import { actionFrom, formatDay, meetingDay, openActionsBefore, withActionAdded, withActionChanged, type ActionFields } from '../../lib/checklist/actions';
import { isCalendarDay } from '../../lib/storage/guards';
import { storedText } from '../../lib/storage/storage-health';
import { checklistKey, PLAN_KEY } from '../../lib/storage/keys';
import { recordStore } from '../../lib/storage/record-store';
import { StorageNotices } from '../shared/StorageNotices';
import { ChecklistItem } from './ChecklistItem';
import { CarriedActions, OwnActions, type ActionHandlers } from './MeetingActions';
import { MeetingLog } from './MeetingLog';
import type { ChecklistView } from './types';

interface Props {
  checklist: ChecklistView;
}

const UNDO_SECONDS = 10;
const now = () => new Date().toISOString();
const today = () => new Date().toISOString().slice(0, 10);
// Random, not the time alone: two tabs may make one in the same millisecond.
const newId = (kind: string) => `${kind}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function newEntry(date?: string): ChecklistEntry {
  const time = now();
  return { id: newId('entry'), ...(date ? { date } : {}), ticked: [], notes: {}, actions: [], createdAt: time, updatedAt: time };
}

export default function ChecklistRunner({ checklist }: Props) {
  const store = useMemo(() => recordStore(checklistKey(checklist.id), checklistCodec), [checklist.id]);
  const record = useStore(store.$record, { ssr: () => EMPTY_CHECKLIST });
  const notice = useStore(store.$notice);
  const [hydrated, setHydrated] = useState(false);
  const [openId, setOpenId] = useState<string | undefined>();
  const [undo, setUndo] = useState<{ message: string; restore(): void } | undefined>();
  const [changeNotice, setChangeNotice] = useState<string | undefined>();
  const undoButton = useRef<HTMLButtonElement>(null);
  const dateField = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const itemText = useMemo(() => new Map(checklist.sections.flatMap((section) => section.items.map((item) => [item.id, item.text] as const))), [checklist]);
  const itemIds = [...itemText.keys()];

  const [PlanGoals, setPlanGoals] = useState<typeof import('./PlanGoalsAgenda').PlanGoalsAgenda>();

  useEffect(() => {
    setHydrated(true);
    // The plan's goals join a meeting's agenda only in a browser that holds a plan: load them then.
    if (checklist.plan && storedText(PLAN_KEY) !== null) void import('./PlanGoalsAgenda').then(({ PlanGoalsAgenda }) => setPlanGoals(() => PlanGoalsAgenda));
  }, []);

  // Ticks saved against an earlier version of the checklist lose only what no longer exists;
  // a record from a newer version is kept exactly as it is.
  useEffect(() => {
    const result = reconcileRecord(store.$record.get(), itemIds, checklist.version);
    if (result.newer) {
      setChangeNotice(checklist.texts.savedByNewer);
      return;
    }
    if (result.record === store.$record.get()) return;
    store.save(result.record);
    const { dropped } = result;
    if (dropped > 0) {
      setChangeNotice(`This checklist has changed since you last used it: ${dropped} saved ${dropped === 1 ? 'tick or note was' : 'ticks or notes were'} for items that no longer exist and ${dropped === 1 ? 'was' : 'were'} removed.`);
    }
  }, [checklist, store]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => {
      if (document.activeElement === undoButton.current) resetButton.current?.focus();
      setUndo(undefined);
    }, UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [undo]);

  const sorted = entriesNewestFirst(record.entries);
  const entry = checklist.repeatable ? (sorted.find((candidate) => candidate.id === openId) ?? sorted[0]) : record.entries[0];
  const progress = progressOf(itemIds, entry);

  /** The version saved with a change: never lower than the record's own (see reconcileRecord). */
  const versionFor = (current: ChecklistRecord) => Math.max(current.definitionVersion, checklist.version);

  /**
   * Applies a change to the open entry as it is stored now (another tab may have changed it),
   * creating the entry (dated today for a meeting) if there is none yet.
   */
  function change(update: (entry: ChecklistEntry) => ChecklistEntry) {
    const openEntryId = openId ?? entry?.id;
    const created = newEntry(checklist.repeatable ? today() : undefined);
    let createdId: string | undefined;
    store.update((current) => {
      // A single checklist has one entry: change it, whatever its id, rather than add a second.
      const target = checklist.repeatable ? openEntryId : current.entries[0]?.id;
      const result = withEntryChanged(current, target, (found) => ({ ...update(found), updatedAt: now() }), () => created);
      createdId = result.entry.id === created.id ? created.id : undefined;
      return { ...result.record, definitionVersion: versionFor(current) };
    });
    if (createdId && checklist.repeatable) setOpenId(createdId);
  }

  function tick(itemId: string, ticked: boolean) {
    change((entry) => ({
      ...entry,
      ticked: ticked ? [...entry.ticked.filter((id) => id !== itemId), itemId] : entry.ticked.filter((id) => id !== itemId),
    }));
  }

  function note(itemId: string, text: string) {
    change((entry) => {
      const notes = { ...entry.notes };
      if (text) notes[itemId] = text;
      else delete notes[itemId];
      return { ...entry, notes };
    });
  }

  /** Something was cleared or removed: offer to put it back for a few seconds, with focus on "Undo". */
  function offerUndo(message: string, restore: () => void) {
    setUndo({ message, restore });
    setTimeout(() => undoButton.current?.focus());
  }

  function reset() {
    if (!entry) return;
    const { ticked, notes } = entry;
    change((current) => ({ ...current, ticked: [], notes: {} }));
    offerUndo('Ticks and notes cleared.', () => change((current) => ({ ...current, ticked, notes })));
  }

  function undoLast() {
    undo?.restore();
    setUndo(undefined);
    resetButton.current?.focus();
  }

  /** A new meeting, dated today, opened with focus on its date so that it can be changed at once. */
  function startMeeting() {
    const created = newEntry(today());
    store.update((current) => ({ ...current, definitionVersion: versionFor(current), entries: [...current.entries, created] }));
    setOpenId(created.id);
    setTimeout(() => dateField.current?.focus());
  }

  /** Applies a change to one action wherever it is kept (in the meeting it was agreed at). */
  const changeAction = (actionId: string, update: Parameters<typeof withActionChanged>[2]) => store.update((current) => withActionChanged(current, actionId, update, now()));

  const actionHandlers: ActionHandlers = {
    add(fields: ActionFields) {
      const action = actionFrom(fields, newId('action'), now());
      change((current) => withActionAdded(current, action));
    },
    change: (actionId, fields) => changeAction(actionId, (action) => ({ ...actionFrom(fields, action.id, action.createdAt), ...(action.done ? { done: action.done } : {}) })),
    /** Ticked done at the open meeting, whichever meeting the action was agreed at. */
    done(actionId, done) {
      const at = now();
      const meeting = entry?.id;
      changeAction(actionId, ({ done: _, ...action }) => (done && meeting ? { ...action, done: { at, in: meeting } } : action));
    },
    remove(action) {
      const owner = record.entries.find((candidate) => candidate.actions.some(({ id }) => id === action.id));
      changeAction(action.id, () => undefined);
      if (!owner) return;
      const putBack = () => store.update((current) => withEntryChanged(current, owner.id, (found) => withActionAdded(found, action), () => owner).record);
      offerUndo(`Action “${action.what}” removed.`, putBack);
    },
  };

  function changeDate(date: string) {
    if (isCalendarDay(date)) change((current) => ({ ...current, date }));
  }

  function print(mode: 'blank' | 'filled') {
    const root = document.documentElement;
    root.dataset.print = mode;
    window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
    window.print();
  }

  return (
    <div class={`checklist${checklist.repeatable && record.entries.length > 0 ? ' checklist--log' : ''}`} data-hydrated={hydrated ? 'true' : undefined}>
      {hydrated && <StorageNotices notice={notice} />}
      {changeNotice && (
        <p class="notice" role="status">
          {changeNotice}
        </p>
      )}

      {checklist.repeatable && (
        <section class="meetings no-print" aria-labelledby="meetings-heading">
          <h2 id="meetings-heading">Your meetings</h2>
          {sorted.length === 0 ? (
            <p>{checklist.texts.noMeetings}</p>
          ) : (
            <ul class="meetings__list">
              {sorted.map((candidate) => {
                const isOpen = candidate.id === entry?.id;
                const label = `${formatDay(meetingDay(candidate))}: ${describeProgress(progressOf(itemIds, candidate))}`;
                return (
                  <li key={candidate.id}>
                    {isOpen ? (
                      <strong aria-current="true">{label} (open)</strong>
                    ) : (
                      <button type="button" class="link-button" onClick={() => setOpenId(candidate.id)}>
                        {label}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <button type="button" class="button button--secondary" onClick={startMeeting}>
            Start a new meeting
          </button>
        </section>
      )}

      <div class="checklist__live">
        {checklist.repeatable && (
          <div class="checklist__meeting">
            <label for="meeting-date">Date of this meeting</label>
            <input id="meeting-date" ref={dateField} type="date" value={hydrated ? (entry ? meetingDay(entry) : today()) : ''} onChange={(event) => changeDate((event.currentTarget as HTMLInputElement).value)} />
          </div>
        )}

        {PlanGoals && checklist.plan && <PlanGoals day={entry ? meetingDay(entry) : today()} plan={checklist.plan} />}

        {checklist.repeatable && entry && <CarriedActions carried={openActionsBefore(record.entries, entry.id)} entries={record.entries} on={actionHandlers} />}

        <div class="checklist__progress">
          <p aria-live="polite" class="checklist__progress-text" data-pagefind-ignore>
            {describeProgress(progress)}
          </p>
          <progress max={progress.total} value={progress.done} aria-hidden="true" />
        </div>

        {checklist.sections.map((section) => (
          <section key={section.id} class="checklist-section" aria-labelledby={`section-${section.id}`}>
            <h2 id={`section-${section.id}`}>{section.title}</h2>
            <ul class="checklist-section__items">
              {section.items.map((item) => (
                <ChecklistItem
                  key={item.id}
                  item={item}
                  ticked={entry?.ticked.includes(item.id) ?? false}
                  note={entry?.notes[item.id] ?? ''}
                  onTick={(ticked) => tick(item.id, ticked)}
                  onNote={(text) => note(item.id, text)}
                />
              ))}
            </ul>
          </section>
        ))}

        {checklist.repeatable && <OwnActions entry={entry} entries={record.entries} on={actionHandlers} />}
      </div>

      <BlankLines repeatable={checklist.repeatable} />
      {checklist.repeatable && <MeetingLog entries={record.entries} itemText={itemText} />}

      <div class="actions no-print">
        <button type="button" class="button button--secondary" onClick={() => print('blank')}>
          Print a blank copy
        </button>
        <button type="button" class="button button--secondary" onClick={() => print('filled')} disabled={checklist.repeatable && record.entries.length === 0}>
          {checklist.repeatable ? 'Print the meeting log' : 'Print with my ticks and notes'}
        </button>
        <button type="button" class="button button--danger" ref={resetButton} onClick={reset} disabled={!entry || (entry.ticked.length === 0 && Object.keys(entry.notes).length === 0)}>
          Reset this {checklist.repeatable ? 'meeting' : 'checklist'}
        </button>
      </div>
      <div class="checklist__undo" role="status">
        {undo && (
          <p class="notice">
            {undo.message}{' '}
            <button type="button" class="link-button" ref={undoButton} onClick={undoLast}>
              Undo
            </button>{' '}
            (available for {UNDO_SECONDS} seconds)
          </p>
        )}
      </div>
    </div>
  );
}

/** On a blank printed copy only: room to write, and lines for names and dates. */
function BlankLines({ repeatable }: { repeatable: boolean }) {
  const lines = (labels: string[]) =>
    labels.map((label, index) => (
      <p class="blank-lines__line" key={index}>
        {label}
      </p>
    ));
  return (
    <div class="blank-lines print-only">
      {repeatable && <p class="blank-lines__heading">Actions: what, who, by when</p>}
      {repeatable && lines(['1.', '2.', '3.', '4.'])}
      <p class="blank-lines__heading">Notes</p>
      {lines(['', ''])}
      <div class="blank-lines__names">{lines(['Mentee', 'Mentor', 'Date'])}</div>
    </div>
  );
}
