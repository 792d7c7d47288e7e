/** Share links for a completed health check: what they carry, and every way a bad link is refused. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checklistSchema } from '../../src/schemas/checklist';
import {
  fnv1a,
  MAX_INFLATED_BYTES,
  MAX_LINK_LENGTH,
  MAX_NAME_LENGTH,
  questionKey,
  readShareFragment,
  writeShareFragment,
  type SharedAnswers,
} from '../../src/lib/share/link';
import { agendaAreas, canShare, compareAreas, matchShared, sharedFrom } from '../../src/lib/share/compare';
import type { Answers, AssessmentDefinition } from '../../src/lib/assessment/types';
import { loadDefinition } from '../support/assessments.ts';

const ID = 'relationship-health-check';
const TITLE = 'Relationship health check';
const definition = loadDefinition(ID);

const toBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const check = (data: string) => fnv1a(data).toString(36).padStart(7, '0').slice(-7);
/** A link around any JSON payload, compressed and checksummed as a real link is: for tampering that keeps the checksum right. */
const wrap = (payload: unknown, version = 1) => {
  const data = toBase64Url(deflateRawSync(new TextEncoder().encode(JSON.stringify(payload))));
  return `v${version}.${data}.${check(data)}`;
};

const answersOf = (values: number[]): Answers => Object.fromEntries(definition.items.map((item, index) => [item.id, values[index % values.length]!]));

const sharedArb: fc.Arbitrary<SharedAnswers> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/),
    version: fc.nat(1000),
    keys: fc.uniqueArray(fc.stringMatching(/^[0-9a-z]{3}$/), { minLength: 1, maxLength: 60 }),
    taken: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    name: fc.option(fc.string({ minLength: 1, maxLength: MAX_NAME_LENGTH }).filter((name) => name.trim() === name && name !== ''), { nil: undefined }),
    seed: fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }), { minLength: 60, maxLength: 60 }),
  })
  .map(({ id, version, keys, taken, name, seed }) => ({
    assessmentId: id,
    definitionVersion: version,
    keys,
    answers: keys.map((_, index) => seed[index]!),
    taken: taken.toISOString().slice(0, 10),
    ...(name !== undefined ? { name } : {}),
  }));

