/** Progress through a checklist, and saved ticks and notes checked against its current items. */
import type { ChecklistEntry, ChecklistRecord } from './checklist-record';

export interface Progress {
  done: number;
  total: number;
}

export function progressOf(itemIds: readonly string[], entry: ChecklistEntry | undefined): Progress {
  const ticked = new Set(entry?.ticked ?? []);
  return { done: itemIds.filter((id) => ticked.has(id)).length, total: itemIds.length };
}

export function describeProgress({ done, total }: Progress): string {
  return done === total && total > 0 ? `All ${total} done` : `${done} of ${total} done`;
}

/** An entry with ticks and notes for items that no longer exist removed; reports how many went. */
export function reconcileEntry(itemIds: readonly string[], entry: ChecklistEntry): { entry: ChecklistEntry; dropped: number } {
  const known = new Set(itemIds);
  const ticked = entry.ticked.filter((id) => known.has(id));
  const notes = Object.fromEntries(Object.entries(entry.notes).filter(([id]) => known.has(id)));
  const dropped = entry.ticked.length - ticked.length + Object.keys(entry.notes).length - Object.keys(notes).length;
  return { entry: { ...entry, ticked, notes }, dropped };
}

/** Entries newest meeting first (by date, then by when they were created). */
export function entriesNewestFirst(entries: readonly ChecklistEntry[]): ChecklistEntry[] {
  return [...entries].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.createdAt.localeCompare(a.createdAt),
  );
}

export interface ReconciledRecord {
  record: ChecklistRecord;
  /** Ticks and notes removed because their items no longer exist. */
  dropped: number;
  /** The record was saved by a newer version of the checklist: it is left exactly as it is. */
  newer: boolean;
}

/**
 * A saved record checked against the checklist's current version. Saved by an older version:
 * ticks and notes for items that no longer exist are removed (and counted). Saved by a newer
 * version (an institution's updated copy, another device): nothing is removed, since this page
 * cannot know which of its items the newer version still has.
 */
export function reconcileRecord(record: ChecklistRecord, itemIds: readonly string[], version: number): ReconciledRecord {
  if (record.definitionVersion > version) return { record, dropped: 0, newer: true };
  if (record.entries.length === 0 || record.definitionVersion === version) return { record, dropped: 0, newer: false };
  let dropped = 0;
  const entries = record.entries.map((entry) => {
    const result = reconcileEntry(itemIds, entry);
    dropped += result.dropped;
    return result.entry;
  });
  return { record: { ...record, definitionVersion: version, entries }, dropped, newer: false };
}

/**
 * The record with one entry changed, every other entry kept as it was, in place. When no entry
 * has `entryId`, `create()` makes one and it is added.
 */
export function withEntryChanged(
  record: ChecklistRecord,
  entryId: string | undefined,
  update: (entry: ChecklistEntry) => ChecklistEntry,
  create: () => ChecklistEntry,
): { record: ChecklistRecord; entry: ChecklistEntry } {
  const index = entryId === undefined ? -1 : record.entries.findIndex((entry) => entry.id === entryId);
  if (index === -1) {
    const entry = update(create());
    return { record: { ...record, entries: [...record.entries, entry] }, entry };
  }
  const entry = update(record.entries[index]!);
  return { record: { ...record, entries: record.entries.map((candidate, at) => (at === index ? entry : candidate)) }, entry };
}
