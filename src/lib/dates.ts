/** "25 November 2026": unambiguous for an international readership. */
export function formatLongDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "2026-11-25", for the datetime attribute of <time>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
