/**
 * The mentoring agreement: its saved record format, the Markdown and plain-text documents, and
 * the calendar file.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_FIELDS,
  AGREEMENT_SECTIONS,
  calendarProblems,
  FIELD_IDS,
  hintArticleIds,
  isIsoDay,
  MEETING_RHYTHMS,
} from '../../src/lib/agreement/agreement-fields';
import {
  AGREEMENT_FORMAT,
  agreementCodec,
  clearedAgreement,
  EMPTY_AGREEMENT,
  isAgreementRecord,
  withField,
  type AgreementRecord,
} from '../../src/lib/agreement/agreement-record';
import { agreementToCalendar, CalendarNotReady, weekdayPosition } from '../../src/lib/agreement/agreement-calendar';
import {
  agreementToMarkdown,
  agreementToText,
  escapeMarkdown,
  NOT_YET_AGREED,
} from '../../src/lib/agreement/agreement-text';
import { AGREEMENT_KEY, STORAGE_PREFIX } from '../../src/lib/storage/keys';

/** A complete agreement, every field filled in (dates as date inputs give them). */
const FULL: Record<string, string> = {
  mentorName: 'Daniel Okafor',
  menteeName: 'Priya Shah',
  startDate: '2026-03-10',
  goals: 'Submit a first grant by June.\nDecide between clinical and research tracks.',
  meetingRhythm: 'monthly',
  meetingFormat: '45 minutes, in person or by video. Priya books.',
  communication: 'Email; replies within three working days.',
  menteeExpectations: 'Send an agenda two days before each meeting.',
  mentorExpectations: 'Read one draft a term.',
  confidentiality: 'What we discuss stays between us, unless someone is at risk.',
  credit: 'Priya is first author on papers from her own project.',
  ending: 'Either of us can end this at any time, without blame.',
  reviewDate: '2026-09-10',
};

const RECORD: AgreementRecord = { format: 1, fields: FULL, updatedAt: '2026-03-10T09:30:00.000Z' };

