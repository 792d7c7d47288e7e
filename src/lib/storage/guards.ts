/** Small type guards for reading stored JSON without a schema library in the browser bundle. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A real calendar day written YYYY-MM-DD: "2026-02-29" and "2026-13-45" are not. */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * An ISO 8601 date or timestamp naming a real moment ("2026-05-02", "2026-05-02T10:15:00.000Z"),
 * the only form the site writes. Anything else, including strings some browsers' Date.parse
 * would guess at, and impossible days or times, is not a date.
 */
export const isDateString = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d\d-\d\d(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d\d:[0-5]\d)?)?$/.test(value) &&
  isCalendarDay(value.slice(0, 10)) &&
  !Number.isNaN(Date.parse(value));

export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

export const isStringRecord = (value: unknown): value is Record<string, string> =>
  isObject(value) && Object.values(value).every((entry) => typeof entry === 'string');
