/** What a result says first, what it suggests reading next, and how answers are put into words. */
import { describe, expect, it } from 'vitest';
import { scoreDomains } from '../../src/lib/assessment/scoring';
import { answerText, headline, listInWords, readNext } from '../../src/lib/assessment/summary';
import type { AssessmentDefinition, Item } from '../../src/lib/assessment/types';
import { loadDefinition } from '../support/assessments';
import { FIXTURE, fixtureItem } from '../support/assessment-fixture';

const quiz = loadDefinition('what-is-going-wrong');
const mentor = loadDefinition('mentor-self-assessment');
const keyed = (item: Item) => (item.kind === 'scenario' ? item.options.find((option) => option.correct)!.id : '');
const wrong = (item: Item) => (item.kind === 'scenario' ? item.options.find((option) => !option.correct)!.id : '');
const allRight = Object.fromEntries(quiz.items.map((item) => [item.id, keyed(item)]));

/** Every question of the mentor self-assessment answered with the scale point (or option) at `pick`, per domain. */
function mentorAnswers(pick: Record<string, number>) {
  return Object.fromEntries(
    mentor.items.map((item) => {
      const choice = pick[item.domain] ?? 0;
      if (item.kind === 'likert') return [item.id, item.reverse ? 4 - choice : choice];
      if (item.kind === 'scenario') throw new Error('The mentor self-assessment has no scenarios.');
      const option = [...item.options].sort((a, b) => a.score - b.score)[Math.round((choice / 4) * (item.options.length - 1))]!;
      return [item.id, item.kind === 'multiple' ? [option.id] : option.id];
    }),
  );
}

describe('listInWords', () => {
  it('joins names as a sentence would', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('headline', () => {
  const [first, second, ...rest] = mentor.domains;

  it('names the strongest area and the lowest one below the top band as the place to start', () => {
    const answers = mentorAnswers({ [first!.id]: 4, [second!.id]: 0, ...Object.fromEntries(rest.map((domain) => [domain.id, 2])) });
    expect(headline(mentor, scoreDomains(mentor, answers))).toBe(`Your strongest area is ${first!.title}; start with ${second!.title}.`);
  });

  it('names every area that shares the top score', () => {
    const answers = mentorAnswers({ [first!.id]: 4, [second!.id]: 4, ...Object.fromEntries(rest.map((domain) => [domain.id, 1])) });
    expect(headline(mentor, scoreDomains(mentor, answers))).toMatch(new RegExp(`^Your strongest areas are ${first!.title} and ${second!.title}; start with `));
  });

  it('names two of more than two areas sharing the top score, and counts the rest, to stay one line', () => {
    const [, , third, fourth] = mentor.domains;
    const answers = mentorAnswers({ [first!.id]: 4, [second!.id]: 4, [third!.id]: 4, [fourth!.id]: 4, ...Object.fromEntries(rest.slice(2).map((domain) => [domain.id, 0])) });
    expect(headline(mentor, scoreDomains(mentor, answers))).toMatch(new RegExp(`^Your strongest areas are ${first!.title}, ${second!.title} and 2 more; start with `));
  });

  it('says so when every area is in the top band, and names only the start when all areas scored alike', () => {
    const top = mentorAnswers(Object.fromEntries(mentor.domains.map((domain) => [domain.id, 4])));
    expect(headline(mentor, scoreDomains(mentor, top))).toMatch(/; every area is in the top band\.$/);
    const oneDomain: AssessmentDefinition = { ...FIXTURE, domains: FIXTURE.domains.slice(0, 1), items: FIXTURE.items.filter((item) => item.domain === FIXTURE.domains[0]!.id) };
    expect(headline(oneDomain, scoreDomains(oneDomain, { 'listen-often': 0, interrupt: 4, summarise: 'never' }))).toBe(`Start with ${FIXTURE.domains[0]!.title}.`);
  });

  it('draws the strongest area from what is working, never from a warning sign scored high', () => {
    const health = loadDefinition('relationship-health-check');
    const [strengths, warnings] = health.groups;
    const level = (domainId: string) => (health.domains.find((domain) => domain.id === domainId)!.group === warnings!.id ? 4 : domainId === 'personal-connection' ? 3 : 2);
    const answers = Object.fromEntries(
      health.items.flatMap((item) => {
        if (item.kind !== 'likert') return [];
        const value = level(item.domain);
        return [[item.id, item.reverse ? 4 - value : value]];
      }),
    );
    const line = headline(health, scoreDomains(health, answers));
    expect(line).toMatch(/^Your strongest area is Personal connection; start with /);
    expect(strengths!.id).toBe('strengths');
  });

  it('says nothing when nothing could be scored', () => {
    expect(headline(mentor, scoreDomains(mentor, {}))).toBe('');
  });
});

describe('readNext', () => {
  it('suggests the article for the cause missed most', () => {
    const [a, b] = quiz.items.filter((item) => item.domain === quiz.items[0]!.domain);
    const other = quiz.items.find((item) => item.domain !== a!.domain)!;
    const result = readNext(quiz, { ...allRight, [a!.id]: wrong(a!), [b!.id]: wrong(b!), [other.id]: wrong(other) });
    const cause = quiz.domains.find((domain) => domain.id === a!.domain)!;
    expect(result).toEqual({ missed: [cause], articles: [cause.articles[0]] });
  });

  it('names at most two causes when several were missed equally', () => {
    const result = readNext(quiz, {});
    expect(result.missed).toEqual(quiz.domains.slice(0, 2));
    expect(result.articles).toEqual(quiz.domains.slice(0, 2).map((domain) => domain.articles[0]));
  });

  it('suggests the article the causes share most when every story was right', () => {
    const result = readNext(quiz, allRight);
    expect(result.missed).toEqual([]);
    const links = quiz.domains.flatMap((domain) => domain.articles);
    const count = (id: string) => links.filter((link) => link === id).length;
    expect(result.articles).toHaveLength(1);
    expect(count(result.articles[0]!)).toBe(Math.max(...links.map(count)));
    expect(count(result.articles[0]!)).toBeGreaterThan(1);
  });
});

describe('answerText', () => {
  const scales = FIXTURE.scales;

  it('puts each kind of answer into the words the reader chose', () => {
    expect(answerText(fixtureItem('listen-often'), 3, scales)).toBe('Agree');
    expect(answerText(fixtureItem('summarise'), 'always', scales)).toBe('Always');
    expect(answerText(fixtureItem('agreement-covers'), ['goals', 'lunch'], scales)).toBe('Goals; Where we have lunch');
  });

  it('has no words for a missing or unfitting answer', () => {
    expect(answerText(fixtureItem('listen-often'), undefined, scales)).toBeUndefined();
    expect(answerText(fixtureItem('listen-often'), 9, scales)).toBeUndefined();
    expect(answerText(fixtureItem('summarise'), 'sometimes-not', scales)).toBeUndefined();
  });
});