describe('a share link', () => {
  it('carries a whole health check in a few hundred characters, and reads back exactly', async () => {
    const shared = sharedFrom(definition, answersOf([0, 1, 2, 3, 4]), '2026-03-03', 'Sam');
    const fragment = await writeShareFragment(shared);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
    expect(fragment.length).toBeLessThan(300);
    expect(await readShareFragment(`#${fragment}`, ID, TITLE)).toEqual({ ok: true, shared });
  });

  it('never carries the questions, only keys for them', async () => {
    const shared = sharedFrom(definition, answersOf([2]), '2026-03-03');
    const fragment = await writeShareFragment(shared);
    const result = await readShareFragment(fragment, ID, TITLE);
    expect(JSON.stringify(result)).not.toContain(definition.items[0]!.text);
    expect(JSON.stringify(result)).not.toContain(definition.items[0]!.id);
  });

  it('gives every question of the health check its own key', () => {
    const keys = definition.items.map((item) => questionKey(item.id));
    expect(new Set(keys).size).toBe(definition.items.length);
    expect(canShare(definition)).toBe(true);
  });

  it('round-trips every valid set of answers, within the size limit', async () => {
    await fc.assert(
      fc.asyncProperty(sharedArb, async (shared) => {
        const fragment = await writeShareFragment(shared);
        expect(fragment.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        expect(await readShareFragment(fragment, shared.assessmentId, TITLE)).toEqual({ ok: true, shared });
      }),
      { numRuns: 150 },
    );
  });

  it('says a link cut short anywhere is incomplete or damaged, and never reads part of it', async () => {
    const fragment = await writeShareFragment(sharedFrom(definition, answersOf([4, 3]), '2026-03-03', 'Sam'));
    for (let length = 1; length < fragment.length; length++) {
      const result = await readShareFragment(fragment.slice(0, length), ID, TITLE);
      expect(result.ok, `cut at ${length}`).toBe(false);
      if (!result.ok) expect(['truncated', 'malformed']).toContain(result.problem);
    }
    // Cut anywhere before its checksum is complete, it says so plainly.
    const cut = await readShareFragment(fragment.slice(0, fragment.length - 20), ID, TITLE);
    expect(cut).toMatchObject({ ok: false, problem: 'truncated', message: expect.stringContaining('cut short') });
  });

  it('refuses any changed character without a crash', async () => {
    const fragment = await writeShareFragment(sharedFrom(definition, answersOf([1, 2, 3]), '2026-03-03', 'Sam'));
    await fc.assert(
      fc.asyncProperty(fc.nat(fragment.length - 1), fc.constantFrom(...'abcXYZ019-_.#%<'), async (at, character) => {
        fc.pre(fragment[at] !== character);
        const tampered = fragment.slice(0, at) + character + fragment.slice(at + 1);
        const result = await readShareFragment(tampered, ID, TITLE);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses any string at all without a crash, unless it is a real link', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }).map((text) => `v1.${text}`), fc.stringMatching(/^v1\.[A-Za-z0-9_-]{0,80}\.[0-9a-z]{7}$/)), async (text) => {
        const result = await readShareFragment(text, ID, TITLE);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses tampered contents whose checksum was made to match', async () => {
    const good = ['relationship-health-check', 1, 'abc', '2', '2026-03-03'];
    const bad: unknown[] = [
      { not: 'an array' },
      [...good.slice(0, 4)],
      [...good, 'Sam', 'extra'],
      ['Relationship<script>', 1, 'abc', '2', '2026-03-03'],
      [ID, -1, 'abc', '2', '2026-03-03'],
      [ID, 1.5, 'abc', '2', '2026-03-03'],
      [ID, 1, 'abcd', '2', '2026-03-03'],
      [ID, 1, 'abcabc', '22', '2026-03-03'],
      [ID, 1, 'ABC', '2', '2026-03-03'],
      [ID, 1, 'abc', 'x', '2026-03-03'],
      [ID, 1, '', '', '2026-03-03'],
      [ID, 1, 'abc', '2', '2026-02-30'],
      [ID, 1, 'abc', '2', '2026-03-03', ''],
      [ID, 1, 'abc', '2', '2026-03-03', ' Sam'],
      [ID, 1, 'abc', '2', '2026-03-03', 'x'.repeat(MAX_NAME_LENGTH + 1)],
      [ID, 1, 'abc', '2', '2026-03-03', 7],
    ];
    for (const payload of bad) {
      expect(await readShareFragment(wrap(payload), ID, TITLE), JSON.stringify(payload)).toMatchObject({ ok: false, problem: 'malformed' });
    }
    expect(await readShareFragment(wrap(good), ID, TITLE)).toMatchObject({ ok: true });
  });

  it('refuses a link from an unknown format, naming it', async () => {
    const result = await readShareFragment(wrap([ID, 1, 'abc', '2', '2026-03-03'], 2), ID, TITLE);
    expect(result).toMatchObject({ ok: false, problem: 'unknown-version', version: 2, message: expect.stringContaining('format 2') });
  });

  it('refuses a link for another assessment, saying so', async () => {
    const result = await readShareFragment(wrap(['mentor-self-assessment', 1, 'abc', '2', '2026-03-03']), ID, TITLE);
    expect(result).toMatchObject({ ok: false, problem: 'wrong-assessment', message: expect.stringContaining('relationship health check') });
  });

  it('refuses an oversized link before reading it, and data that inflates beyond the limit', async () => {
    expect(await readShareFragment(`v1.${'A'.repeat(MAX_LINK_LENGTH)}.0000000`, ID, TITLE)).toMatchObject({ ok: false, problem: 'oversized' });
    const bomb = toBase64Url(deflateRawSync(new Uint8Array(MAX_INFLATED_BYTES * 50).fill(32)));
    expect(bomb.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(await readShareFragment(`v1.${bomb}.${check(bomb)}`, ID, TITLE)).toMatchObject({ ok: false, problem: 'oversized' });
  });

  it('treats an empty fragment as no link at all', async () => {
    expect(await readShareFragment('#', ID, TITLE)).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('keeps a name with markup as plain text, exactly as typed', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const result = await readShareFragment(await writeShareFragment(sharedFrom(definition, answersOf([2]), '2026-03-03', name)), ID, TITLE);
    expect(result).toMatchObject({ ok: true, shared: { name } });
  });
});

describe('comparing two partners', () => {
  const mine = answersOf([4]);

  it('matches every answer when the questions are unchanged', () => {
    const matched = matchShared(sharedFrom(definition, answersOf([0]), '2026-03-03'), definition);
    expect(matched).toMatchObject({ comparable: definition.items.length, notAsked: 0, notInLink: [] });
  });

  it('compares the unchanged questions and lists the rest when the questions have changed', () => {
    const shared = sharedFrom(definition, answersOf([0]), '2026-03-03');
    const changed: AssessmentDefinition = {
      ...definition,
      version: definition.version + 1,
      items: definition.items.map((item, index) => (index === 0 ? { ...item, id: 'a-new-question' } : item)),
    };
    const matched = matchShared(shared, changed);
    expect(matched.comparable).toBe(definition.items.length - 1);
    expect(matched.notAsked).toBe(1);
    expect(matched.notInLink.map((item) => item.id)).toEqual(['a-new-question']);
    const areas = compareAreas(changed, answersOf([4]), matched.answers);
    expect(areas.length).toBe(definition.domains.length);
  });

  it('scores each area on the questions both people answered, with the gap and whether they agree', () => {
    const areas = compareAreas(definition, mine, answersOf([4]));
    expect(areas.every((area) => area.gap === 0 && area.agreement === 'agree')).toBe(true);
    const apart = compareAreas(definition, mine, answersOf([0]));
    expect(apart.some((area) => area.agreement === 'differ-widely')).toBe(true);
  });

  it('builds an agenda of three to five of the largest gaps, largest first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 30, maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 30, maxLength: 30 }), (a, b) => {
        const areas = compareAreas(definition, answersOf(a), answersOf(b));
        const agenda = agendaAreas(areas);
        expect(agenda.length).toBeGreaterThanOrEqual(3);
        expect(agenda.length).toBeLessThanOrEqual(5);
        for (let index = 1; index < agenda.length; index++) expect(agenda[index - 1]!.gap).toBeGreaterThanOrEqual(agenda[index]!.gap);
        const left = areas.filter((area) => !agenda.includes(area));
        expect(left.every((area) => area.gap <= agenda.at(-1)!.gap)).toBe(true);
      }),
    );
  });

  it('gives every area of the health check an opening question and a checklist item that exists', () => {
    for (const domain of definition.domains) {
      const conversation = domain.conversation;
      expect(conversation, domain.id).toBeDefined();
      const checklist = checklistSchema.parse(parse(readFileSync(resolve(import.meta.dirname, `../../content/checklists/${conversation!.checklist}.yaml`), 'utf8')));
      expect(checklist.sections.flatMap((section) => section.items.map((item) => item.id)), domain.id).toContain(conversation!.item);
      expect(conversation!.question).toMatch(/\?$/);
    }
  });
});
