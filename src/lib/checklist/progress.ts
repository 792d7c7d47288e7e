/** Progress through a checklist, and saved ticks and notes checked against its current items. */
import type { ChecklistEntry } from './checklist-record';

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
