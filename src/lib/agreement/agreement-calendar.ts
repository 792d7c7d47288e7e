/**
 * The agreement's dates as an iCalendar (.ics) file: the meetings, repeating at the agreed
 * rhythm from the start date, and the review. Made with ical-generator, which is imported only
 * when a file is asked for, so the library is never part of the page's first download.
 *
 * Both events are all-day (DATE values, no time zone): the agreement names days, not times,
 * and a date-only event shows on the same day wherever the file is opened. Meetings are marked
 * free ("transparent") so that the placeholder does not block the day; people set the time when
 * they book each meeting.
 */
import { calendarProblems, FIELD_IDS, meetingRhythm } from './agreement-fields';
import { formatLongDate } from '../dates';

export const CALENDAR_FILE_NAME = 'mentoring-agreement.ics';

export class CalendarNotReady extends Error {
  constructor(readonly problems: string[]) {
    super(`A calendar file needs more details: ${problems.join(' ')}`);
    this.name = 'CalendarNotReady';
  }
}

/** The weekday (two letters, as iCalendar names them) of an ISO day. */
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** A day as a Date at midnight UTC, which ical-generator writes as that same DATE value. */
const utcDay = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/**
 * Which occurrence of its weekday in the month a day is: 1 to 4, or -1 for the last (a fifth
 * weekday is always the last, and not every month has one).
 */
export function weekdayPosition(isoDay: string): number {
  const day = utcDay(isoDay).getUTCDate();
  const position = Math.ceil(day / 7);
  return position === 5 ? -1 : position;
}

/** A short, stable UID part from the agreement's people and dates, so a re-import updates events. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export interface CalendarOptions {
  /** The time the file is made (DTSTAMP); tests pass a fixed one. */
  now?: Date;
}

/**
 * The .ics text for an agreement. Throws CalendarNotReady when a date or the rhythm is missing
 * (calendarProblems says which, for the page to explain before anyone asks).
 */
export async function agreementToCalendar(fields: Readonly<Record<string, string>>, options: CalendarOptions = {}): Promise<string> {
  const problems = calendarProblems(fields);
  if (problems.length > 0) throw new CalendarNotReady(problems);
  const startDate = fields[FIELD_IDS.startDate]!;
  const reviewDate = fields[FIELD_IDS.reviewDate]!;
  const rhythm = meetingRhythm(fields[FIELD_IDS.meetingRhythm])!;
  const mentor = (fields[FIELD_IDS.mentorName] ?? '').trim();
  const mentee = (fields[FIELD_IDS.menteeName] ?? '').trim();
  const pair = mentor && mentee ? `${mentor} and ${mentee}` : mentor || mentee;
  const format = (fields[FIELD_IDS.meetingFormat] ?? '').trim();
  const now = options.now ?? new Date();

  const { default: ical, ICalEventRepeatingFreq, ICalEventTransparency, ICalWeekday } = await import('ical-generator');
  const uid = (kind: string) => `${kind}-${fingerprint([mentor, mentee, startDate].join('\n'))}@mentorship-guide`;

  const calendar = ical({
    name: pair ? `Mentoring: ${pair}` : 'Mentoring',
    prodId: { company: 'Mentorship Guide', product: 'Mentoring agreement builder', language: 'EN' },
  });

  const monthly = rhythm.freq === 'MONTHLY';
  const weekday = ICalWeekday[WEEKDAYS[utcDay(startDate).getUTCDay()]!];
  calendar.createEvent({
    id: uid('meetings'),
    start: utcDay(startDate),
    allDay: true,
    stamp: now,
    summary: pair ? `Mentoring meeting: ${pair}` : 'Mentoring meeting',
    description: [
      `Mentoring meetings ${rhythm.phrase}, from ${formatLongDate(utcDay(startDate))}, as agreed in your mentoring agreement. Set the time when you book each meeting.`,
      format && `Length and format: ${format}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    transparency: ICalEventTransparency.TRANSPARENT,
    repeating: {
      freq: monthly ? ICalEventRepeatingFreq.MONTHLY : ICalEventRepeatingFreq.WEEKLY,
      interval: rhythm.interval,
      // Monthly meetings keep to a weekday ("the second Tuesday"), so no month is skipped.
      ...(monthly ? { byDay: weekday, bySetPos: weekdayPosition(startDate) } : {}),
    },
  });

  calendar.createEvent({
    id: uid('review'),
    start: utcDay(reviewDate),
    allDay: true,
    stamp: now,
    summary: pair ? `Review our mentoring agreement: ${pair}` : 'Review our mentoring agreement',
    description:
      'Look at your mentoring agreement together: what is working, what has changed, and what to change. Then set the next review date.',
  });

  return calendar.toString();
}
