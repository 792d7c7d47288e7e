/** Agreement drafts in share links: what they carry, every bad link refused, and two drafts merged into one. */
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_FIELDS, AGREEMENT_SECTIONS, FIELD_IDS } from '../../src/lib/agreement/agreement-fields';
import {
  AGREEMENT_FIELD_SET,
  compareDrafts,
  DRAFT_NAME_LENGTH,
  draftNameProblem,
  differenceWords,
  fromDraftPayload,
  jointProblem,
  MAX_FIELD_LENGTH,
  mergeDrafts,
} from '../../src/lib/share/agreement-draft';
import { MAX_DRAFT_LINK_LENGTH, readDraftFragment, writeDraftFragment } from '../../src/lib/share/agreement-link';
import { fnv1a, MAX_NAME_LENGTH, writeShareFragment } from '../../src/lib/share/link';

const check = (data: string) => fnv1a(data).toString(36).padStart(7, '0').slice(-7);
/** A draft link around any JSON payload, compressed and checksummed as a real one is: tampering that keeps the checksum right. */
const wrap = (payload: unknown, prefix = 'a1') => {
  const data = Buffer.from(deflateRawSync(new TextEncoder().encode(JSON.stringify(payload)))).toString('base64url');
  return `${prefix}.${data}.${check(data)}`;
};

const SAM = {
  [FIELD_IDS.mentorName]: 'Sam Okafor',
  [FIELD_IDS.menteeName]: 'Priya Shah',
  [FIELD_IDS.startDate]: '2026-03-02',
  [FIELD_IDS.meetingRhythm]: 'monthly',
  [FIELD_IDS.meetingTime]: '12:30',
  [FIELD_IDS.goals]: 'Submit a first grant.\nPresent at one meeting.',
};
const read = (fragment: string) => readDraftFragment(fragment, AGREEMENT_SECTIONS);

/** Any draft the builder can hold: each field empty or with a value of its kind. */
const draftArb = fc.record(
  Object.fromEntries(
    AGREEMENT_FIELDS.map((field) => [
      field.id,
      field.kind === 'date'
        ? fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10))
        : field.kind === 'time'
          ? fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
          : field.kind === 'select'
            ? fc.constantFrom(...field.options!.map((option) => option.value))
            : fc.string({ minLength: 1, maxLength: 300 }).filter((text) => text.trim() === text && text !== ''),
    ]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, string>>;
const nameArb = fc.option(fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim() === name && name !== ''), { nil: undefined });

