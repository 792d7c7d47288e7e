/** How an assessment's questions become pages: a domain a page, and quiz stories that never repeat a cause twice in a row. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interleave, PAGE_MAX, PAGE_MIN, pageOf, pagesOf, seedOf, splitEvenly } from '../../src/lib/assessment/pages';
import type { AssessmentDefinition, Item } from '../../src/lib/assessment/types';
import { ASSESSMENT_IDS, loadDefinition } from '../support/assessments';
import { FIXTURE } from '../support/assessment-fixture';

const likert = (id: string, domain: string): Item => ({ id, domain, kind: 'likert', text: id, scale: 'agreement', reverse: false });
const scenario = (id: string, domain: string): Item => ({ id, domain, kind: 'scenario', text: id, scenario: id, options: [], article: 'a' });
const domain = (id: string, group?: string) => ({ id, title: id, description: id, group, feedback: {}, nextStep: id, articles: ['a'] });

/** A definition with `counts[d]` agreement-scale questions in domain d (and its group, if given). */
function withDomains(counts: Record<string, number>, groups: Record<string, string> = {}): Pick<AssessmentDefinition, 'id' | 'domains' | 'items'> {
  const domains = Object.keys(counts).map((id) => domain(id, groups[id]));
  const items = Object.entries(counts).flatMap(([id, count]) => Array.from({ length: count }, (_, n) => likert(`${id}-${n}`, id)));
  return { id: 'test', domains, items };
}

const pageDomains = (definition: ReturnType<typeof withDomains>) => pagesOf(definition).map((page) => page.map((index) => definition.items[index]!.domain));
const neighboursShareCause = (definition: Pick<AssessmentDefinition, 'items'>, pages: number[][]) =>
  pages.some((page, index) => index > 0 && definition.items[page[0]!]!.domain === definition.items[pages[index - 1]![0]!]!.domain);

describe('splitEvenly', () => {
  it('cuts a list into the fewest runs of at most six, as even as possible, keeping the order', () => {
    expect(splitEvenly([1, 2, 3, 4, 5, 6])).toEqual([[1, 2, 3, 4, 5, 6]]);
    expect(splitEvenly([1, 2, 3, 4, 5, 6, 7])).toEqual([[1, 2, 3], [4, 5, 6, 7]]);
    expect(splitEvenly(Array.from({ length: 13 }, (_, n) => n)).map((run) => run.length)).toEqual([4, 4, 5]);
    expect(splitEvenly([])).toEqual([]);
  });
});

describe('pagesOf', () => {
  it('puts each domain of three to six questions on a page of its own, in the order domains are listed', () => {
    expect(pageDomains(withDomains({ a: 3, b: 6, c: 4 }))).toEqual([['a', 'a', 'a'], ['b', 'b', 'b', 'b', 'b', 'b'], ['c', 'c', 'c', 'c']]);
  });

  it('splits a domain of more than six questions into consecutive pages', () => {
    const definition = withDomains({ a: 9 });
    expect(pagesOf(definition)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7, 8]]);
  });

  it('lets a domain of fewer than three questions share a page with its neighbour in the same group, up to six', () => {
    expect(pageDomains(withDomains({ a: 2, b: 3, c: 3, d: 2, e: 2 }))).toEqual([['a', 'a', 'b', 'b', 'b'], ['c', 'c', 'c'], ['d', 'd', 'e', 'e']]);
    // Never across groups, and never beyond six.
    expect(pageDomains(withDomains({ a: 2, b: 3 }, { a: 'one', b: 'two' }))).toEqual([['a', 'a'], ['b', 'b', 'b']]);
    expect(pageDomains(withDomains({ a: 2, b: 5 }))).toEqual([['a', 'a'], ['b', 'b', 'b', 'b', 'b']]);
    // A small last domain joins the page before it.
    expect(pageDomains(withDomains({ a: 4, b: 1 }))).toEqual([['a', 'a', 'a', 'a', 'b']]);
  });

  it('asks every question exactly once, on pages of at most six', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.integer({ min: 1, max: 15 }), { minKeys: 1 }), (counts) => {
        const definition = withDomains(counts);
        const pages = pagesOf(definition);
        expect(pages.flat().sort((x, y) => x - y)).toEqual(definition.items.map((_, index) => index));
        expect(pages.every((page) => page.length >= 1 && page.length <= PAGE_MAX)).toBe(true);
      }),
    );
  });

  it('asks scenario stories one a page, never two of one cause in a row, the same order every time', () => {
    const items = ['a', 'a', 'b', 'b', 'c', 'c', 'd', 'd'].map((cause, n) => scenario(`s${n}`, cause));
    const definition = { id: 'quiz', domains: ['a', 'b', 'c', 'd'].map((id) => domain(id)), items };
    const pages = pagesOf(definition);
    expect(pages.every((page) => page.length === 1)).toBe(true);
    expect(pages.flat().sort()).toEqual(items.map((_, index) => index));
    expect(neighboursShareCause(definition, pages)).toBe(false);
    expect(pagesOf(definition)).toEqual(pages);
  });

  it('keeps questions whose domain is not listed, on a page at the end, rather than never asking them', () => {
    const definition = { id: 'x', domains: [domain('a')], items: [likert('a1', 'a'), likert('a2', 'a'), likert('a3', 'a'), likert('z1', 'z')] };
    expect(pagesOf(definition).flat()).toEqual([0, 1, 2, 3]);
  });

  it('groups the engine fixture by domain, with its scenarios after', () => {
    const pages = pagesOf(FIXTURE);
    expect(pages.flat().sort()).toEqual(FIXTURE.items.map((_, index) => index));
    expect(pages.filter((page) => page.length === 1).map((page) => FIXTURE.items[page[0]!]!.kind)).toContain('scenario');
  });
});

