/**
 * A checklist whose ticks and notes are saved as they change: once, or as one dated entry per
 * meeting for a repeatable checklist. Logic lives in src/lib/checklist; this wires it up.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checklistCodec, EMPTY_CHECKLIST, type ChecklistEntry, type ChecklistRecord } from '../../lib/checklist/checklist-record';
import { describeProgress, entriesNewestFirst, progressOf, reconcileRecord, withEntryChanged } from '../../lib/checklist/progress';
import { isCalendarDay } from '../../lib/storage/guards';
import { checklistKey } from '../../lib/storage/keys';
import { recordStore } from '../../lib/storage/record-store';
import { StorageNotices } from '../shared/StorageNotices';
import { ChecklistItem } from './ChecklistItem';
import type { ChecklistView } from './types';

interface Props {
  checklist: ChecklistView;
}

const UNDO_SECONDS = 10;
const now = () => new Date().toISOString();
const today = () => new Date().toISOString().slice(0, 10);
const formatDay = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function newEntry(date?: string): ChecklistEntry {
  const time = now();
  // Random, not the time alone: two tabs may start an entry in the same millisecond.
  const random = Math.random().toString(36).slice(2, 8);
  return { id: `entry-${Date.now().toString(36)}-${random}`, ...(date ? { date } : {}), ticked: [], notes: {}, createdAt: time, updatedAt: time };
}

export default function ChecklistRunner({ checklist }: Props) {
  const store = useMemo(() => recordStore(checklistKey(checklist.id), checklistCodec), [checklist.id]);
  const record = useStore(store.$record, { ssr: () => EMPTY_CHECKLIST });
  const notice = useStore(store.$notice);
  const [hydrated, setHydrated] = useState(false);
  const [openId, setOpenId] = useState<string | undefined>();
  const [newDate, setNewDate] = useState(today());
  const [undo, setUndo] = useState<ChecklistEntry | undefined>();
  const [changeNotice, setChangeNotice] = useState<string | undefined>();
  const undoButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const itemIds = useMemo(() => checklist.sections.flatMap((section) => section.items.map((item) => item.id)), [checklist]);

  useEffect(() => setHydrated(true), []);

  // Ticks saved against an earlier version of the checklist lose only what no longer exists;
  // a record from a newer version is kept exactly as it is.
  useEffect(() => {
    const result = reconcileRecord(store.$record.get(), itemIds, checklist.version);
    if (result.newer) {
      setChangeNotice(
        'This checklist was saved by a newer version of this site (perhaps on another device, or an updated copy of the guide). Your ticks and notes are kept as they are, including any for items this page does not show.',
      );
      return;
    }
    if (result.record === store.$record.get()) return;
    store.save(result.record);
    const { dropped } = result;
    if (dropped > 0) {
      setChangeNotice(`This checklist has changed since you last used it: ${dropped} saved ${dropped === 1 ? 'tick or note was' : 'ticks or notes were'} for items that no longer exist and ${dropped === 1 ? 'was' : 'were'} removed.`);
    }
  }, [checklist, store, itemIds]);

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

  function reset() {
    if (!entry) return;
    setUndo(entry);
    change((current) => ({ ...current, ticked: [], notes: {} }));
    setTimeout(() => undoButton.current?.focus());
  }

  function undoReset() {
    if (!undo) return;
    const restored = undo;
    change((current) => ({ ...current, ticked: restored.ticked, notes: restored.notes }));
    setUndo(undefined);
    resetButton.current?.focus();
  }

  function startMeeting(event: Event) {
    event.preventDefault();
    const created = newEntry(isCalendarDay(newDate) ? newDate : today());
    store.update((current) => ({ ...current, definitionVersion: versionFor(current), entries: [...current.entries, created] }));
    setOpenId(created.id);
  }

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
    <div class="checklist" data-hydrated={hydrated ? 'true' : undefined}>
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
            <p>No meetings recorded yet. Ticking an item starts a record for today, or choose a date below.</p>
          ) : (
            <ul class="meetings__list">
              {sorted.map((candidate) => {
                const isOpen = candidate.id === entry?.id;
                const label = `${formatDay(candidate.date ?? candidate.createdAt.slice(0, 10))}: ${describeProgress(progressOf(itemIds, candidate))}`;
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
          <form class="meetings__new" onSubmit={startMeeting}>
            <label for="new-meeting-date">Date of the meeting</label>
            <input id="new-meeting-date" type="date" value={newDate} onInput={(event) => setNewDate((event.currentTarget as HTMLInputElement).value)} />
            <button type="submit" class="button button--secondary">
              Start a new meeting
            </button>
          </form>
        </section>
      )}

      {checklist.repeatable && entry && (
        <p class="checklist__meeting">
          <label for="open-meeting-date">Meeting date</label>{' '}
          <input id="open-meeting-date" type="date" value={entry.date ?? ''} onChange={(event) => changeDate((event.currentTarget as HTMLInputElement).value)} />
        </p>
      )}

      <div class="checklist__progress">
        <p aria-live="polite" class="checklist__progress-text">
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

      <div class="actions no-print">
        <button type="button" class="button button--secondary" onClick={() => print('blank')}>
          Print a blank copy
        </button>
        <button type="button" class="button button--secondary" onClick={() => print('filled')}>
          Print with my ticks and notes
        </button>
        <button type="button" class="button button--danger" ref={resetButton} onClick={reset} disabled={!entry || (entry.ticked.length === 0 && Object.keys(entry.notes).length === 0)}>
          Reset this {checklist.repeatable ? 'meeting' : 'checklist'}
        </button>
      </div>
      <div class="checklist__undo" role="status">
        {undo && (
          <p class="notice">
            Ticks and notes cleared.{' '}
            <button type="button" class="link-button" ref={undoButton} onClick={undoReset}>
              Undo
            </button>{' '}
            (available for {UNDO_SECONDS} seconds)
          </p>
        )}
      </div>
    </div>
  );
}
