import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandFor,
  compareScores,
  isValidAnswer,
  itemScore,
  nextSteps,
  scoreDomains,
  scoreRecord,
  scoredCoverage,
  scenarioTotal,
  unansweredItems,
  type DomainScore,
} from '../../src/lib/assessment/scoring';
import type { Answer, Domain } from '../../src/lib/assessment/types';
import { validAnswer, validAnswers } from '../support/assessment-arbitraries';
import { FIXTURE, fixtureItem } from '../support/assessment-fixture';

const scales = FIXTURE.scales;
const score = (itemId: string, answer: Answer | undefined) => itemScore(fixtureItem(itemId), answer, scales);
const percents = (answers: Record<string, Answer>) =>
  Object.fromEntries(scoreDomains(FIXTURE, answers).map((domainScore) => [domainScore.domain.id, domainScore.percent]));

describe('itemScore', () => {
  it('scores a Likert answer as its place on the scale', () => {
    expect([0, 1, 2, 3, 4].map((value) => score('listen-often', value))).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('turns a reversed Likert item round: agreeing scores low', () => {
    expect([0, 1, 2, 3, 4].map((value) => score('interrupt', value))).toEqual([1, 0.75, 0.5, 0.25, 0]);
  });

  it("gives a single-choice answer its option's score", () => {
    expect(score('summarise', 'never')).toBe(0);
    expect(score('summarise', 'sometimes')).toBe(0.5);
    expect(score('summarise', 'always')).toBe(1);
  });

  it('scores a multiple-choice answer as the chosen share of all the points on offer', () => {
    // Options score 1, 0.5, 0.5 and 0: two points on offer.
    expect(score('agreement-covers', ['goals'])).toBe(0.5);
    expect(score('agreement-covers', ['meetings', 'lunch'])).toBe(0.25);
    expect(score('agreement-covers', ['lunch'])).toBe(0);
    expect(score('agreement-covers', ['confidentiality', 'goals', 'meetings'])).toBe(1);
    expect(score('agreement-covers', ['goals', 'meetings', 'confidentiality', 'lunch'])).toBe(1);
  });

  it('scores a scenario 1 when right and 0 when wrong', () => {
    expect(score('late-night-emails', 'unclear-expectations')).toBe(1);
    expect(score('late-night-emails', 'personality')).toBe(0);
    expect(score('late-night-emails', 'competition')).toBe(0);
  });

  it.each<[string, string, Answer | undefined]>([
    ['no answer', 'listen-often', undefined],
    ['a Likert answer given as text', 'listen-often', '3'],
    ['a Likert value not on the scale', 'listen-often', 5],
    ['a Likert value between two points', 'listen-often', 2.5],
    ['a Likert answer given as a list', 'interrupt', ['1']],
    ['an unknown single option', 'summarise', 'often'],
    ['a single answer given as a list', 'summarise', ['always']],
    ['a single answer given as a number', 'summarise', 1],
    ['an empty multiple answer', 'agreement-covers', []],
    ['a multiple answer naming an option twice', 'agreement-covers', ['goals', 'goals']],
    ['a multiple answer with an unknown option', 'agreement-covers', ['goals', 'salary']],
    ['a multiple answer given as one id', 'agreement-covers', 'goals'],
    ['an unknown scenario option', 'late-night-emails', 'tactless-feedback'],
    ['a scenario answer given as a number', 'late-night-emails', 0],
  ])('gives undefined for %s', (_, itemId, answer) => {
    expect(isValidAnswer(fixtureItem(itemId), answer, scales)).toBe(false);
    expect(score(itemId, answer)).toBeUndefined();
  });

  it('gives undefined for a Likert item whose scale does not exist', () => {
    const orphan = { ...fixtureItem('listen-often'), scale: 'frequency' };
    expect(itemScore(orphan, 2, scales)).toBeUndefined();
  });

  it('is within [0, 1], or undefined, for any value at all, and never throws', () => {
    const anyItem = fc.constantFrom(...FIXTURE.items);
    const anyValue = anyItem.chain((item) =>
      fc.tuple(fc.constant(item), fc.oneof(validAnswer(item, scales), fc.anything() as fc.Arbitrary<Answer>)),
    );
    fc.assert(
      fc.property(anyValue, ([item, answer]) => {
        const result = itemScore(item, answer, scales);
        expect(result === undefined || (result >= 0 && result <= 1)).toBe(true);
        expect(result !== undefined).toBe(isValidAnswer(item, answer, scales));
      }),
      { numRuns: 500 },
    );
  });
});

describe('bandFor', () => {
  it.each([
    [0, 'low'],
    [49, 'low'],
    [50, 'mid'],
    [79, 'mid'],
    [80, 'high'],
    [100, 'high'],
  ])('puts %i%% in the "%s" band', (percent, bandId) => {
    expect(bandFor(FIXTURE.bands, percent)).toBe(FIXTURE.bands.find((band) => band.id === bandId));
  });
});

describe('scoreDomains', () => {
  it('gives each domain the rounded mean of its answered items', () => {
    // Listening: 0.25 and 0.5 → 37.5 → 38 (the unanswered third item does not count as 0).
    const [listening] = scoreDomains(FIXTURE, { 'listen-often': 1, summarise: 'sometimes' });
    expect(listening).toMatchObject({ percent: 38, answered: 2, total: 3 });
    expect(listening!.band!.id).toBe('low');
  });

  it('rounds the mean of the item scores, not a mean of rounded scores', () => {
    // Listening: 0.75, 0.75 and 1 → 83.33… → 83.
    expect(percents({ 'listen-often': 3, interrupt: 1, summarise: 'always' }).listening).toBe(83);
  });

  it('scores every domain in definition order, with its band', () => {
    const scores = scoreDomains(FIXTURE, {
      'listen-often': 4,
      interrupt: 0,
      'agreement-covers': ['goals', 'meetings'],
      'late-night-emails': 'personality',
      'specific-feedback': 2,
      'harsh-remark': 'tactless-feedback',
    });
    expect(scores.map((domainScore) => [domainScore.domain.id, domainScore.percent, domainScore.band?.id])).toEqual([
      ['listening', 100, 'high'],
      ['boundaries', 38, 'low'], // 0.75 and 0 → 37.5 → 38
      ['feedback', 75, 'mid'], // 0.5 and 1
    ]);
  });

  it('leaves a domain with no answered item without a percent or band', () => {
    const scores = scoreDomains(FIXTURE, { 'specific-feedback': 4 });
    expect(scores[0]).toMatchObject({ percent: undefined, band: undefined, answered: 0, total: 3 });
    expect(scores[1]).toMatchObject({ percent: undefined, band: undefined, answered: 0, total: 2 });
    expect(scores[2]).toMatchObject({ percent: 100, answered: 1, total: 2 });
  });

  it('ignores invalid answers as if they were not given', () => {
    expect(percents({ 'listen-often': 9, interrupt: 'often', summarise: 'always' }).listening).toBe(100);
    expect(percents({ 'agreement-covers': [] }).boundaries).toBeUndefined();
  });

  it('gives a whole percentage from 0 to 100 for any valid answers', () => {
    fc.assert(
      fc.property(validAnswers(FIXTURE), (answers) => {
        for (const domainScore of scoreDomains(FIXTURE, answers)) {
          const answered = FIXTURE.items.filter((item) => item.domain === domainScore.domain.id && item.id in answers);
          expect(domainScore.answered).toBe(answered.length);
          if (answered.length === 0) {
            expect(domainScore.percent).toBeUndefined();
            continue;
          }
          expect(Number.isInteger(domainScore.percent)).toBe(true);
          expect(domainScore.percent).toBeGreaterThanOrEqual(0);
          expect(domainScore.percent).toBeLessThanOrEqual(100);
          expect(domainScore.band).toBe(bandFor(FIXTURE.bands, domainScore.percent!));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('nextSteps', () => {
  const domain = (id: string): Domain => ({ ...FIXTURE.domains[0]!, id, title: id, nextStep: `Work on ${id}.`, articles: [id] });
  const scored = (id: string, percent: number | undefined): DomainScore => ({
    domain: domain(id),
    percent,
    band: percent === undefined ? undefined : bandFor(FIXTURE.bands, percent),
    answered: percent === undefined ? 0 : 1,
    total: 1,
  });

  it('lists the domains below the top band, lowest first, with their next step and articles', () => {
    const steps = nextSteps(FIXTURE, [scored('a', 60), scored('b', 90), scored('c', 10)]);
    expect(steps).toEqual([
      { domain: domain('c'), percent: 10, text: 'Work on c.', articles: ['c'] },
      { domain: domain('a'), percent: 60, text: 'Work on a.', articles: ['a'] },
    ]);
  });

  it('gives at most three', () => {
    const steps = nextSteps(FIXTURE, [scored('a', 70), scored('b', 20), scored('c', 79), scored('d', 0), scored('e', 50)]);
    expect(steps.map((step) => step.domain.id)).toEqual(['d', 'b', 'e']);
  });

  it('gives as many as asked for', () => {
    expect(nextSteps(FIXTURE, [scored('a', 70), scored('b', 20), scored('c', 40)], 1).map((step) => step.domain.id)).toEqual(['b']);
  });

  it('gives none when every domain is in the top band, and skips unanswered domains', () => {
    expect(nextSteps(FIXTURE, [scored('a', 80), scored('b', 100), scored('c', undefined)])).toEqual([]);
  });

  it('works from real domain scores', () => {
    const scores = scoreDomains(FIXTURE, { 'listen-often': 4, 'late-night-emails': 'competition', 'specific-feedback': 2 });
    expect(nextSteps(FIXTURE, scores).map((step) => [step.domain.id, step.percent])).toEqual([
      ['boundaries', 0],
      ['feedback', 50],
    ]);
  });
});

describe('unansweredItems', () => {
  it('lists the items without a valid answer, in definition order', () => {
    const missing = unansweredItems(FIXTURE, { interrupt: 2, summarise: 'often', 'harsh-remark': 'lack-of-time', extra: 1 });
    expect(missing.map((item) => item.id)).toEqual([
      'listen-often',
      'summarise',
      'agreement-covers',
      'late-night-emails',
      'specific-feedback',
    ]);
  });

  it('for any valid answers, lists exactly the items left out', () => {
    fc.assert(
      fc.property(validAnswers(FIXTURE), (answers) => {
        const expected = FIXTURE.items.filter((item) => !(item.id in answers)).map((item) => item.id);
        expect(unansweredItems(FIXTURE, answers).map((item) => item.id)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('compareScores', () => {
  it('gives the change per domain, and no change when either score is missing', () => {
    const changes = compareScores(FIXTURE.domains, { listening: 60, boundaries: 40 }, { listening: 75, feedback: 20 });
    expect(changes).toEqual([
      { domainId: 'listening', latest: 60, previous: 75, change: -15 },
      { domainId: 'boundaries', latest: 40, previous: undefined, change: undefined },
      { domainId: 'feedback', latest: undefined, previous: 20, change: undefined },
    ]);
  });

  it('reports a zero change as 0, and a rise as positive', () => {
    const changes = compareScores(FIXTURE.domains, { listening: 50, boundaries: 90 }, { listening: 50, boundaries: 45 });
    expect(changes.map((change) => change.change)).toEqual([0, 45, undefined]);
  });
});

describe('scoreRecord', () => {
  it('keeps the answered domains only, as domain id → percent', () => {
    const scores = scoreDomains(FIXTURE, { 'listen-often': 2, 'harsh-remark': 'lack-of-time' });
    expect(scoreRecord(scores)).toEqual({ listening: 50, feedback: 0 });
    expect(Object.keys(scoreRecord(scores))).not.toContain('boundaries');
  });

  it('is empty when nothing is answered', () => {
    expect(scoreRecord(scoreDomains(FIXTURE, {}))).toEqual({});
  });
});

describe('scoredCoverage', () => {
  it('says when no answer fits the current questions, so no result may be claimed', () => {
    expect(scoredCoverage(scoreDomains(FIXTURE, { 'a-question-that-was-removed': 4 }))).toBe('none');
    expect(scoredCoverage(scoreDomains(FIXTURE, {}))).toBe('none');
  });

  it('tells a partly scored attempt from a complete one', () => {
    const all = scoreDomains(FIXTURE, fc.sample(validAnswers(FIXTURE), { numRuns: 1, seed: 1 })[0]!);
    expect(scoredCoverage(all)).toBe('complete');
    const first = FIXTURE.items[0]!;
    const one = scoreDomains(FIXTURE, { [first.id]: fc.sample(validAnswers(FIXTURE), { numRuns: 1, seed: 1 })[0]![first.id]! });
    expect(scoredCoverage(one)).toBe(FIXTURE.domains.length > 1 ? 'partial' : 'complete');
  });
});

describe('scenarioTotal', () => {
  it('counts the scenarios answered with the keyed option, out of all of them', () => {
    const scenarios = FIXTURE.items.filter((item) => item.kind === 'scenario');
    expect(scenarios.length).toBeGreaterThan(0);
    const keyed = Object.fromEntries(scenarios.map((item) => [item.id, item.kind === 'scenario' ? item.options.find((option) => option.correct)!.id : '']));
    expect(scenarioTotal(FIXTURE, keyed)).toEqual({ right: scenarios.length, of: scenarios.length });
    expect(scenarioTotal(FIXTURE, {})).toEqual({ right: 0, of: scenarios.length });
    const wrong = Object.fromEntries(scenarios.map((item) => [item.id, item.kind === 'scenario' ? item.options.find((option) => !option.correct)!.id : '']));
    expect(scenarioTotal(FIXTURE, wrong).right).toBe(0);
  });
});
