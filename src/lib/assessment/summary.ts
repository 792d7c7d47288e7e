/** What a result says first: the one-line summary, what to read next, and each answer in words. */
import { isValidAnswer, nextSteps, scalePoints, type DomainScore } from './scoring';
import type { Answer, Answers, AssessmentDefinition, Domain, Item, ScalePoint } from './types';

/** "A", "A and B", "A, B and C". */
export function listInWords(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The result in one line: the strongest area (every area sharing the top score, the first two
 * by name) and where to start (the lowest area below the top band). An area named as the place to start is never
 * also called the strongest; when every area scored alike, only the start is named. Where an
 * assessment groups its areas, strengths come from the first group only: a high score on a
 * warning sign ("Competition") means the problem is absent, which is no "strongest area".
 */
export function headline(definition: AssessmentDefinition, scores: readonly DomainScore[]): string {
  const scored = scores.filter((score) => score.percent !== undefined);
  if (scored.length === 0) return '';
  const start = nextSteps(definition, scored, 1)[0]?.domain;
  const firstGroup = definition.groups[0]?.id;
  const candidates = firstGroup ? scored.filter((score) => score.domain.group === firstGroup) : scored;
  const top = Math.max(...candidates.map((score) => score.percent!));
  const strongest = candidates.filter((score) => score.percent === top && score.domain !== start).map((score) => score.domain.title);
  // More than two at the top are named two and counted, so the summary stays one line.
  const named = strongest.length > 2 ? [...strongest.slice(0, 2), `${strongest.length - 2} more`] : strongest;
  const first = strongest.length === 0 ? '' : `Your strongest ${strongest.length === 1 ? 'area is' : 'areas are'} ${listInWords(named)}`;
  const second = start ? `start with ${start.title}` : 'every area is in the top band';
  return first ? `${first}; ${second}.` : `${second[0]!.toUpperCase()}${second.slice(1)}.`;
}

export interface ReadNext {
  /** The causes missed most (at most two), or none when every story was answered right. */
  missed: Domain[];
  /** Article ids to read, in order. */
  articles: string[];
}

/**
 * For a quiz: what to read next. The first article of each cause the reader missed most (at
 * most two causes); when every story was right, the article the causes link to most often
 * (the cause most often mistaken for another), first listed on a tie.
 */
export function readNext(definition: AssessmentDefinition, answers: Answers): ReadNext {
  const misses = new Map<Domain, number>();
  for (const item of definition.items) {
    if (item.kind !== 'scenario' || item.options.some((option) => option.correct && option.id === answers[item.id])) continue;
    const domain = definition.domains.find((candidate) => candidate.id === item.domain);
    if (domain) misses.set(domain, (misses.get(domain) ?? 0) + 1);
  }
  const most = Math.max(0, ...misses.values());
  const missed = [...misses].filter(([, count]) => count === most).map(([domain]) => domain).slice(0, 2);
  if (missed.length > 0) return { missed, articles: [...new Set(missed.map((domain) => domain.articles[0]!))] };
  const links = definition.domains.flatMap((domain) => domain.articles);
  const count = (id: string) => links.filter((link) => link === id).length;
  const best = links.reduce<string | undefined>((chosen, id) => (chosen === undefined || count(id) > count(chosen) ? id : chosen), undefined);
  return { missed: [], articles: best ? [best] : [] };
}

/** The answer as the reader chose it, in words ("Agree"; options joined by "; "), or undefined if unanswered. */
export function answerText(item: Item, answer: Answer | undefined, scales: Record<string, ScalePoint[]>): string | undefined {
  if (!isValidAnswer(item, answer, scales)) return undefined;
  if (item.kind === 'likert') return scalePoints(scales, item.scale).find((point) => point.value === answer)!.label;
  const chosen = ([] as Answer[]).concat(answer!);
  return item.options
    .filter((option) => chosen.includes(option.id))
    .map((option) => option.label)
    .join('; ');
}
