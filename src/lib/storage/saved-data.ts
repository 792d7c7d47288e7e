/**
 * The pure logic behind the "My saved data" page: what the site has saved, the export file,
 * reading an import file safely, and how an import is combined with what is already saved.
 *
 * Nothing here touches localStorage or the DOM. Everything takes plain maps (key → stored text)
 * and a registry of the kinds of record, so it can be tested in Node and wired to the real
 * codecs (and to any kind added later) by the page.
 */
import { formatLongDate, isoDate } from '../dates';
import { isDateString, isObject } from './guards';
import { AGREEMENT_KEY, STORAGE_PREFIX, assessmentKey, checklistKey } from './keys';
import { recordCodec, type LoadResult, type RecordCodec } from './record-format';

// ---------------------------------------------------------------------------------------------
// Kinds of key
// ---------------------------------------------------------------------------------------------

export type RecordKind = 'assessment' | 'checklist' | 'agreement';

/** One kind of saved record: which keys hold it, how it is read, and when it last changed. */
export interface KindEntry {
  kind: RecordKind;
  /** The id when `key` holds a record of this kind ('' for the agreement), otherwise undefined. */
  matches(key: string): string | undefined;
  codec: RecordCodec<unknown>;
  /** When the (valid) record last changed, as an ISO date, if it says. */
  lastChanged(record: unknown): string | undefined;
}

export type KindRegistry = readonly KindEntry[];

/** Written and removed at once by the storage check: never saved data. */
export const PROBE_KEY = `${STORAGE_PREFIX}probe`;

/** `<key>:unreadable` or `<key>:unreadable:<n>`, as the record store writes them. */
const SET_ASIDE = /^([\s\S]+):unreadable(?::[1-9]\d*)?$/;

export type KeyClass =
  /** A record of one of the registry's kinds. */
  | { type: 'record'; kind: RecordKind; id: string; entry: KindEntry }
  /** Text kept aside because it could not be read; `of` is the key it was read from. */
  | { type: 'set-aside'; of: string }
  /** The storage check's key: ignored everywhere. */
  | { type: 'probe' }
  /** Under the site's prefix, but of no kind this site knows (say, from a newer version). */
  | { type: 'unknown' }
  /** Not the site's at all. */
  | { type: 'foreign' };

export function classifyKey(key: string, registry: KindRegistry): KeyClass {
  if (!key.startsWith(STORAGE_PREFIX)) return { type: 'foreign' };
  if (key === PROBE_KEY) return { type: 'probe' };
  const aside = SET_ASIDE.exec(key);
  if (aside) return { type: 'set-aside', of: aside[1]! };
  for (const entry of registry) {
    const id = entry.matches(key);
    if (id !== undefined) return { type: 'record', kind: entry.kind, id, entry };
  }
  return { type: 'unknown' };
}

/** Whether a key is part of the site's saved data (everything under the prefix but the probe). */
function isSiteKey(key: string): boolean {
  return key.startsWith(STORAGE_PREFIX) && key !== PROBE_KEY;
}

const idAfter =
  (prefix: string) =>
  (key: string): string | undefined =>
    key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length) : undefined;

