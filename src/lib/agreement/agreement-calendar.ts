/**
 * The agreement's dates as an iCalendar (.ics) file: the meetings, repeating at the agreed
 * rhythm from the start date, and the review. Made with ical-generator, which is imported only
 * when a file is asked for, so the library is never part of the page's first download.
 *
 * Both events are at the pair's usual time and length (or the defaults the form names), in
 * "floating" local time (no time zone): 08:00 means 08:00 wherever the file is opened, as it
 * does on paper. The meetings repeat until the review date, where the review meeting takes over.
 */
import { calendarProblems, FIELD_IDS, meetingRhythm, meetingSlot } from './agreement-fields';
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

/** A day and time as written, held in UTC fields: ical-generator writes a floating time from them unchanged. */
const floatingTime = (isoDay: string, time: string) => new Date(`${isoDay}T${time}:00Z`);
const plusMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

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
  const { time, minutes } = meetingSlot(fields);
  const now = options.now ?? new Date();

  const { default: ical, ICalEventRepeatingFreq, ICalWeekday } = await import('ical-generator');
  const uid = (kind: string) => `${kind}-${fingerprint([mentor, mentee, startDate].join('\n'))}@mentorship-guide`;

  const calendar = ical({
    name: pair ? `Mentoring: ${pair}` : 'Mentoring',
    prodId: { company: 'Mentorship Guide', product: 'Mentoring agreement builder', language: 'EN' },
  });

  const monthly = rhythm.freq === 'MONTHLY';
  const weekday = ICalWeekday[WEEKDAYS[utcDay(startDate).getUTCDay()]!];
  const firstMeeting = floatingTime(startDate, time);
  calendar.createEvent({
    id: uid('meetings'),
    start: firstMeeting,
    end: plusMinutes(firstMeeting, minutes),
    floating: true,
    stamp: now,
    summary: pair ? `Mentoring meeting: ${pair}` : 'Mentoring meeting',
    description: [
      `Mentoring meetings ${rhythm.phrase}, ${minutes} minutes from ${time}, from ${formatLongDate(utcDay(startDate))} until the review on ${formatLongDate(utcDay(reviewDate))}, as agreed in your mentoring agreement. Move any meeting that clashes.`,
      format && `Place and format: ${format}`,
    ]
      .filter(Boolean)
      .join('\n\n'),
    repeating: {
      freq: monthly ? ICalEventRepeatingFreq.MONTHLY : ICalEventRepeatingFreq.WEEKLY,
      interval: rhythm.interval,
      // The last meeting of the series is before the review day; the review meeting follows.
      until: floatingTime(reviewDate, '00:00'),
      // Monthly meetings keep to a weekday ("the second Tuesday"), so no month is skipped.
      ...(monthly ? { byDay: weekday, bySetPos: weekdayPosition(startDate) } : {}),
    },
  });

  const review = floatingTime(reviewDate, time);
  calendar.createEvent({
    id: uid('review'),
    start: review,
    end: plusMinutes(review, minutes),
    floating: true,
    stamp: now,
    summary: pair ? `Review our mentoring agreement: ${pair}` : 'Review our mentoring agreement',
    description:
      'Look at your mentoring agreement together: what is working, what has changed, and what to change. Then set the next review date.',
  });

  return calendar.toString();
}
