/** How kept partner answers describe themselves on "My saved data" (see src/lib/storage/record-describer.ts). */
import { isDateString } from '../storage/guards';
import { field, latestDate, listOf, longDate, plural, type RecordDescriber } from '../storage/record-describer';

/** "Sam's answers, taken 3 March 2026" for one kept set; never throws. */
export function keptWords(payload: unknown): string {
  const fields = listOf(payload);
  const name = typeof fields[5] === 'string' ? `${fields[5]}’s` : 'A partner’s';
  return isDateString(fields[4]) ? `${name} answers, taken ${longDate(fields[4])}` : `${name} answers`;
}

export const receivedDescriber: RecordDescriber = {
  lastChanged: (record) => latestDate(listOf(field(record, 'kept')).map((kept) => field(kept, 'keptAt'))),
  summary(record) {
    const kept = listOf(field(record, 'kept'));
    if (kept.length === 0) return 'Nothing kept';
    return `${plural(kept.length, 'set')} of answers kept; latest: ${keptWords(field(kept.at(-1), 'payload'))}`;
  },
};
