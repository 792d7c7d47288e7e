/**
 * Reading an import file safely, and combining it with what is already saved: the plan of
 * writes and removals, and carrying it out so that nothing unreadable is written over before it
 * is kept aside. The "My saved data" page loads this only when the reader chooses a file.
 *
 * Pure, like saved-data.ts: plain maps in, plain data out, and a storage passed in to carryOutPlan.
 */
import { isDateString, isObject } from './guards';
import type { LoadResult } from './record-format';
import { RECORD_EXPLAINERS } from './explain-records';
import { capitalise } from './record-describer';
import {
  classifyKey,
  describeKey,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  isSiteKey,
  readable,
  safeLastChanged,
  safeParse,
  SET_ASIDE,
  shorten,
  type KindEntry,
  type KindRegistry,
  type RecordKind,
} from './saved-data';

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

export interface ImportLimits {
  maxBytes: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = Object.freeze({ maxBytes: 1_000_000 });

export interface ImportSummaryItem {
  key: string;
  kind: RecordKind;
  id: string;
  lastChanged: string | undefined;
}

/** What an import file holds, once read and checked: what mergeImport takes. */
export interface ImportedData {
  records: Record<string, unknown>;
  unreadable: Record<string, string>;
}

export type ImportResult =
  | (ImportedData & {
      ok: true;
      /** One line per record, in key order. */
      summary: ImportSummaryItem[];
      /** When the file was made, if it says. */
      exportedAt: string | undefined;
    })
  | { ok: false; problem: string };

const CHOOSE_EXPORT = 'Please choose the file this site saved when you exported your data.';
const NOTHING_IMPORTED = 'Nothing has been imported.';
const UPDATE_SITE = 'Please update: reload this page to get the latest version of the site, then try again.';

/** "950 bytes", "12.5 kB", "1 MB": decimal units, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/**
 * Why a file of `bytes` bytes is too large to import, or undefined when it is not. The size
 * and the limit are said so that the size always reads as more than the limit: when rounding
 * would make them look the same, both are given in bytes.
 */
export function tooLargeProblem(bytes: number, maxBytes: number): string | undefined {
  if (bytes <= maxBytes) return undefined;
  let size = formatBytes(bytes);
  let limit = formatBytes(maxBytes);
  if (size === limit) {
    size = `${bytes.toLocaleString('en-GB')} bytes`;
    limit = `${maxBytes.toLocaleString('en-GB')} bytes`;
  }
  return (
    `This file is too large to import: it is ${size}, and the limit is ${limit}. ` +
    `An export from this site is much smaller, so this is probably not the right file. ${CHOOSE_EXPORT}`
  );
}

/** The size of the text in UTF-8, as it was in the file. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Why a record failed its kind's check, in words. */
function whyUnreadable(value: unknown, result: LoadResult<unknown>, entry: KindEntry): string {
  if (result.status === 'newer') return `it was saved by a newer version of this site. ${UPDATE_SITE}`;
  if (!isObject(value)) return 'it is not a saved record.';
  if (!Number.isInteger(value.format) || (value.format as number) < 1) return 'it has no valid format number.';
  let reason: string | undefined;
  try {
    // An older record is explained too: what stops it loading (a repeated id) is usually still there after migrating.
    reason = (value.format as number) <= entry.codec.format ? RECORD_EXPLAINERS[entry.kind]?.(value) : undefined;
  } catch {
    reason = undefined;
  }
  return reason ?? 'its contents are not in the form this site expects; the file may have been edited or damaged.';
}

const fail = (problem: string): ImportResult => ({ ok: false, problem });

/**
 * Reads an import file and checks every record in it with its kind's codec. Older records are
 * migrated. Any problem rejects the whole file, with a message saying what is wrong. Never
 * throws, whatever it is given.
 */
export function readImport(
  text: string,
  registry: KindRegistry,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  /** The file's size in bytes, when known: the limit applies to the file, not to the decoded text. */
  fileBytes?: number,
): ImportResult {
  try {
    return readImportOrThrow(text, registry, limits, fileBytes);
  } catch {
    return fail(`Something went wrong while reading this file. ${NOTHING_IMPORTED} Please try again, or choose a different file.`);
  }
}

function readImportOrThrow(text: string, registry: KindRegistry, limits: ImportLimits, fileBytes: number | undefined): ImportResult {
  if (typeof text !== 'string') return fail(`This file could not be read as text. ${NOTHING_IMPORTED} ${CHOOSE_EXPORT}`);

  const tooLarge = tooLargeProblem(fileBytes ?? utf8Length(text), limits.maxBytes);
  if (tooLarge) return fail(tooLarge);

  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail(`This file is empty. ${CHOOSE_EXPORT}`);

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail(`This file is not a Mentorship Guide export: it could not be read as JSON. ${CHOOSE_EXPORT}`);
  }
  if (!isObject(data)) {
    return fail(`This file is not a Mentorship Guide export: it holds JSON data, but not in the form this site saves. ${CHOOSE_EXPORT}`);
  }
  if (data.format !== EXPORT_FORMAT) {
    return fail(`This file is not a Mentorship Guide export. It may come from another site or app. ${CHOOSE_EXPORT}`);
  }
  const { version } = data;
  if (!Number.isInteger(version) || (version as number) < 1) {
    return fail(`This Mentorship Guide export has no valid version number, so it cannot be read safely. It may have been edited. ${NOTHING_IMPORTED}`);
  }
  if ((version as number) > EXPORT_VERSION) {
    return fail(
      `This file was made by a newer version of this site (export version ${version as number}; this page reads version ${EXPORT_VERSION}). ${UPDATE_SITE}`,
    );
  }
  if (!isObject(data.records)) {
    return fail(`This Mentorship Guide export has no list of saved records, or the list is damaged, so it cannot be imported. ${NOTHING_IMPORTED}`);
  }
  const unreadableIn = data.unreadable === undefined ? {} : data.unreadable;
  if (!isObject(unreadableIn)) {
    return fail(`The part of this file that holds text kept aside ("unreadable") is damaged, so it cannot be imported. ${NOTHING_IMPORTED}`);
  }

