/**
 * What the site has saved, and the export file: the kinds of key, naming them for people, and
 * describing each record through its kind's describer. Reading an import file and combining it
 * with what is saved is in import-data.ts, which the "My saved data" page loads only when a file
 * is chosen.
 *
 * Nothing here touches localStorage or the DOM. Everything takes plain maps (key → stored text)
 * and a registry of the kinds of record, so it can be tested in Node and wired to the real
 * codecs (and to any kind added later) by the page.
 */
import { agreementDescriber } from '../agreement/describe-record';
import { assessmentDescriber } from '../assessment/describe-record';
import { checklistDescriber } from '../checklist/describe-record';
import { isoDate } from '../dates';
import { trackDescriber } from '../tracks/describe-record';
import { receivedDescriber } from '../share/describe-received';
import { networkDescriber } from '../network/describe-record';
import { planDescriber } from '../plan/describe-record';
import { isDateString, isObject } from './guards';
import { AGREEMENT_KEY, STORAGE_PREFIX, assessmentKey, checklistKey, trackKey } from './keys';
import { NETWORK_KEY, PLAN_KEY, receivedKey } from './keys';
import type { RecordDescriber } from './record-describer';
import { recordCodec, type LoadResult, type RecordCodec } from './record-format';

// ---------------------------------------------------------------------------------------------
// Kinds of key
// ---------------------------------------------------------------------------------------------

export type RecordKind =
  | 'assessment' | 'checklist' | 'agreement' | 'track'
  // A partner's answers kept from a share link (issue 15).
  | 'together'
  // My mentoring network and My development plan (issue 18): one of each per browser, like the agreement.
  | 'network'
  | 'plan';

/** One kind of saved record: which keys hold it, how it is read, and how it describes itself. */
export interface KindEntry {
  kind: RecordKind;
  /** The id when `key` holds a record of this kind ('' for the agreement), otherwise undefined. */
  matches(key: string): string | undefined;
  codec: RecordCodec<unknown>;
  /** How it describes itself: when it last changed, a summary, why it was refused. */
  describer: RecordDescriber;
}

export type KindRegistry = readonly KindEntry[];

/** Written and removed at once by the storage check: never saved data. */
export const PROBE_KEY = `${STORAGE_PREFIX}probe`;

/** `<key>:unreadable` or `<key>:unreadable:<n>`, as the record store writes them. */
export const SET_ASIDE = /^([\s\S]+):unreadable(?::[1-9]\d*)?$/;

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
export function isSiteKey(key: string): boolean {
  return key.startsWith(STORAGE_PREFIX) && key !== PROBE_KEY;
}

const idAfter =
  (prefix: string) =>
  (key: string): string | undefined =>
    key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length) : undefined;

/** Each kind's describer, as the site's registry uses them. */
export const SITE_DESCRIBERS: Record<RecordKind, RecordDescriber> = {
  assessment: assessmentDescriber,
  checklist: checklistDescriber,
  agreement: agreementDescriber,
  track: trackDescriber,
  together: receivedDescriber,
  network: networkDescriber,
  plan: planDescriber,
};