/** The latest of some dates, as an ISO date; anything that is not a date is ignored. */
function latestDate(values: readonly unknown[]): string | undefined {
  let latest: number | undefined;
  for (const value of values) {
    if (!isDateString(value)) continue;
    const time = Date.parse(value);
    if (latest === undefined || time > latest) latest = time;
  }
  return latest === undefined ? undefined : new Date(latest).toISOString();
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (value: unknown, name: string): unknown => (isObject(value) ? value[name] : undefined);

/** The draft's last change or the last completed attempt, whichever is later. */
export function assessmentLastChanged(record: unknown): string | undefined {
  const draft = field(record, 'draft');
  return latestDate([field(draft, 'updatedAt'), ...listOf(field(record, 'attempts')).map((a) => field(a, 'completedAt'))]);
}

/** The latest change to any entry (or to the record, should it ever carry `updatedAt`). */
export function checklistLastChanged(record: unknown): string | undefined {
  const entries = listOf(field(record, 'entries'));
  return latestDate([
    field(record, 'updatedAt'),
    ...entries.flatMap((entry) => [field(entry, 'updatedAt'), field(entry, 'createdAt')]),
  ]);
}

export function agreementLastChanged(record: unknown): string | undefined {
  return latestDate([field(record, 'updatedAt')]);
}

/** The site's registry, given the codec of each kind. */
export function kindRegistry(codecs: Record<RecordKind, RecordCodec<unknown>>): KindRegistry {
  return [
    { kind: 'assessment', matches: idAfter(assessmentKey('')), codec: codecs.assessment, lastChanged: assessmentLastChanged },
    { kind: 'checklist', matches: idAfter(checklistKey('')), codec: codecs.checklist, lastChanged: checklistLastChanged },
    {
      kind: 'agreement',
      matches: (key) => (key === AGREEMENT_KEY ? '' : undefined),
      codec: codecs.agreement,
      lastChanged: agreementLastChanged,
    },
  ];
}

/** A codec accepting any JSON object of the given format: a stand-in for a kind whose codec is not written yet. */
export function provisionalCodec(format = 1): RecordCodec<Record<string, unknown>> {
  return recordCodec<Record<string, unknown>>({
    format,
    empty: Object.freeze({ format }),
    migrations: {},
    isValid: (value): value is Record<string, unknown> => isObject(value) && value.format === format,
  });
}

const KIND_WORDS: Record<RecordKind, string> = { assessment: 'assessment', checklist: 'checklist', agreement: 'mentoring agreement' };

/** Characters that print as nothing (or move text about): shown as [U+200B] so two names never look alike. */
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** A name as a reader should see it: invisible characters spelt out, and cut short if very long. */
export function visibleName(text: string, length = 80): string {
  const visible = text.replace(INVISIBLE, (character) => `[U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
  return visible.length > length ? `${visible.slice(0, length - 1)}…` : visible;
}

const shorten = (text: string, length = 80) => visibleName(text, length);

/**
 * A key in words, for messages and lists: 'the assessment "mentor-self-assessment"', 'the
 * mentoring agreement', 'text kept aside from the checklist "first-meeting"'. With `titles`
 * (id → title), titles are used in place of ids.
 */
export function describeKey(key: string, registry: KindRegistry, titles: Record<string, string> = {}): string {
  const found = classifyKey(key, registry);
  switch (found.type) {
    case 'record':
      return found.kind === 'agreement'
        ? `the ${KIND_WORDS.agreement}`
        : `the ${KIND_WORDS[found.kind]} "${shorten(titleOf(found.id, titles, found.id))}"`;
    case 'set-aside':
      return `text kept aside from ${describeKey(found.of, registry, titles)}`;
    default:
      return `"${shorten(key)}"`;
  }
}

function titleOf(id: string, titles: Record<string, string>, fallback: string): string {
  return Object.hasOwn(titles, id) && typeof titles[id] === 'string' && titles[id] !== '' ? titles[id] : fallback;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Reads with a codec, treating anything it throws (a codec should not) as unreadable. */
function safeParse(codec: RecordCodec<unknown>, stored: string): LoadResult<unknown> {
  try {
    return codec.parse(stored);
  } catch {
    return { status: 'corrupt', record: codec.empty, unreadable: stored };
  }
}

const readable = (result: LoadResult<unknown>) => result.status === 'ok' || result.status === 'migrated';

function safeLastChanged(entry: KindEntry, record: unknown): string | undefined {
  try {
    const date = entry.lastChanged(record);
    return isDateString(date) ? date : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

export const EXPORT_FORMAT = 'mentorship-guide-export';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** Key → record, as read (and migrated) by its kind's codec. */
  records: Record<string, unknown>;
  /** Key → stored text that could not be read, or was kept aside: exported as it is. */
  unreadable: Record<string, string>;
}

/**
 * The export file for everything the site has saved, as pretty-printed JSON. `entries` may be
 * the whole of localStorage: keys that are not the site's, and the probe, are left out. Records
 * that cannot be read go under `unreadable` as they are, with text kept aside and any key of a
 * kind this site does not know, so nothing is lost. An empty stored value holds nothing and is
 * left out.
 */
export function buildExport(entries: Record<string, string>, registry: KindRegistry, now: Date): string {
  const records: [string, unknown][] = [];
  const unreadable: [string, string][] = [];
  for (const key of Object.keys(entries).sort()) {
    const stored = entries[key];
    if (typeof stored !== 'string') continue;
    const found = classifyKey(key, registry);
    if (found.type === 'record') {
      const result = safeParse(found.entry.codec, stored);
      if (readable(result)) records.push([key, result.record]);
      else if (result.status !== 'empty') unreadable.push([key, stored]);
    } else if (found.type === 'set-aside' || found.type === 'unknown') {
      unreadable.push([key, stored]);
    }
  }
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    records: Object.fromEntries(records),
    unreadable: Object.fromEntries(unreadable),
  };
  return JSON.stringify(file, null, 2);
}

/** "mentorship-guide-data-2026-05-02.json" */
export function exportFileName(now: Date): string {
  return `mentorship-guide-data-${isoDate(now)}.json`;
}

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
function whyUnreadable(value: unknown, result: LoadResult<unknown>, codec: RecordCodec<unknown>): string {
  if (result.status === 'newer') return `it was saved by a newer version of this site. ${UPDATE_SITE}`;
  if (!isObject(value)) return 'it is not a saved record.';
  if (!Number.isInteger(value.format) || (value.format as number) < 1) return 'it has no valid format number.';
  let reason: string | undefined;
  try {
    reason = value.format === codec.format ? codec.explain?.(value) : undefined;
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
      return fail(`${capitalise(named)} in this file could not be imported: ${whyUnreadable(value, result, found.entry.codec)} ${NOTHING_IMPORTED}`);
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
 * is not newer (by `lastChanged`: the import wins on a tie or when either has no date). A saved
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
      if (mine !== undefined && theirs !== undefined && mine > theirs) outcome.set(key, 'kept-current');
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

// ---------------------------------------------------------------------------------------------
// Describing a record for the list
// ---------------------------------------------------------------------------------------------

export interface RecordDescription {
  /** What it is: the title from `titles` (by id), or the id; "Mentoring agreement". */
  title: string;
  /** "3 attempts, last on 12 March 2026; one in progress", "7 of 12 done", "Last changed 2 May 2026". */
  detail: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const longDate = (date: string) => formatLongDate(new Date(Date.parse(date)));

/**
 * A short description of a saved record for the list on the "My saved data" page. `totals`
 * (checklist id → number of items) turns "7 done" into "7 of 12 done". Never throws: a record
 * not of the expected shape is described as far as it can be.
 */
export function describeRecord(
  kind: RecordKind,
  id: string,
  record: unknown,
  titles: Record<string, string>,
  totals: Record<string, number> = {},
): RecordDescription {
  switch (kind) {
    case 'assessment':
      return { title: titleOf(id, titles, id), detail: describeAssessment(record) };
    case 'checklist': {
      const total = Object.hasOwn(totals, id) && isCountValue(totals[id]) ? totals[id] : undefined;
      return { title: titleOf(id, titles, id), detail: describeChecklist(record, total) };
    }
    case 'agreement':
      return { title: titleOf(id, titles, 'Mentoring agreement'), detail: describeAgreement(record) };
  }
}

const isCountValue = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function describeAssessment(record: unknown): string {
  const attempts = listOf(field(record, 'attempts'));
  const draft = field(record, 'draft');
  const inProgress = isObject(draft);
  if (attempts.length === 0) {
    if (!inProgress) return 'Nothing saved yet';
    const changed = latestDate([draft.updatedAt, draft.startedAt]);
    return changed ? `In progress, last changed ${longDate(changed)}` : 'In progress';
  }
  const last = latestDate(attempts.map((attempt) => field(attempt, 'completedAt')));
  const when = last ? `, ${attempts.length === 1 ? 'on' : 'last on'} ${longDate(last)}` : '';
  return `${plural(attempts.length, 'attempt')}${when}${inProgress ? '; one in progress' : ''}`;
}

function describeChecklist(record: unknown, total: number | undefined): string {
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

  if (entries.length === 1) {
    const only = entries[0]!;
    const date = meeting(only);
    return `${progress(only)}${notes(only)}${date ? `, for ${date}` : ''}`;
  }
  // Several entries (one per meeting): the latest meeting, or the latest created.
  const sortKey = (entry: Record<string, unknown>) => `${typeof entry.date === 'string' ? entry.date : ''}|${latestDate([entry.createdAt]) ?? ''}`;
  const latest = entries.reduce((best, entry) => (sortKey(entry) > sortKey(best) ? entry : best));
  const date = meeting(latest);
  return `${entries.length} filled in; latest${date ? ` (${date})` : ''}: ${progress(latest)}${notes(latest)}`;
}

function describeAgreement(record: unknown): string {
  const fields = field(record, 'fields');
  const filled = isObject(fields) ? Object.values(fields).filter((value) => typeof value === 'string' && value.trim() !== '').length : 0;
  const changed = latestDate([field(record, 'updatedAt')]);
  const parts = filled === 0 ? 'nothing filled in yet' : `${plural(filled, 'part')} filled in`;
  return changed ? `Last changed ${longDate(changed)}; ${parts}` : capitalise(parts);
}