describe('interleave', () => {
  it('never puts two entries with one key side by side when that can be done, and repeats itself for one seed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 16 }), fc.integer(), (keys, seed) => {
        const list = keys.map((key, index) => ({ key, index }));
        const counts = keys.reduce((map, key) => map.set(key, (map.get(key) ?? 0) + 1), new Map<string, number>());
        const order = interleave(list, (entry) => entry.key, seed);
        expect(order.map((entry) => entry.index).sort((x, y) => x - y)).toEqual(list.map((entry) => entry.index));
        expect(interleave(list, (entry) => entry.key, seed)).toEqual(order);
        const possible = Math.max(...counts.values()) <= Math.ceil(keys.length / 2);
        if (possible) expect(order.some((entry, i) => i > 0 && entry.key === order[i - 1]!.key)).toBe(false);
      }),
    );
  });

  it('still returns everything when one key has too many entries to keep apart', () => {
    expect(interleave(['a', 'a', 'a', 'b'], (key) => key, 1).sort()).toEqual(['a', 'a', 'a', 'b']);
  });

  it('seeds from a string the same way every time', () => {
    expect(seedOf('what-is-going-wrong')).toBe(seedOf('what-is-going-wrong'));
    expect(seedOf('a')).not.toBe(seedOf('b'));
  });
});

describe('pageOf', () => {
  it('finds the page that shows a question, so an attempt saved at a question index resumes on its page', () => {
    const pages = [[0, 1, 2], [3, 4, 5, 6], [7, 8, 9]];
    expect(pageOf(pages, 0)).toBe(0);
    expect(pageOf(pages, 5)).toBe(1);
    expect(pageOf(pages, 9)).toBe(2);
    expect(pageOf(pages, 42)).toBe(0);
  });
});

describe('an attempt saved while the site asked one question a page', () => {
  it('resumes on the page that holds its question: a saved position is still a question index', () => {
    const definition = loadDefinition('mentee-self-assessment');
    const pages = pagesOf(definition);
    // Format 2 drafts store the index of the question on screen; the pages are built around the same indices.
    for (const [number, page] of pages.entries()) for (const index of page) expect(pageOf(pages, index)).toBe(number);
    expect(pageOf(pages, pages[1]![2]!)).toBe(1);
  });
});

describe.each(ASSESSMENT_IDS)('the pages of %s', (id) => {
  const definition = loadDefinition(id);
  const pages = pagesOf(definition);
  const quiz = definition.items.some((item) => item.kind === 'scenario');

  it('ask every question exactly once', () => {
    expect(pages.flat().sort((a, b) => a - b)).toEqual(definition.items.map((_, index) => index));
  });

  if (quiz) {
    it('tell one story a page, and two stories in a row never share a cause', () => {
      expect(pages.every((page) => page.length === 1)).toBe(true);
      expect(neighboursShareCause(definition, pages)).toBe(false);
    });
  } else {
    it(`show ${PAGE_MIN} to ${PAGE_MAX} questions a page, each page within one group of domains`, () => {
      for (const page of pages) {
        expect(page.length).toBeGreaterThanOrEqual(PAGE_MIN);
        expect(page.length).toBeLessThanOrEqual(PAGE_MAX);
        const groups = new Set(page.map((index) => definition.domains.find((domain) => domain.id === definition.items[index]!.domain)!.group));
        expect(groups.size).toBe(1);
      }
    });
  }
});
