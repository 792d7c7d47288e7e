/**
 * The headings of a mentoring agreement, as the builder asks for them. Labels and hints follow
 * the article "Why and how to write a mentoring agreement" (content/articles/mentoring-agreement.mdx). Field ids are
 * stored in people's browsers: never rename one or reuse it for a different question.
 */

export type FieldKind = 'text' | 'textarea' | 'date' | 'time' | 'select';

export interface FieldOption {
  value: string;
  label: string;
}

export interface AgreementField {
  /** Stable id: the key in the saved record. */
  id: string;
  label: string;
  kind: FieldKind;
  /** One or two sentences shown under the label and linked to the control. */
  hint: string;
  /** For selects: the choices, without the empty "not yet agreed" one. */
  options?: readonly FieldOption[];
  /** An article that says more, by id. */
  article?: string;
}

export interface AgreementSection {
  id: string;
  title: string;
  fields: readonly AgreementField[];
}

/** How often the pair meet: the choices of the meeting rhythm select, with their calendar rule. */
export const MEETING_RHYTHMS = [
  { value: 'weekly', label: 'Weekly', freq: 'WEEKLY', interval: 1, phrase: 'every week' },
  { value: 'fortnightly', label: 'Fortnightly (every two weeks)', freq: 'WEEKLY', interval: 2, phrase: 'every two weeks' },
  { value: 'monthly', label: 'Monthly', freq: 'MONTHLY', interval: 1, phrase: 'every month' },
  { value: 'every-two-months', label: 'Every two months', freq: 'MONTHLY', interval: 2, phrase: 'every two months' },
  { value: 'quarterly', label: 'Quarterly (every three months)', freq: 'MONTHLY', interval: 3, phrase: 'every three months' },
] as const satisfies readonly (FieldOption & { freq: 'WEEKLY' | 'MONTHLY'; interval: number; phrase: string })[];

export type MeetingRhythm = (typeof MEETING_RHYTHMS)[number];

/** How long a usual meeting lasts: the choices of the meeting length select, in minutes. */
export const MEETING_LENGTHS = [30, 45, 60, 90] as const;

/** What the calendar file uses, and the form says it will use, until the pair choose otherwise. */
export const DEFAULT_MEETING_TIME = '12:00';
export const DEFAULT_MEETING_MINUTES = 45;

export const FIELD_IDS = {
  mentorName: 'mentorName',
  menteeName: 'menteeName',
  startDate: 'startDate',
  goals: 'goals',
  meetingRhythm: 'meetingRhythm',
  meetingTime: 'meetingTime',
  meetingLength: 'meetingLength',
  meetingFormat: 'meetingFormat',
  communication: 'communication',
  menteeExpectations: 'menteeExpectations',
  mentorExpectations: 'mentorExpectations',
  confidentiality: 'confidentiality',
  credit: 'credit',
  ending: 'ending',
  reviewDate: 'reviewDate',
} as const;

export const AGREEMENT_SECTIONS: readonly AgreementSection[] = [
  {
    id: 'who-and-when',
    title: 'Who and when',
    fields: [
      {
        id: FIELD_IDS.mentorName,
        label: "Mentor's name",
        kind: 'text',
        hint: 'The person offering guidance.',
      },
      {
        id: FIELD_IDS.menteeName,
        label: "Mentee's name",
        kind: 'text',
        hint: 'The person being mentored, whose goals these are.',
      },
      {
        id: FIELD_IDS.startDate,
        label: 'Start date',
        kind: 'date',
        hint: 'When this agreement starts. The calendar file repeats your meetings from this date.',
        article: 'first-meeting',
      },
    ],
  },
  {
    id: 'goals',
    title: 'Goals',
    fields: [
      {
        id: FIELD_IDS.goals,
        label: 'What the mentee wants to achieve this year',
        kind: 'textarea',
        hint: "Two to four goals, in the mentee's own words, such as submitting a first grant or choosing between two career paths. The goals belong to the mentee.",
      },
    ],
  },
  {
    id: 'meetings',
    title: 'Meetings and keeping in touch',
    fields: [
      {
        id: FIELD_IDS.meetingRhythm,
        label: 'How often you will meet',
        kind: 'select',
        hint: 'Meeting regularly helps. In the calendar file, monthly and less frequent meetings fall on the same weekday of the month as the start date, such as the second Tuesday.',
        options: MEETING_RHYTHMS.map(({ value, label }) => ({ value, label })),
        article: 'meeting-rhythm',
      },
      {
        id: FIELD_IDS.meetingTime,
        label: 'Usual time of day',
        kind: 'time',
        hint: `The time your meetings usually start, for the calendar file. Until you choose one, the file uses ${DEFAULT_MEETING_TIME}.`,
      },
      {
        id: FIELD_IDS.meetingLength,
        label: 'Usual length',
        kind: 'select',
        hint: `How long a meeting usually lasts, for the calendar file. Until you choose, the file uses ${DEFAULT_MEETING_MINUTES} minutes.`,
        options: MEETING_LENGTHS.map((minutes) => ({ value: String(minutes), label: `${minutes} minutes` })),
      },
      {
        id: FIELD_IDS.meetingFormat,
        label: 'Meeting place and format',
        kind: 'textarea',
        hint: 'For example: in person or by video. Note who books meetings and what happens if one is cancelled.',
      },
      {
        id: FIELD_IDS.communication,
        label: 'Keeping in touch between meetings',
        kind: 'textarea',
        hint: 'How you will contact each other, such as email or phone, and how quickly each of you can usually reply. Agreed reply times stop a slow answer being read as a lack of interest.',
        article: 'poor-communication',
      },
    ],
  },
  {
    id: 'expectations',
    title: 'What each person will do',
    fields: [
      {
        id: FIELD_IDS.menteeExpectations,
        label: 'What the mentee will do',
        kind: 'textarea',
        hint: 'For example, send an agenda before each meeting and a short note afterwards. Promise only what you can deliver.',
      },
      {
        id: FIELD_IDS.mentorExpectations,
        label: 'What the mentor will do',
        kind: 'textarea',
        hint: 'For example, read one draft a term, or make introductions when they can. Lack of time is a challenge for both sides, so promise only what you can deliver.',
      },
    ],
  },
  {
    id: 'confidentiality-and-credit',
    title: 'Confidentiality and credit',
    fields: [
      {
        id: FIELD_IDS.confidentiality,
        label: 'Confidentiality',
        kind: 'textarea',
        hint: 'What stays between you, and where the limits are. If the mentor also has authority over the mentee, say how you will keep the two roles apart.',
        article: 'conflicts-of-interest',
      },
      {
        id: FIELD_IDS.credit,
        label: 'How credit is shared',
        kind: 'textarea',
        hint: 'How authorship works on shared papers, how help is acknowledged, and who presents joint work.',
        article: 'competition',
      },
    ],
  },
  {
    id: 'ending-and-review',
    title: 'Ending and review',
    fields: [
      {
        id: FIELD_IDS.ending,
        label: 'Ending without fault',
        kind: 'textarea',
        hint: 'For example: "Either of us can end this mentoring relationship at any time, without blame." Agreeing this while things go well makes the conversation easier later.',
        article: 'ending-well',
      },
      {
        id: FIELD_IDS.reviewDate,
        label: 'Review date',
        kind: 'date',
        hint: 'When you will look at this agreement again. Every six months suits many pairs, with a lighter check after the first three.',
        article: 'reviewing-agreements',
      },
    ],
  },
];