  const records: [string, unknown][] = [];
  const summary: ImportSummaryItem[] = [];
  for (const key of Object.keys(data.records).sort()) {
    const value = data.records[key];
    const found = classifyKey(key, registry);
    if (found.type === 'set-aside') {
      return fail(
        `This file lists "${shorten(key)}" as a saved record, but that name is only used for text kept aside because it could not be read. ` +
          `The file may have been edited. ${NOTHING_IMPORTED}`,
      );
    }
    if (found.type !== 'record') {
      return fail(
        `This file holds "${shorten(key)}", which is not something this site saves. ` +
          `The file may have been edited, or made by a different version of the site. ${NOTHING_IMPORTED}`,
      );
    }
    const named = describeKey(key, registry);
    if (Object.hasOwn(unreadableIn, key)) {
      return fail(`This file holds ${named} twice, as a record and as unreadable text, so it cannot be imported safely. ${NOTHING_IMPORTED}`);
    }
    let result: LoadResult<unknown>;
    try {
      result = safeParse(found.entry.codec, JSON.stringify(value));
    } catch {
      result = { status: 'corrupt', record: found.entry.codec.empty };
    }
    if (!readable(result)) {
      return fail(`${capitalise(named)} in this file could not be imported: ${whyUnreadable(value, result, found.entry)} ${NOTHING_IMPORTED}`);
    }
    records.push([key, result.record]);
    summary.push({ key, kind: found.kind, id: found.id, lastChanged: safeLastChanged(found.entry, result.record) });
  }

  const unreadable: [string, string][] = [];
  for (const key of Object.keys(unreadableIn).sort()) {
    const value = unreadableIn[key];
    if (!isSiteKey(key)) {
      return fail(
        `This file holds text for "${shorten(key)}", which is not something this site saves. ` +
          `The file may have been edited, or made by another site. ${NOTHING_IMPORTED}`,
      );
    }
    if (typeof value !== 'string') {
      return fail(
        `This file holds something other than text for ${describeKey(key, registry)}, where only text kept as it was belongs. ${NOTHING_IMPORTED}`,
      );
    }
    unreadable.push([key, value]);
  }

  return {
    ok: true,
    records: Object.fromEntries(records),
    unreadable: Object.fromEntries(unreadable),
    summary,
    exportedAt: isDateString(data.exportedAt) ? data.exportedAt : undefined,
  };
}

