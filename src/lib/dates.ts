/** "25 November 2026": unambiguous for an international readership. */
export function formatLongDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "2026-11-25", for the datetime attribute of <time>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The reader's own calendar day (YYYY-MM-DD), by the clock of their device. */
export function localDay(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "25 November 2026" for a calendar day written YYYY-MM-DD. */
export const formatDay = (day: string) => formatLongDate(new Date(`${day}T00:00:00Z`));
