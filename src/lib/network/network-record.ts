/**
 * What the site keeps in localStorage for "My mentoring network": the people who support the
 * reader (a name or initials, the kinds of support each gives, how often they are in touch, and
 * whether they are inside the institution), and dated snapshots of that list. Pure: no storage
 * access here (see record-store.ts).
 */
import { isCalendarDay, isDateString } from '../storage/guards';
import { recordCodec } from '../storage/record-format';
import { byId, isItemId, list, oneOf, shape, text } from '../storage/shape';

/** The current record format. Raise it with a migration whenever the shape changes. */
export const NETWORK_FORMAT = 1;

export const FREQUENCIES = ['', 'weekly', 'monthly', 'few-times-a-year', 'rarely'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const PLACES = ['', 'inside', 'outside'] as const;
export type Place = (typeof PLACES)[number];

export interface NetworkPerson {
  /** Made when the person is added; never shown. */
  id: string;
  /** A name or initials, as typed. */
  name: string;
  /** Ids of kinds of support (content/tools/network-categories.yaml). */
  categories: string[];
  /** How often they are in touch ('' when not said). */
  frequency: Frequency;
  /** Inside or outside the reader's institution ('' when not said). */
  place: Place;
}

export interface NetworkSnapshot {
  id: string;
  /** The day the snapshot describes (YYYY-MM-DD). */
  takenOn: string;
  people: NetworkPerson[];
}

export interface NetworkRecord {
  format: typeof NETWORK_FORMAT;
  people: NetworkPerson[];
  snapshots: NetworkSnapshot[];
  /** When anything last changed (ISO 8601). */
  updatedAt: string;
}

export const EMPTY_NETWORK: NetworkRecord = Object.freeze({
  format: NETWORK_FORMAT,
  people: Object.freeze([]) as unknown as NetworkPerson[],
  snapshots: Object.freeze([]) as unknown as NetworkSnapshot[],
  updatedAt: new Date(0).toISOString(),
});

/** One function per older format, each turning a record of that format into the next. None yet. */
export const NETWORK_MIGRATIONS: Record<number, (old: any) => unknown> = {};

export const MAX_PEOPLE = 60;
export const MAX_SNAPSHOTS = 40;
export const MAX_NAME = 120;

const person = shape({ id: isItemId, name: text(MAX_NAME), categories: list(isItemId, 40), frequency: oneOf(FREQUENCIES), place: oneOf(PLACES) });
const people = list(person, MAX_PEOPLE, byId);

/** Exactly the format-1 shape: no missing, extra or mistyped properties, no repeated ids. */
export const isNetworkRecord = shape({
  format: oneOf([NETWORK_FORMAT]),
  people,
  snapshots: list(shape({ id: isItemId, takenOn: isCalendarDay, people }), MAX_SNAPSHOTS, byId),
  updatedAt: isDateString,
}) as (value: unknown) => value is NetworkRecord;

export const networkCodec = recordCodec<NetworkRecord>({
  format: NETWORK_FORMAT,
  empty: EMPTY_NETWORK,
  migrations: NETWORK_MIGRATIONS,
  isValid: isNetworkRecord,
});