/** The site's registry, given the codec (and, if not the site's own, the describer) of each kind. */
export function kindRegistry(
  codecs: Record<RecordKind, RecordCodec<unknown>>,
  describers: Record<RecordKind, RecordDescriber> = SITE_DESCRIBERS,
): KindRegistry {
  const entry = (kind: RecordKind, matches: (key: string) => string | undefined): KindEntry => ({
    kind,
    matches,
    codec: codecs[kind],
    describer: describers[kind],
  });
  return [
    entry('assessment', idAfter(assessmentKey(''))),
    entry('checklist', idAfter(checklistKey(''))),
    entry('agreement', (key) => (key === AGREEMENT_KEY ? '' : undefined)),
    entry('track', idAfter(trackKey(''))),
    entry('together', idAfter(receivedKey(''))),
    entry('network', (key) => (key === NETWORK_KEY ? '' : undefined)),
    entry('plan', (key) => (key === PLAN_KEY ? '' : undefined)),
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

const KIND_WORDS: Record<RecordKind, string> = {
  assessment: 'assessment', checklist: 'checklist', agreement: 'mentoring agreement', track: 'track',
  together: 'kept comparison',
  network: 'mentoring network',
  plan: 'development plan',
};

/** Characters that print as nothing (or move text about): shown as [U+200B] so two names never look alike. */
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** A name as a reader should see it: invisible characters spelt out, and cut short if very long. */
export function visibleName(text: string, length = 80): string {
  const visible = text.replace(INVISIBLE, (character) => `[U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
  return visible.length > length ? `${visible.slice(0, length - 1)}…` : visible;
}

export const shorten = (text: string, length = 80) => visibleName(text, length);

/**
 * A key in words, for messages and lists: 'the assessment "mentor-self-assessment"', 'the
 * mentoring agreement', 'text kept aside from the checklist "first-meeting"'. With `titles`
 * (id → title), titles are used in place of ids.
 */
export function describeKey(key: string, registry: KindRegistry, titles: Record<string, string> = {}): string {
  const found = classifyKey(key, registry);
  switch (found.type) {
    case 'record':
      // One of its kind per browser (the agreement, the network, the plan): the key has no id.
      return found.id === ''
        ? `the ${KIND_WORDS[found.kind]}`
        : `the ${KIND_WORDS[found.kind]} "${shorten(titleOf(found.id, titles, found.id))}"`;
    case 'set-aside':
      return `text kept aside from ${describeKey(found.of, registry, titles)}`;
    default:
      return `"${shorten(key)}"`;
  }
}

/** A string from a plain lookup object by id, never from its prototype ("__proto__", "toString"…). */
export function ownString(table: Record<string, string>, id: string): string | undefined {
  return Object.hasOwn(table, id) && typeof table[id] === 'string' ? table[id] : undefined;
}

function titleOf(id: string, titles: Record<string, string>, fallback: string): string {
  return ownString(titles, id) || fallback;
}


/** Reads with a codec, treating anything it throws (a codec should not) as unreadable. */
export function safeParse(codec: RecordCodec<unknown>, stored: string): LoadResult<unknown> {
  try {
    return codec.parse(stored);
  } catch {
    return { status: 'corrupt', record: codec.empty, unreadable: stored };
  }
}

export const readable = (result: LoadResult<unknown>) => result.status === 'ok' || result.status === 'migrated';

export function safeLastChanged(entry: KindEntry, record: unknown): string | undefined {
  try {
    const date = entry.describer.lastChanged(record);
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
// Describing a record for the list
// ---------------------------------------------------------------------------------------------

export interface RecordDescription {
  /** What it is: the title from `titles` (by id), or the id; "Mentoring agreement". */
  title: string;
  /** "3 attempts, last on 12 March 2026; one in progress", "7 of 12 done", "Last changed 2 May 2026". */
  detail: string;
}

const isCountValue = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * A short description of a saved record for the list on the "My saved data" page, by its kind's
 * describer. `totals` (id → number of items) turns "7 done" into "7 of 12 done". Never throws.
 */
export function describeRecord(
  kind: RecordKind,
  id: string,
  record: unknown,
  titles: Record<string, string>,
  totals: Record<string, number> = {},
  describers: Record<RecordKind, RecordDescriber> = SITE_DESCRIBERS,
): RecordDescription {
  const total = Object.hasOwn(totals, id) && isCountValue(totals[id]) ? totals[id] : undefined;
  let detail: string;
  try {
    detail = describers[kind].summary(record, total);
  } catch {
    detail = 'Saved';
  }
  return { title: titleOf(id, titles, kind === 'agreement' ? 'Mentoring agreement' : id), detail };
}