describe('an agreement draft link', () => {
  it('carries a draft and its sender’s name, and reads back exactly', async () => {
    const fragment = await writeDraftFragment(SAM, '2026-03-03', 'Sam');
    expect(fragment).toMatch(/^a1\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
    await expect(read(`#${fragment}`)).resolves.toEqual({ ok: true, draft: { fields: SAM, made: '2026-03-03', name: 'Sam', ignored: [] } });
  });

  it('round-trips every draft the builder can hold, within the length limit', async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, nameArb, async (fields, name) => {
        const fragment = await writeDraftFragment(fields, '2026-03-03', name);
        expect(fragment.length).toBeLessThanOrEqual(MAX_DRAFT_LINK_LENGTH);
        const result = await read(fragment);
        expect(result).toEqual({ ok: true, draft: { fields, made: '2026-03-03', ignored: [], ...(name ? { name } : {}) } });
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a link cut at any point, without a crash', async () => {
    const fragment = await writeDraftFragment(SAM, '2026-03-03', 'Sam');
    for (let cut = 1; cut < fragment.length; cut++) {
      const result = await read(fragment.slice(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
    }
  });

  it('refuses any changed character, without a crash', async () => {
    const fragment = await writeDraftFragment(SAM, '2026-03-03', 'Sam');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.<>"&%';
    await fc.assert(
      fc.asyncProperty(fc.nat(fragment.length - 1), fc.constantFrom(...alphabet), async (at, character) => {
        fc.pre(fragment[at] !== character);
        const result = await read(`${fragment.slice(0, at)}${character}${fragment.slice(at + 1)}`);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('says which format an unknown version is, and sends a health check link to its own page', async () => {
    const fragment = await writeDraftFragment(SAM, '2026-03-03');
    const later = await read(fragment.replace(/^a1\./, 'a7.'));
    expect(later).toMatchObject({ ok: false, problem: 'unknown-version', version: 7 });
    const check = await writeShareFragment({ assessmentId: 'relationship-health-check', definitionVersion: 1, keys: ['abc'], answers: [3], taken: '2026-03-03' });
    const wrong = await read(check);
    expect(wrong).toMatchObject({ ok: false, problem: 'wrong-kind' });
    expect(!wrong.ok && wrong.message).toContain('relationship health check');
  });

  it('refuses another field set or version of the builder as from an unknown version', async () => {
    await expect(read(wrap(['another-agreement', 1, SAM, '2026-03-03']))).resolves.toMatchObject({ ok: false, problem: 'unknown-version' });
    await expect(read(wrap([AGREEMENT_FIELD_SET, 2, SAM, '2026-03-03']))).resolves.toMatchObject({ ok: false, problem: 'unknown-version' });
  });

  it('refuses an oversized link or one that inflates past the limit', async () => {
    await expect(read(`a1.${'A'.repeat(MAX_DRAFT_LINK_LENGTH)}.0000000`)).resolves.toMatchObject({ ok: false, problem: 'oversized' });
    const bomb = wrap([AGREEMENT_FIELD_SET, 1, { goals: 'x'.repeat(60_000) }, '2026-03-03']);
    expect(bomb.length).toBeLessThan(MAX_DRAFT_LINK_LENGTH);
    await expect(read(bomb)).resolves.toMatchObject({ ok: false, problem: 'oversized' });
  });

  it.each([
    ['not an array', { goals: 'x' }],
    ['a field that is not text', [AGREEMENT_FIELD_SET, 1, { goals: 3 }, '2026-03-03']],
    ['a field longer than the limit', [AGREEMENT_FIELD_SET, 1, { goals: 'x'.repeat(MAX_FIELD_LENGTH + 1) }, '2026-03-03']],
    ['a day that does not exist', [AGREEMENT_FIELD_SET, 1, SAM, '2026-02-30']],
    ['a name with spaces around it', [AGREEMENT_FIELD_SET, 1, SAM, '2026-03-03', ' Sam ']],
    ['fields as a list', [AGREEMENT_FIELD_SET, 1, ['Sam'], '2026-03-03']],
  ])('refuses a well-sealed payload with %s as damaged', async (_, payload) => {
    await expect(read(wrap(payload))).resolves.toMatchObject({ ok: false, problem: 'malformed' });
  });

  it('leaves out and lists fields the builder does not ask about, and values a field cannot hold', async () => {
    const result = await read(wrap([AGREEMENT_FIELD_SET, 1, { ...SAM, shoeSize: '42', __proto__x: '<b>x</b>', reviewDate: 'next year', meetingLength: '17' }, '2026-03-03']));
    expect(result).toEqual({ ok: true, draft: { fields: SAM, made: '2026-03-03', ignored: ['shoeSize', '__proto__x', 'reviewDate', 'meetingLength'] } });
  });

  it('carries a name as long as a health check link’s, and says when one is longer', () => {
    expect(DRAFT_NAME_LENGTH).toBe(MAX_NAME_LENGTH);
    expect(draftNameProblem('S'.repeat(DRAFT_NAME_LENGTH))).toBeUndefined();
    expect(draftNameProblem('S'.repeat(DRAFT_NAME_LENGTH + 1))).toBe(`Enter a name or initials of ${DRAFT_NAME_LENGTH} characters or fewer`);
  });

  it('keeps markup in a value as the text it is', async () => {
    const fields = { goals: '<img src=x onerror=alert(1)>' };
    const result = await read(await writeDraftFragment(fields, '2026-03-03', '<script>'));
    expect(result).toEqual({ ok: true, draft: { fields, made: '2026-03-03', name: '<script>', ignored: [] } });
  });
});

describe('two drafts merged', () => {
  const mine = { ...SAM, [FIELD_IDS.meetingRhythm]: 'fortnightly', [FIELD_IDS.goals]: 'Write a review.', [FIELD_IDS.ending]: 'Either of us can end it.' };
  const differences = compareDrafts(mine, SAM, AGREEMENT_SECTIONS);
  const byId = (id: string) => differences.find((difference) => difference.field.id === id)!;

  it('lists every heading of the builder, in order, marking the ones that differ', () => {
    expect(differences.map((difference) => difference.field.id)).toEqual(AGREEMENT_FIELDS.map((field) => field.id));
    expect(differences.filter((difference) => !difference.same).map((difference) => difference.field.id)).toEqual([FIELD_IDS.goals, FIELD_IDS.meetingRhythm, FIELD_IDS.ending]);
  });

  it('says every difference in words, choices by their label and a missing answer as not filled in', () => {
    expect(differenceWords(byId(FIELD_IDS.meetingRhythm), 'Sam')).toBe('You: Fortnightly (every two weeks) · Sam: Monthly');
    expect(differenceWords(byId(FIELD_IDS.ending), 'Sam')).toBe('You: Either of us can end it. · Sam: not filled in');
  });

  it('takes your side, your partner’s side or a joint version for each heading, and keeps what is the same', () => {
    const merged = mergeDrafts(differences, {
      [FIELD_IDS.meetingRhythm]: { side: 'theirs', joint: '' },
      [FIELD_IDS.goals]: { side: 'joint', joint: '  Write a review and a grant.\r\n' },
      [FIELD_IDS.ending]: { side: 'mine', joint: '' },
    });
    expect(merged).toEqual({ ...SAM, [FIELD_IDS.goals]: 'Write a review and a grant.', [FIELD_IDS.ending]: 'Either of us can end it.' });
  });

  it('starts each heading on your side unless only your partner filled it in', () => {
    const merged = mergeDrafts(compareDrafts({}, SAM, AGREEMENT_SECTIONS), {});
    expect(merged).toEqual(SAM);
    expect(mergeDrafts(differences, {})).toEqual(mine);
  });

  it('refuses a joint version the heading cannot hold', () => {
    const field = (id: string) => AGREEMENT_FIELDS.find((candidate) => candidate.id === id)!;
    expect(jointProblem(field(FIELD_IDS.startDate), '2026-02-30')).toBe('Enter a real date');
    expect(jointProblem(field(FIELD_IDS.meetingTime), 'noon')).toBe('Enter a time, like 12:30');
    expect(jointProblem(field(FIELD_IDS.goals), 'x'.repeat(MAX_FIELD_LENGTH + 1))).toContain('characters or fewer');
    expect(jointProblem(field(FIELD_IDS.goals), '')).toBeUndefined();
    expect(jointProblem(field(FIELD_IDS.startDate), '2026-03-02')).toBeUndefined();
  });
});
