/** Small type guards for reading stored JSON without a schema library in the browser bundle. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** A real calendar day written YYYY-MM-DD: "2026-02-29" and "2026-13-45" are not. */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * An ISO 8601 date or timestamp naming a real moment ("2026-05-02", "2026-05-02T10:15:00.000Z"),
 * the only form the site writes. Anything else, including strings some browsers' Date.parse
 * would guess at, and impossible days or times, is not a date.
 */
export function isDateString(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0', offsetHours = '0', offsetMinutes = '0'] = match;
  return (
    isRealDay(Number(year), Number(month), Number(day)) &&
    Number(hours) < 24 &&
    Number(minutes) < 60 &&
    Number(seconds) < 60 &&
    Number(offsetHours) < 24 &&
    Number(offsetMinutes) < 60 &&
    !Number.isNaN(Date.parse(value))
  );
}

export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

export const isStringRecord = (value: unknown): value is Record<string, string> =>
  isObject(value) && Object.values(value).every((entry) => typeof entry === 'string');
