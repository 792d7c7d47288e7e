/**
 * How a kind of record describes itself on the "My saved data" page: when it last changed, and a
 * one-line summary. Each kind's describer lives beside its codec (src/lib/<tool>/describe-record.ts)
 * and joins the registry with it (src/lib/storage/registry.ts). Describers never throw: a record
 * not of the expected shape is described as far as it can be. Why a record was refused on import
 * is said by the kind's explainer (src/lib/storage/explain-records.ts), loaded only with an import.
 */
import { formatLongDate } from '../dates';
import { isDateString, isObject } from './guards';

export interface RecordDescriber {
  /** When the record last changed, as an ISO date, if it says. */
  lastChanged(record: unknown): string | undefined;
  /** One line for the list: "3 attempts, last on 12 March 2026", "7 of 12 done". `total`: items in all, where it matters. */
  summary(record: unknown, total: number | undefined): string;
}

/** The latest of some dates, as an ISO date; anything that is not a date is ignored. */
export function latestDate(values: readonly unknown[]): string | undefined {
  let latest: number | undefined;
  for (const value of values) {
    if (!isDateString(value)) continue;
    const time = Date.parse(value);
    if (latest === undefined || time > latest) latest = time;
  }
  return latest === undefined ? undefined : new Date(latest).toISOString();
}

export const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const field = (value: unknown, name: string): unknown => (isObject(value) ? value[name] : undefined);
export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
export const longDate = (date: string) => formatLongDate(new Date(Date.parse(date)));
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
