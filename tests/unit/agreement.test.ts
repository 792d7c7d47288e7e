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
  isTimeOfDay,
  MEETING_RHYTHMS,
  meetingSlot,
  progressSummary,
  sectionProgress,
} from '../../src/lib/agreement/agreement-fields';
import { FIELD_EXAMPLES } from '../../src/lib/agreement/agreement-examples';
import { agreementDocxBytes } from '../../src/lib/agreement/agreement-docx';
import { strFromU8, unzipSync } from 'fflate';
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
import { agreementToMarkdown, agreementToText, escapeMarkdown } from '../../src/lib/agreement/agreement-text';
import { NOT_YET_AGREED } from '../../src/lib/agreement/agreement-document';
import { AGREEMENT_KEY, STORAGE_PREFIX } from '../../src/lib/storage/keys';

/** A complete agreement, every field filled in (dates as date inputs give them). */
const FULL: Record<string, string> = {
  mentorName: 'Daniel Okafor',
  menteeName: 'Priya Shah',
  startDate: '2026-03-10',
  goals: 'Submit a first grant by June.\nDecide between clinical and research tracks.',
  meetingRhythm: 'monthly',
  meetingTime: '08:30',
  meetingLength: '60',
  meetingFormat: 'In person or by video. Priya books.',
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

  it('offer a practical example answer for every field', () => {
    expect(Object.keys(FIELD_EXAMPLES)).toEqual(AGREEMENT_FIELDS.map((field) => field.id));
    for (const field of AGREEMENT_FIELDS) expect(FIELD_EXAMPLES[field.id as keyof typeof FIELD_EXAMPLES].trim().length, field.id).toBeGreaterThan(10);
    expect(new Set(Object.values(FIELD_EXAMPLES)).size).toBe(AGREEMENT_FIELDS.length);
  });

  it('group the fields into six named sections', () => {
    expect(AGREEMENT_SECTIONS.map((section) => section.title)).toEqual([
      'Who and when',
      'Goals',
      'Meetings and keeping in touch',
      'What each person will do',
      'Confidentiality and credit',
      'Ending and review',
    ]);
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

describe('progress by section', () => {
  it('counts a section done when every answer is there, started when some are', () => {
    const progress = sectionProgress({ mentorName: 'Daniel Okafor', goals: 'Publish.', reviewDate: '2026-09-10', ending: '  ' }, AGREEMENT_SECTIONS);
    expect(progress.map(({ title, filled, total, state }) => [title, filled, total, state])).toEqual([
      ['Who and when', 1, 3, 'started'],
      ['Goals', 1, 1, 'done'],
      ['Meetings and keeping in touch', 0, 5, 'not started'],
      ['What each person will do', 0, 2, 'not started'],
      ['Confidentiality and credit', 0, 2, 'not started'],
      ['Ending and review', 1, 2, 'started'],
    ]);
    expect(progressSummary(progress)).toBe('1 of 6 sections done, 2 more started');
  });

  it('says so in words when nothing, or everything, is filled in', () => {
    expect(progressSummary(sectionProgress({}, AGREEMENT_SECTIONS))).toBe('0 of 6 sections done');
    expect(progressSummary(sectionProgress(FULL, AGREEMENT_SECTIONS))).toBe('6 of 6 sections done');
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

  it('is a calendar with timed meetings that repeat until the review, and the review meeting', async () => {
    const ics = await agreementToCalendar(FULL, { now: NOW });
    const all = lines(ics);
    expect(all[0]).toBe('BEGIN:VCALENDAR');
    expect(all).toContain('VERSION:2.0');
    expect(all.filter(Boolean).at(-1)).toBe('END:VCALENDAR');
    const [meetings, review] = events(ics);
    // Floating local times (no Z, no TZID): 08:30 wherever the file is opened.
    expect(meetings).toContain('DTSTART:20260310T083000');
    expect(meetings).toContain('DTEND:20260310T093000');
    expect(meetings).toContain('SUMMARY:Mentoring meeting: Daniel Okafor and Priya Shah');
    expect(meetings).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;UNTIL=20260910T000000;BYDAY=TU;BYSETPOS=2');
    expect(meetings!.find((line) => line.startsWith('DESCRIPTION:'))).toContain('60 minutes from 08:30');
    expect(review).toContain('DTSTART:20260910T083000');
    expect(review).toContain('DTEND:20260910T093000');
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
      const starts = lines(ics).filter((line) => /^(DTSTART|DTEND|RRULE)/.test(line));
      expect(starts).toEqual([
        'DTSTART:20261231T083000',
        'DTEND:20261231T093000',
        'RRULE:FREQ=MONTHLY;INTERVAL=1;UNTIL=20270101T000000;BYDAY=TH;BYSETPOS=-1',
        'DTSTART:20270101T083000',
        'DTEND:20270101T093000',
      ]);
      expect(agreementToText({ startDate: '2026-12-31' }, AGREEMENT_SECTIONS)).toContain('Start date: 31 December 2026');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  const expectedRules: Record<string, string> = {
    // 10 March 2026 is the second Tuesday of the month.
    weekly: 'RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20260910T000000',
    fortnightly: 'RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260910T000000',
    monthly: 'RRULE:FREQ=MONTHLY;INTERVAL=1;UNTIL=20260910T000000;BYDAY=TU;BYSETPOS=2',
    'every-two-months': 'RRULE:FREQ=MONTHLY;INTERVAL=2;UNTIL=20260910T000000;BYDAY=TU;BYSETPOS=2',
    quarterly: 'RRULE:FREQ=MONTHLY;INTERVAL=3;UNTIL=20260910T000000;BYDAY=TU;BYSETPOS=2',
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
    expect(lines(ics)).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;UNTIL=20260910T000000;BYDAY=SA;BYSETPOS=-1');
  });

  it('escapes typed text as iCalendar text', async () => {
    const ics = await agreementToCalendar({ ...FULL, meetingFormat: 'Room 4; video, or\nin person' }, { now: NOW });
    expect(lines(ics).find((line) => line.startsWith('DESCRIPTION:Mentoring meetings'))).toContain(
      'Place and format: Room 4\\; video\\, or\\nin person',
    );
  });

  it('uses the usual time and length the form names until the pair choose their own', async () => {
    const { meetingTime: _time, meetingLength: _length, ...unchosen } = FULL;
    expect(meetingSlot(unchosen)).toEqual({ time: '12:00', minutes: 45 });
    expect(meetingSlot({ meetingTime: '25:00', meetingLength: '7' })).toEqual({ time: '12:00', minutes: 45 });
    expect(meetingSlot(FULL)).toEqual({ time: '08:30', minutes: 60 });
    expect(isTimeOfDay('23:59')).toBe(true);
    expect(isTimeOfDay('8:30')).toBe(false);
    const [meetings] = events(await agreementToCalendar(unchosen, { now: NOW }));
    expect(meetings).toContain('DTSTART:20260310T120000');
    expect(meetings).toContain('DTEND:20260310T124500');
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

describe('the agreement as a Word document', () => {
  /** The document's text, as Word stores it: every run's text in word/document.xml. */
  async function wordXml(fields: Record<string, string>): Promise<string> {
    const files = unzipSync(await agreementDocxBytes(fields, AGREEMENT_SECTIONS));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml', 'word/styles.xml']));
    return strFromU8(files['word/document.xml']!);
  }
  const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('|');

  it('has a title, the two people, every section heading with its answers, and signature lines', async () => {
    const xml = await wordXml(FULL);
    const text = textOf(xml);
    expect(text.startsWith('Mentoring agreement|Between Daniel Okafor (mentor) and Priya Shah (mentee)|Who and when|')).toBe(true);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    for (const section of AGREEMENT_SECTIONS) expect(text).toContain(`|${section.title}|`);
    expect(text).toContain('Start date: |10 March 2026');
    expect(text).toContain('Usual length: |60 minutes');
    // Typed line breaks stay line breaks.
    expect(text).toContain('Submit a first grant by June.|Decide between clinical and research tracks.');
    expect(text.endsWith('|Signatures|Mentor: |Daniel Okafor|Signature|Date|Mentee: |Priya Shah|Signature|Date')).toBe(true);
    // Signature and date lines are ruled to the margin with an underscore leader.
    expect(xml.match(/w:leader="underscore"/g)).toHaveLength(4);
    expect(text).not.toContain(NOT_YET_AGREED);
  });

  it('leaves lines for the names of a blank agreement and says what is not yet agreed', async () => {
    const xml = await wordXml({});
    const text = textOf(xml);
    expect(text).not.toContain('Between');
    expect(text.split(NOT_YET_AGREED)).toHaveLength(AGREEMENT_FIELDS.length + 1);
    expect(xml.match(/w:leader="underscore"/g)).toHaveLength(6);
  });

  it('keeps typed markup as text', async () => {
    const xml = await wordXml({ ...FULL, credit: '<w:t>& "co"</w:t>' });
    expect(xml).toContain('&lt;w:t&gt;&amp; &quot;co&quot;&lt;/w:t&gt;');
  });
});
