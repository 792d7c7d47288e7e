import type { Answer, Answers, AssessmentDefinition, Band, Domain, Item, ScalePoint } from './types';

/** Whether an answer fits its item as the item is defined now. */
/** The points of a scale, looked up safely (an id like "constructor" must not find Object's). */
export function scalePoints(scales: Record<string, ScalePoint[]>, id: string): ScalePoint[] {
  return Object.hasOwn(scales, id) ? scales[id]! : [];
}

export function isValidAnswer(item: Item, answer: Answer | undefined, scales: Record<string, ScalePoint[]>): boolean {
  if (answer === undefined) return false;
  switch (item.kind) {
    case 'likert':
      return typeof answer === 'number' && scalePoints(scales, item.scale).some((point) => point.value === answer);
    case 'single':
    case 'scenario':
      return typeof answer === 'string' && item.options.some((option) => option.id === answer);
    case 'multiple':
      return (
        Array.isArray(answer) &&
        answer.length > 0 &&
        new Set(answer).size === answer.length &&
        answer.every((id) => item.options.some((option) => option.id === id))
      );
  }
}

/** An answer's score from 0 (least healthy) to 1 (most healthy), or undefined if unanswered. */
export function itemScore(item: Item, answer: Answer | undefined, scales: Record<string, ScalePoint[]>): number | undefined {
  if (!isValidAnswer(item, answer, scales)) return undefined;
  switch (item.kind) {
    case 'likert': {
      const values = scalePoints(scales, item.scale).map((point) => point.value);
      const low = Math.min(...values);
      const high = Math.max(...values);
      const fraction = ((answer as number) - low) / (high - low);
      return item.reverse ? 1 - fraction : fraction;
    }
    case 'single':
      return item.options.find((option) => option.id === answer)!.score;
    case 'scenario':
      return item.options.find((option) => option.id === answer)!.correct ? 1 : 0;
    case 'multiple': {
      const chosen = new Set(answer as string[]);
      const possible = item.options.reduce((total, option) => total + option.score, 0);
      const earned = item.options.reduce((total, option) => total + (chosen.has(option.id) ? option.score : 0), 0);
      return possible > 0 ? earned / possible : 0;
    }
  }
}

export function bandFor(bands: readonly Band[], percent: number): Band {
  return bands.find((band) => percent >= band.min && percent <= band.max) ?? bands.at(-1)!;
}

export interface DomainScore {
  domain: Domain;
  /** 0–100, rounded; undefined when no item in the domain was answered. */
  percent: number | undefined;
  band: Band | undefined;
  answered: number;
  total: number;
}

/** The percentage score of each domain: the mean of its answered items' scores. */
export function scoreDomains(definition: AssessmentDefinition, answers: Answers): DomainScore[] {
  return definition.domains.map((domain) => {
    const items = definition.items.filter((item) => item.domain === domain.id);
    const scores = items
      .map((item) => itemScore(item, answers[item.id], definition.scales))
      .filter((score): score is number => score !== undefined);
    const percent = scores.length > 0 ? Math.round((100 * scores.reduce((a, b) => a + b, 0)) / scores.length) : undefined;
    return {
      domain,
      percent,
      band: percent === undefined ? undefined : bandFor(definition.bands, percent),
      answered: scores.length,
      total: items.length,
    };
  });
}

export interface NextStep {
  domain: Domain;
  percent: number;
  text: string;
  articles: string[];
}

/** The most useful next steps: the lowest-scoring domains below the top band, lowest first. */
export function nextSteps(definition: AssessmentDefinition, scores: readonly DomainScore[], count = 3): NextStep[] {
  const topBand = definition.bands.at(-1)!;
  return scores
    .filter((score): score is DomainScore & { percent: number } => score.percent !== undefined && score.band !== topBand)
    .sort((a, b) => a.percent - b.percent)
    .slice(0, count)
    .map((score) => ({ domain: score.domain, percent: score.percent, text: score.domain.nextStep, articles: score.domain.articles }));
}

/** The items not yet validly answered, in order. */
export function unansweredItems(definition: AssessmentDefinition, answers: Answers): Item[] {
  return definition.items.filter((item) => !isValidAnswer(item, answers[item.id], definition.scales));
}

export interface DomainChange {
  domainId: string;
  latest: number | undefined;
  previous: number | undefined;
  /** latest − previous, when both exist. */
  change: number | undefined;
}

/** How each domain's score moved between two attempts' stored scores. */
export function compareScores(
  domains: readonly Domain[],
  latest: Readonly<Record<string, number>>,
  previous: Readonly<Record<string, number>>,
): DomainChange[] {
  return domains.map((domain) => {
    const now = latest[domain.id];
    const before = previous[domain.id];
    return {
      domainId: domain.id,
      latest: now,
      previous: before,
      change: now !== undefined && before !== undefined ? now - before : undefined,
    };
  });
}

/** Domain scores as a plain record, for storing with a completed attempt. */
export function scoreRecord(scores: readonly DomainScore[]): Record<string, number> {
  return Object.fromEntries(
    scores.filter((score) => score.percent !== undefined).map((score) => [score.domain.id, score.percent!]),
  );
}

/**
 * How much of an attempt the current questions can score: 'complete' (every area), 'partial'
 * (some areas have no answer that fits the current questions, say after the assessment
 * changed), or 'none' (no answer fits at all, so no result can honestly be shown).
 */
export function scoredCoverage(scores: readonly DomainScore[]): 'complete' | 'partial' | 'none' {
  const scored = scores.filter((score) => score.percent !== undefined).length;
  if (scored === 0) return 'none';
  return scored === scores.length ? 'complete' : 'partial';
}

/** For a quiz: how many scenarios were answered with the keyed option, out of how many there are. */
export function scenarioTotal(definition: AssessmentDefinition, answers: Answers): { right: number; of: number } {
  const scenarios = definition.items.filter((item) => item.kind === 'scenario');
  const right = scenarios.filter((item) => item.options.some((option) => option.correct && option.id === answers[item.id])).length;
  return { right, of: scenarios.length };
}