/**
 * Records in an import that name something this site does not have (an assessment or checklist
 * id it does not know, such as "__proto__", or a real id with an invisible character added),
 * by `isKnown`, which the page answers from its own list of assessments and checklists.
 */
export function unknownRecords(summary: readonly ImportSummaryItem[], isKnown: (kind: RecordKind, id: string) => boolean): ImportSummaryItem[] {
  return summary.filter((item) => !isKnown(item.kind, item.id));
}

/** The import without the records under `keys` (and without any text kept aside for them). */
export function leaveOut<T extends ImportedData & { summary?: ImportSummaryItem[] }>(data: T, keys: Iterable<string>): T {
  const left = new Set(keys);
  const belongsToLeft = (key: string) => left.has(key) || left.has(SET_ASIDE.exec(key)?.[1] ?? '');
  return {
    ...data,
    records: Object.fromEntries(Object.entries(data.records).filter(([key]) => !left.has(key))),
    unreadable: Object.fromEntries(Object.entries(data.unreadable).filter(([key]) => !belongsToLeft(key))),
    ...(data.summary ? { summary: data.summary.filter((item) => !left.has(item.key)) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Merge
// ---------------------------------------------------------------------------------------------

export type MergeMode = 'merge' | 'replace';
export type MergeAction = 'added' | 'replaced' | 'kept-current' | 'removed';

export interface MergePlan {
  /** Key → text to store. */
  writes: Record<string, string>;
  /** Keys to remove. */
  removals: string[];
  /** What happens to each key, in key order. */
  outcome: { key: string; action: MergeAction }[];
}

const timeOf = (date: string | undefined) => (date === undefined ? undefined : Date.parse(date));

/**
 * What to write and remove to bring an import into what is saved (`current`: key → stored
 * text; it may be the whole of localStorage, other keys are left alone).
 *
 * 'replace': every site key not in the import is removed (not the probe), everything imported
 * is written.
 *
 * 'merge': nothing is removed. A record is written when its key is free, or when the saved one
 * is not newer (by `lastChanged`: the import wins on a tie, or when the saved record has no date;
 * a dated saved record is kept over an undated import). A saved
 * value that cannot be read is kept aside under `<key>:unreadable[:n]` before its key is
 * written, like the record store does. Unreadable text from the import is written only where
 * the key is free: it never overwrites anything.
 *
 * In both modes, a key already holding exactly the text to write is reported 'kept-current'
 * and not written again. `incoming` is expected from readImport: records under a key of no
 * known kind, and text under a key that is not the site's, are ignored.
 */
export function mergeImport(
  current: Record<string, string>,
  incoming: ImportedData,
  mode: MergeMode,
  registry: KindRegistry,
): MergePlan {
  const has = (key: string) => Object.hasOwn(current, key);
  const writes = new Map<string, string>();
  const outcome = new Map<string, MergeAction>();

  const recordWrites: { key: string; entry: KindEntry; record: unknown; text: string }[] = [];
  for (const key of Object.keys(incoming.records)) {
    const found = classifyKey(key, registry);
    if (found.type !== 'record') continue;
    const record = incoming.records[key];
    recordWrites.push({ key, entry: found.entry, record, text: found.entry.codec.serialise(record) });
  }
  const recordKeys = new Set(recordWrites.map(({ key }) => key));
  const textWrites = Object.entries(incoming.unreadable).filter(
    ([key, text]) => isSiteKey(key) && typeof text === 'string' && !recordKeys.has(key),
  );
  const importedKeys = new Set([...recordKeys, ...textWrites.map(([key]) => key)]);

  const write = (key: string, text: string) => {
    if (has(key) && current[key] === text) {
      outcome.set(key, 'kept-current');
      return;
    }
    writes.set(key, text);
    outcome.set(key, has(key) && current[key] !== '' ? 'replaced' : 'added');
  };

  if (mode === 'replace') {
    for (const { key, text } of recordWrites) write(key, text);
    for (const [key, text] of textWrites) write(key, text);
    const removals = Object.keys(current)
      .filter((key) => isSiteKey(key) && !importedKeys.has(key))
      .sort();
    for (const key of removals) outcome.set(key, 'removed');
    return plan(writes, removals, outcome);
  }

  // Text from the import claims free keys first, so keeping saved text aside avoids them.
  for (const [key, text] of textWrites) {
    if (has(key)) outcome.set(key, 'kept-current');
    else write(key, text);
  }

  for (const { key, entry, record, text } of recordWrites) {
    const saved = current[key];
    if (!has(key) || saved === '' || saved === undefined || saved === text) {
      write(key, text);
      continue;
    }
    const result = safeParse(entry.codec, saved);
    if (readable(result)) {
      const mine = timeOf(safeLastChanged(entry, result.record));
      const theirs = timeOf(safeLastChanged(entry, record));
      // A saved record that says when it changed is kept over one that is older, or that does
      // not say (an empty record from an import must never replace real answers).
      if (mine !== undefined && (theirs === undefined || mine > theirs)) outcome.set(key, 'kept-current');
      else write(key, text);
    } else {
      const aside = asideKeyFor(key, saved, current, writes);
      if (aside !== undefined) {
        writes.set(aside, saved);
        outcome.set(aside, 'added');
      }
      write(key, text);
    }
  }
  return plan(writes, [], outcome);
}

/** A free key to keep `text` aside for `key`, or undefined when it is kept aside already. */
function asideKeyFor(key: string, text: string, current: Record<string, string>, writes: Map<string, string>): string | undefined {
  for (let copy = 1; ; copy++) {
    const candidate = copy === 1 ? `${key}:unreadable` : `${key}:unreadable:${copy}`;
    const taken = Object.hasOwn(current, candidate) ? current[candidate] : writes.get(candidate);
    if (taken === undefined) return candidate;
    if (taken === text) return undefined;
  }
}

/**
 * The plan's writes keep an order that never loses anything if they stop part-way: every copy
 * kept aside (`<key>:unreadable…`) comes before any other write, so an unreadable value is safe
 * in its aside key before its own key is written over. Removals come last of all.
 */
function plan(writes: Map<string, string>, removals: string[], outcome: Map<string, MergeAction>): MergePlan {
  const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);
  const isAside = ([key]: [string, string]) => SET_ASIDE.test(key);
  const sorted = [...writes].sort(byKey);
  return {
    writes: Object.fromEntries([...sorted.filter(isAside), ...sorted.filter((write) => !isAside(write))]),
    removals,
    outcome: [...outcome].sort(byKey).map(([key, action]) => ({ key, action })),
  };
}

/**
 * What is stored once a plan is carried out (a new map; `current` is left as it is). The page
 * does the same on localStorage with carryOutPlan.
 */
export function applyMerge(current: Record<string, string>, { writes, removals }: Pick<MergePlan, 'writes' | 'removals'>): Record<string, string> {
  const result = new Map(Object.entries(current));
  for (const [key, text] of Object.entries(writes)) result.set(key, text);
  for (const key of removals) result.delete(key);
  return Object.fromEntries(result);
}

export interface CarriedOut {
  /** Whether every write and removal was made. */
  complete: boolean;
  /** What was changed, in the order it was done: each key with the plan's action for it. */
  done: { key: string; action: MergeAction }[];
  /** Keys the plan would have changed but did not reach (the first of them failed). */
  notReached: string[];
}

/**
 * Carries out a plan on a storage, in the plan's order (copies kept aside first, then the other
 * writes, then the removals), and stops at the first failure (a full storage, say), so that a
 * removal never happens unless every write did. Reports exactly what it changed.
 */
export function carryOutPlan(storage: Pick<Storage, 'setItem' | 'removeItem'>, { writes, removals, outcome }: MergePlan): CarriedOut {
  const actionOf = new Map(outcome.map(({ key, action }) => [key, action]));
  const steps: { key: string; run: () => void }[] = [
    ...Object.entries(writes).map(([key, text]) => ({ key, run: () => storage.setItem(key, text) })),
    ...removals.map((key) => ({ key, run: () => storage.removeItem(key) })),
  ];
  const done: CarriedOut['done'] = [];
  for (const [index, step] of steps.entries()) {
    try {
      step.run();
    } catch {
      return { complete: false, done, notReached: steps.slice(index).map(({ key }) => key) };
    }
    done.push({ key: step.key, action: actionOf.get(step.key) ?? 'replaced' });
  }
  return { complete: true, done, notReached: [] };
}