describe('the field definitions', () => {
  it('ask for every heading of the agreement, each once, with a hint', () => {
    const ids = AGREEMENT_FIELDS.map((field) => field.id);
    expect(ids).toEqual(Object.values(FIELD_IDS));
    expect(new Set(ids).size).toBe(ids.length);
    for (const field of AGREEMENT_FIELDS) expect(field.hint.length, field.id).toBeGreaterThan(10);
    expect(Object.keys(FULL).sort()).toEqual([...ids].sort());
  });

  it('offer the five meeting rhythms in the select', () => {
    const select = AGREEMENT_FIELDS.find((field) => field.id === FIELD_IDS.meetingRhythm)!;
    expect(select.kind).toBe('select');
    expect(select.options?.map((option) => option.value)).toEqual(['weekly', 'fortnightly', 'monthly', 'every-two-months', 'quarterly']);
  });

  it('link hints to articles by id', () => {
    expect(hintArticleIds()).toEqual(expect.arrayContaining(['competition', 'ending-well', 'reviewing-agreements']));
  });

  it.each([
    ['2026-03-10', true],
    ['2028-02-29', true],
    ['2026-02-30', false],
    ['2026-3-10', false],
    ['10/03/2026', false],
    ['', false],
    [undefined, false],
  ])('isIsoDay(%j) is %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });
});

describe('the saved record', () => {
  it('is stored under one key of the site', () => {
    expect(AGREEMENT_KEY.startsWith(STORAGE_PREFIX)).toBe(true);
  });

  it.each([null, undefined, ''])('reads %j as empty', (stored) => {
    expect(agreementCodec.parse(stored)).toEqual({ status: 'empty', record: EMPTY_AGREEMENT });
  });

  it('reads a valid record as it was stored', () => {
    expect(agreementCodec.parse(JSON.stringify(RECORD))).toEqual({ status: 'ok', record: RECORD });
  });

  it('round-trips through serialise and parse', () => {
    for (const record of [RECORD, EMPTY_AGREEMENT, clearedAgreement(new Date('2026-04-01T00:00:00Z'))]) {
      const stored = agreementCodec.serialise(record);
      expect(agreementCodec.parse(stored)).toEqual({ status: 'ok', record });
    }
  });

  it('keeps text that is not JSON as unreadable', () => {
    const stored = '{"format":1,"fields":{"goals":"Sub';
    expect(agreementCodec.parse(stored)).toEqual({ status: 'corrupt', record: EMPTY_AGREEMENT, unreadable: stored });
  });

  const corrupt: [string, unknown][] = [
    ['a number', 1],
    ['an array', [RECORD]],
    ['no format', { fields: {}, updatedAt: RECORD.updatedAt }],
    ['format 0', { ...RECORD, format: 0 }],
    ['a format that is not a whole number', { ...RECORD, format: 1.5 }],
    ['fields that are not an object', { ...RECORD, fields: ['goals'] }],
    ['a field that is not a string', { ...RECORD, fields: { ...FULL, goals: 3 } }],
    ['a field that is null', { ...RECORD, fields: { ...FULL, goals: null } }],
    ['no fields', { format: 1, updatedAt: RECORD.updatedAt }],
    ['no updatedAt', { format: 1, fields: FULL }],
    ['an updatedAt that is not a date', { ...RECORD, updatedAt: 'yesterday' }],
    ['an unexpected property', { ...RECORD, extra: true }],
  ];
  it.each(corrupt)('keeps a record with %s as unreadable', (_, value) => {
    const stored = JSON.stringify(value);
    expect(agreementCodec.parse(stored)).toEqual({ status: 'corrupt', record: EMPTY_AGREEMENT, unreadable: stored });
    expect(isAgreementRecord(value)).toBe(false);
  });

  it('does not read a record from a newer version of the site, and keeps it', () => {
    const stored = JSON.stringify({ format: AGREEMENT_FORMAT + 1, parties: [], fields: {} });
    expect(agreementCodec.parse(stored)).toEqual({ status: 'newer', record: EMPTY_AGREEMENT, unreadable: stored });
  });

  it('changes one field at a time, and forgets a field that is emptied', () => {
    const now = new Date('2026-03-11T08:00:00.000Z');
    const changed = withField(RECORD, FIELD_IDS.goals, 'One goal', now);
    expect(changed).toEqual({ format: 1, fields: { ...FULL, goals: 'One goal' }, updatedAt: now.toISOString() });
    expect(RECORD.fields.goals).toBe(FULL.goals);
    const emptied = withField(changed, FIELD_IDS.goals, '', now);
    expect(Object.hasOwn(emptied.fields, FIELD_IDS.goals)).toBe(false);
    expect(isAgreementRecord(emptied)).toBe(true);
  });

  it('clears every field', () => {
    const cleared = clearedAgreement(new Date('2026-03-12T00:00:00.000Z'));
    expect(cleared).toEqual({ format: 1, fields: {}, updatedAt: '2026-03-12T00:00:00.000Z' });
    expect(isAgreementRecord(cleared)).toBe(true);
  });
});

describe('the agreement as Markdown', () => {
  const markdown = agreementToMarkdown(FULL, AGREEMENT_SECTIONS);

  it('has a title, the two people, and a heading for every section', () => {
    expect(markdown.startsWith('# Mentoring agreement\n\nBetween Daniel Okafor (mentor) and Priya Shah (mentee)\n')).toBe(true);
    for (const section of AGREEMENT_SECTIONS) expect(markdown).toContain(`\n## ${section.title}\n`);
    expect(markdown).toContain('\n## Signatures\n');
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown).not.toMatch(/\n{3,}/);
  });

  it('shows every field, with dates written out and the rhythm by its label', () => {
    expect(markdown).toContain("- **Mentor's name:** Daniel Okafor");
    expect(markdown).toContain('- **Start date:** 10 March 2026');
    expect(markdown).toContain('- **Review date:** 10 September 2026');
    expect(markdown).toContain('- **How often you will meet:** Monthly');
    expect(markdown).toContain('### What the mentee wants to achieve this year\n\nSubmit a first grant by June.  \nDecide between');
    for (const field of AGREEMENT_FIELDS) {
      if (field.kind === 'textarea') expect(markdown).toContain(`### ${field.label}\n\n${FULL[field.id]!.split('\n')[0]}`);
    }
    expect(markdown).not.toContain(NOT_YET_AGREED);
  });

  it('shows empty fields as not yet agreed', () => {
    const empty = agreementToMarkdown({}, AGREEMENT_SECTIONS);
    expect(empty.match(/\(not yet agreed\)/g)).toHaveLength(AGREEMENT_FIELDS.length);
    expect(empty).not.toContain('Between');
    const spaces = agreementToMarkdown({ ...FULL, goals: '   \n  ' }, AGREEMENT_SECTIONS);
    expect(spaces).toContain('### What the mentee wants to achieve this year\n\n(not yet agreed)');
  });

  it('ends with a signature line and a date line for each person', () => {
    const signatures = markdown.slice(markdown.indexOf('## Signatures'));
    expect(signatures).toMatch(/\*\*Mentor:\*\* Daniel Okafor\n\nSignature: _{10,} {2}\nDate: _{10,}/);
    expect(signatures).toMatch(/\*\*Mentee:\*\* Priya Shah\n\nSignature: _{10,} {2}\nDate: _{10,}/);
    expect(signatures.match(/^Signature: /gm)).toHaveLength(2);
    expect(signatures.match(/^Date: /gm)).toHaveLength(2);
    expect(agreementToMarkdown({}, AGREEMENT_SECTIONS)).toMatch(/\*\*Mentor:\*\* _{10,}\n/);
  });

  it('keeps typed HTML as text that a Markdown renderer shows literally', () => {
    const typed = '<script>alert("x")</script> & <b>bold</b> &amp;';
    const output = agreementToMarkdown({ ...FULL, goals: typed, mentorName: '<img src=x onerror=alert(1)>' }, AGREEMENT_SECTIONS);
    // Every "<" is escaped, so no renderer sees a tag; nothing is turned into HTML entities either.
    expect(output).not.toMatch(/(^|[^\\])</m);
    expect(output).toContain('\\<script>alert("x")\\</script> & \\<b>bold\\</b> \\&amp;');
    expect(output).toContain('- **Mentor\'s name:** \\<img src=x onerror=alert(1)>');
    expect(output).not.toContain('&lt;');
  });

  it('never turns typed links, images or autolinks into live ones when a Markdown renderer reads the file', () => {
    const typed = {
      ...FULL,
      [FIELD_IDS.mentorName]: '[click me](javascript:alert(1))',
      goals: 'See ![x](javascript:alert(2)) and [ref][1]\n\n[1]: javascript:alert(3)\n<javascript:alert(4)> <https://example.org>',
    };
    const html = marked.parse(agreementToMarkdown(typed, AGREEMENT_SECTIONS), { async: false });
    // A plain web address may still become a link (renderers link bare https:// addresses); nothing else may.
    expect([...html.matchAll(/href="([^"]*)"/gi)].map((match) => match[1]).filter((href) => !/^https:\/\//.test(href!))).toEqual([]);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/javascript:[^<]*<\/a>/i);
    expect(html).toContain('[click me](javascript:alert(1))');
  });

  it('keeps typed text from making headings, quotes or rules, but keeps lists', () => {
    expect(escapeMarkdown('# Not a heading\n> not a quote\n---\n- a list item\nC:\\files')).toBe(
      '\\# Not a heading\n\\> not a quote\n\\---\n- a list item\nC:\\\\files',
    );
  });
});

describe('the agreement as plain text', () => {
  const text = agreementToText(FULL, AGREEMENT_SECTIONS);

  it('has an underlined title and a heading for every section', () => {
    expect(text.startsWith('MENTORING AGREEMENT\n===================\n\nBetween Daniel Okafor (mentor) and Priya Shah (mentee)\n')).toBe(true);
    for (const section of AGREEMENT_SECTIONS) expect(text).toContain(`\n${section.title}\n${'-'.repeat(section.title.length)}\n`);
    expect(text).not.toMatch(/\n{3,}/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('shows every field', () => {
    expect(text).toContain("Mentor's name: Daniel Okafor\nMentee's name: Priya Shah\nStart date: 10 March 2026\n");
    expect(text).toContain('How often you will meet: Monthly');
    expect(text).toContain('Review date: 10 September 2026');
    expect(text).toContain('What the mentee wants to achieve this year:\n  Submit a first grant by June.\n  Decide between clinical and research tracks.\n');
    for (const field of AGREEMENT_FIELDS) expect(text).toContain(field.label);
    for (const value of Object.values(FULL).filter((value) => !/^\d{4}-|^monthly$/.test(value))) {
      for (const line of value.split('\n')) expect(text).toContain(line);
    }
  });

  it('shows empty fields as not yet agreed', () => {
    const empty = agreementToText({ mentorName: 'Daniel Okafor' }, AGREEMENT_SECTIONS);
    expect(empty.match(/\(not yet agreed\)/g)).toHaveLength(AGREEMENT_FIELDS.length - 1);
    expect(empty).toContain("Mentee's name: (not yet agreed)");
    expect(empty).toContain('Confidentiality:\n  (not yet agreed)');
  });

  it('ends with signature and date lines for both people', () => {
    expect(text).toMatch(/Mentor: Daniel Okafor\n\nSignature: _{10,} {3}Date: _{10,}\n\nMentee: Priya Shah\n\nSignature: _{10,} {3}Date: _{10,}\n$/);
  });

  it('keeps typed HTML exactly as typed', () => {
    const output = agreementToText({ ...FULL, credit: '<script>alert(1)</script> & co' }, AGREEMENT_SECTIONS);
    expect(output).toContain('  <script>alert(1)</script> & co\n');
    expect(output).not.toContain('&lt;');
  });
});

describe('the calendar file', () => {
  const NOW = new Date('2026-03-01T12:00:00Z');
  /** Unfolds folded lines (RFC 5545 §3.1) and splits the file into lines. */
  const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events = (ics: string) =>
    ics
      .replace(/\r\n[ \t]/g, '')
      .split('BEGIN:VEVENT\r\n')
      .slice(1)
      .map((block) => block.slice(0, block.indexOf('END:VEVENT')).split('\r\n').filter(Boolean));

  it('is a calendar with the meetings and the review, as all-day events', async () => {
    const ics = await agreementToCalendar(FULL, { now: NOW });
    const all = lines(ics);
    expect(all[0]).toBe('BEGIN:VCALENDAR');
    expect(all).toContain('VERSION:2.0');
    expect(all.filter(Boolean).at(-1)).toBe('END:VCALENDAR');
    const [meetings, review] = events(ics);
    expect(meetings).toContain('DTSTART;VALUE=DATE:20260310');
    expect(meetings).toContain('SUMMARY:Mentoring meeting: Daniel Okafor and Priya Shah');
    expect(meetings!.some((line) => line.startsWith('RRULE:'))).toBe(true);
    expect(review).toContain('DTSTART;VALUE=DATE:20260910');
    expect(review!.some((line) => line.startsWith('SUMMARY:Review our mentoring agreement'))).toBe(true);
    expect(review!.some((line) => line.startsWith('RRULE:'))).toBe(false);
    for (const event of [meetings!, review!]) {
      expect(event).toContain('DTSTAMP:20260301T120000Z');
      expect(event.find((line) => line.startsWith('UID:'))).toMatch(/^UID:\S+@mentorship-guide$/);
    }
    // Every line within 75 octets, ending in CRLF.
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('writes the dates as typed, even on a machine in %s', async (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(0);
      const ics = await agreementToCalendar({ ...FULL, startDate: '2026-12-31', reviewDate: '2027-01-01' }, { now: NOW });
      const starts = lines(ics).filter((line) => line.startsWith('DTSTART'));
      expect(starts).toEqual(['DTSTART;VALUE=DATE:20261231', 'DTSTART;VALUE=DATE:20270101']);
      expect(agreementToText({ startDate: '2026-12-31' }, AGREEMENT_SECTIONS)).toContain('Start date: 31 December 2026');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  const expectedRules: Record<string, string> = {
    // 10 March 2026 is the second Tuesday of the month.
    weekly: 'RRULE:FREQ=WEEKLY;INTERVAL=1',
    fortnightly: 'RRULE:FREQ=WEEKLY;INTERVAL=2',
    monthly: 'RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2',
    'every-two-months': 'RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=TU;BYSETPOS=2',
    quarterly: 'RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=TU;BYSETPOS=2',
  };
  it('covers every rhythm the form offers', () => {
    expect(Object.keys(expectedRules)).toEqual(MEETING_RHYTHMS.map((rhythm) => rhythm.value));
  });
  it.each(Object.entries(expectedRules))('repeats %s meetings with the right rule', async (rhythm, rule) => {
    const ics = await agreementToCalendar({ ...FULL, meetingRhythm: rhythm }, { now: NOW });
    expect(lines(ics).filter((line) => line.startsWith('RRULE:'))).toEqual([rule]);
  });

  it('keeps monthly meetings to the last weekday when the start date is a fifth weekday', async () => {
    expect(weekdayPosition('2026-01-31')).toBe(-1); // the fifth (and last) Saturday
    expect(weekdayPosition('2026-01-28')).toBe(4);
    expect(weekdayPosition('2026-01-01')).toBe(1);
    const ics = await agreementToCalendar({ ...FULL, startDate: '2026-01-31' }, { now: NOW });
    expect(lines(ics)).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=SA;BYSETPOS=-1');
  });

  it('escapes typed text as iCalendar text', async () => {
    const ics = await agreementToCalendar({ ...FULL, meetingFormat: '45 minutes; video, or\nin person' }, { now: NOW });
    expect(lines(ics).find((line) => line.startsWith('DESCRIPTION:Mentoring meetings'))).toContain(
      'Length and format: 45 minutes\\; video\\, or\\nin person',
    );
  });

  it('gives the same events the same ids, so importing a new copy updates them', async () => {
    const uids = async (fields: Record<string, string>) => lines(await agreementToCalendar(fields)).filter((line) => line.startsWith('UID:'));
    expect(await uids(FULL)).toEqual(await uids({ ...FULL, goals: 'Changed', reviewDate: '2026-10-01' }));
    expect(await uids(FULL)).not.toEqual(await uids({ ...FULL, menteeName: 'Someone else' }));
  });

  it('explains what is missing before a file can be made', async () => {
    expect(calendarProblems(FULL)).toEqual([]);
    expect(calendarProblems({})).toEqual(['Fill in the start date.', 'Choose how often you will meet.', 'Fill in the review date.']);
    expect(calendarProblems({ ...FULL, reviewDate: '2026-03-01' })).toEqual(['Set a review date after the start date.']);
    expect(calendarProblems({ ...FULL, startDate: '2026-02-30' })).toEqual(['Fill in the start date.']);
    await expect(agreementToCalendar({ ...FULL, reviewDate: '' })).rejects.toThrow(CalendarNotReady);
  });
});
