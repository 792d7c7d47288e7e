/**
 * Two partners' answers to one self-assessment, side by side: which answers can be compared (the
 * questions may have changed since a link was made), each area's two scores, how far apart they
 * are, and a short conversation agenda from the largest gaps. Pure: no DOM, no storage.
 */
import { isValidAnswer, scoreDomains } from '../assessment/scoring';
import type { Answers, AssessmentDefinition, Domain, Item } from '../assessment/types';
import { questionKey, type SharedAnswers } from './payload';

export interface Matched {
  /** The partner's answers to questions this version still asks, by question id. */
  answers: Answers;
  /** How many of the link's answers fit a question asked now. */
  comparable: number;
  /** Answers in the link to questions this version no longer asks (or answers that no longer fit). */
  notAsked: number;
  /** Questions asked now that the link has no answer for. */
  notInLink: Item[];
}

/** The link's answers matched to the current questions by key; anything that does not fit is counted, never guessed. */
export function matchShared(shared: SharedAnswers, definition: AssessmentDefinition): Matched {
  const byKey = new Map(definition.items.map((item) => [questionKey(item.id), item]));
  const answers: Answers = {};
  let notAsked = 0;
  shared.keys.forEach((key, index) => {
    const answer = shared.answers[index];
    if (answer === null || answer === undefined) return;
    const item = byKey.get(key);
    if (item && isValidAnswer(item, answer, definition.scales)) answers[item.id] = answer;
    else notAsked += 1;
  });
  const notInLink = definition.items.filter((item) => !Object.hasOwn(answers, item.id));
  return { answers, comparable: Object.keys(answers).length, notAsked, notInLink };
}

/** Answers of one completed attempt as a link carries them: every question in order, by key. */
export function sharedFrom(definition: AssessmentDefinition, answers: Answers, taken: string, name?: string): SharedAnswers {
  const trimmed = name?.trim();
  return {
    assessmentId: definition.id,
    definitionVersion: definition.version,
    keys: definition.items.map((item) => questionKey(item.id)),
    answers: definition.items.map((item) => {
      const answer = answers[item.id];
      return typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer <= 9 && isValidAnswer(item, answer, definition.scales) ? answer : null;
    }),
    taken,
    ...(trimmed ? { name: trimmed } : {}),
  };
}

/** Whether an assessment can be shared by link: every question answered on a scale of single digits. */
export const canShare = (definition: AssessmentDefinition) =>
  definition.items.every((item) => item.kind === 'likert' && (definition.scales[item.scale] ?? []).every((point) => Number.isInteger(point.value) && point.value >= 0 && point.value <= 9));

export type Agreement = 'agree' | 'differ' | 'differ-widely';

export interface AreaComparison {
  domain: Domain;
  mine: number;
  theirs: number;
  /** |mine − theirs|, in percentage points. */
  gap: number;
  agreement: Agreement;
}

/** Within this many points the two views count as agreeing; beyond WIDE, as far apart. */
export const AGREE_WITHIN = 10;
export const WIDE = 25;

export const agreementOf = (gap: number): Agreement => (gap <= AGREE_WITHIN ? 'agree' : gap <= WIDE ? 'differ' : 'differ-widely');

export const AGREEMENT_WORDS: Record<Agreement, string> = {
  agree: 'You agree',
  differ: 'Some difference',
  'differ-widely': 'You see this very differently',
};

/**
 * Each area both people answered, scored on the questions both answered only (so a changed
 * question never counts for one side and not the other), in the assessment's order.
 */
export function compareAreas(definition: AssessmentDefinition, mine: Answers, theirs: Answers): AreaComparison[] {
  const both = new Set(definition.items.filter((item) => isValidAnswer(item, mine[item.id], definition.scales) && Object.hasOwn(theirs, item.id)).map((item) => item.id));
  const only = (answers: Answers) => Object.fromEntries(Object.entries(answers).filter(([id]) => both.has(id)));
  const myScores = scoreDomains(definition, only(mine));
  const theirScores = scoreDomains(definition, only(theirs));
  return myScores.flatMap((score, index) => {
    const other = theirScores[index]!;
    if (score.percent === undefined || other.percent === undefined) return [];
    const gap = Math.abs(score.percent - other.percent);
    return [{ domain: score.domain, mine: score.percent, theirs: other.percent, gap, agreement: agreementOf(gap) }];
  });
}

/** The areas by the size of the gap, largest first (ties in the assessment's order). */
export const byGap = (areas: readonly AreaComparison[]) => [...areas].sort((a, b) => b.gap - a.gap);

export const AGENDA_MIN = 3;
export const AGENDA_MAX = 5;

/**
 * The conversation agenda: the largest gaps, at least three (when there are three areas) and up
 * to five, adding areas beyond three only while they still differ (more than AGREE_WITHIN).
 */
export function agendaAreas(areas: readonly AreaComparison[]): AreaComparison[] {
  const ordered = byGap(areas);
  return ordered.filter((area, index) => index < AGENDA_MIN || (index < AGENDA_MAX && area.gap > AGREE_WITHIN));
}

/** "You: 80% · Sam: 45% (35 points apart)", in words that need no colour. */
export function gapWords(area: AreaComparison, partner: string): string {
  const apart = area.gap === 0 ? 'the same' : `${area.gap} ${area.gap === 1 ? 'point' : 'points'} apart`;
  return `You: ${area.mine}% · ${partner}: ${area.theirs}% (${apart})`;
}

export { possessive } from './words';