/** Every field, in the order the form asks for them. */
export const AGREEMENT_FIELDS: readonly AgreementField[] = /*#__PURE__*/ AGREEMENT_SECTIONS.flatMap((section) => section.fields);

/** Article ids the field hints link to. */
export function hintArticleIds(sections: readonly AgreementSection[] = AGREEMENT_SECTIONS): string[] {
  return [...new Set(sections.flatMap((section) => section.fields.flatMap((field) => (field.article ? [field.article] : []))))];
}

/** "2026-03-01" and nothing else: what a date input gives, checked to be a real day. */
export function isIsoDay(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function meetingRhythm(value: string | undefined): MeetingRhythm | undefined {
  return MEETING_RHYTHMS.find((rhythm) => rhythm.value === value);
}

/**
 * What is still needed before a calendar file can be made, as sentences for the user; empty
 * when the start date, meeting rhythm and review date are all there and in order.
 */
export function calendarProblems(fields: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const start = fields[FIELD_IDS.startDate];
  const review = fields[FIELD_IDS.reviewDate];
  if (!isIsoDay(start)) problems.push('Fill in the start date.');
  if (!meetingRhythm(fields[FIELD_IDS.meetingRhythm])) problems.push('Choose how often you will meet.');
  if (!isIsoDay(review)) problems.push('Fill in the review date.');
  if (isIsoDay(start) && isIsoDay(review) && review <= start) problems.push('Set a review date after the start date.');
  return problems;
}

/** "14:30": what a time input gives, checked to be a real time of day. */
export function isTimeOfDay(value: string | undefined): value is string {
  return !!value && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** When meetings start and how long they last: what the pair chose, or the defaults the form names. */
export function meetingSlot(fields: Readonly<Record<string, string>>): { time: string; minutes: number } {
  const typedTime = fields[FIELD_IDS.meetingTime];
  const typedMinutes = Number(fields[FIELD_IDS.meetingLength]);
  const time = isTimeOfDay(typedTime) ? typedTime : DEFAULT_MEETING_TIME;
  const minutes = (MEETING_LENGTHS as readonly number[]).includes(typedMinutes) ? typedMinutes : DEFAULT_MEETING_MINUTES;
  return { time, minutes };
}

export type SectionState = 'not started' | 'started' | 'done';

export interface SectionProgress {
  id: string;
  title: string;
  filled: number;
  total: number;
  state: SectionState;
}

const isFilled = (value: string | undefined) => (value ?? '').trim() !== '';

/** How far each section is filled in: done when every field has an answer, started when some have. */
export function sectionProgress(
  fields: Readonly<Record<string, string>>,
  sections: readonly AgreementSection[],
): SectionProgress[] {
  return sections.map(({ id, title, fields: definitions }) => {
    const filled = definitions.filter((field) => isFilled(fields[field.id])).length;
    const total = definitions.length;
    return { id, title, filled, total, state: filled === 0 ? 'not started' : filled === total ? 'done' : 'started' };
  });
}

/** "2 of 6 sections done, 1 more started": the whole form's progress in one line. */
export function progressSummary(progress: readonly SectionProgress[]): string {
  const done = progress.filter((section) => section.state === 'done').length;
  const started = progress.filter((section) => section.state === 'started').length;
  const head = `${done} of ${progress.length} sections done`;
  return started > 0 ? `${head}, ${started} more started` : head;
}
