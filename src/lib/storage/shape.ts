/**
 * A few small checks that compose into the exact shape of a stored record, so a codec says what
 * it accepts in one declaration (see src/lib/network/network-record.ts) without a schema library
 * in the browser bundle.
 */
import { isObject } from './guards';

export type Check = (value: unknown) => boolean;

/** A string of at most `max` characters. */
export const text =
  (max: number): Check =>
  (value) =>
    typeof value === 'string' && value.length <= max;

/** One of the given values. */
export const oneOf =
  (values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);

/** A list of at most `max` items, each passing `item`; with `key`, no two items share a key. */
export const list =
  (item: Check, max: number, key: (item: any) => unknown = (entry) => entry): Check =>
  (value) =>
    Array.isArray(value) && value.length <= max && value.every(item) && new Set(value.map(key)).size === value.length;

/** An object with exactly these properties (no more, no fewer), each passing its check. */
export const shape =
  (fields: Record<string, Check>): Check =>
  (value) =>
    isObject(value) &&
    Object.keys(value).length === Object.keys(fields).length &&
    Object.entries(fields).every(([name, check]) => Object.hasOwn(value, name) && check(value[name]));

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** An id made by the site or taken from a content file: lower-case letters, digits and hyphens. */
export const isItemId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);
export const byId = (item: { id: string }) => item.id;

/** A new id, unlike any of `taken`. */
export function newId(taken: readonly { id: string }[], random: () => number = Math.random): string {
  for (;;) {
    const id = `i${Math.floor(random() * 36 ** 6).toString(36)}`;
    if (!taken.some((item) => item.id === id)) return id;
  }
}
