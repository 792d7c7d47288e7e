/** The pace of searching as the reader types. Pure, and free of imports so that scripts/bench-search.ts can read it under Node. */

/**
 * A pause in typing, in milliseconds. A keystroke that comes sooner after the previous one is the
 * middle of a word: its search waits that long for the next key instead of running at once. At a
 * quick typist's pace every keystroke's results would otherwise download their own result
 * fragments (3–5 KB each), only to be replaced by the next keystroke's: a long word cost ten of
 * them, and a first search typed on the search page went over its 100 KB budget.
 */
export const TYPING_PAUSE_MS = 300;

/**
 * How long a search as typed waits, given the milliseconds since the previous keystroke: none
 * after a pause (a slow typist, or the last letter after one), TYPING_PAUSE_MS while keys come
 * quickly. A search that waited ran after a pause, so the next key counts as coming after one.
 */
export function searchAsTypedDelay(sincePreviousKey: number): number {
  return sincePreviousKey < TYPING_PAUSE_MS ? TYPING_PAUSE_MS : 0;
}
