/**
 * Saved answers against an assessment whose definition may have changed since they were given:
 * answers to unchanged items are kept, answers to removed or changed items are dropped (and
 * reported), and new items are left to be asked.
 */
import { isValidAnswer } from '../assessment/scoring';
import type { Answers, AssessmentDefinition } from '../assessment/types';

export interface Reconciled {
  answers: Answers;
  /** Ids of saved answers that no longer fit the questions (removed or changed). */
  dropped: string[];
  /** Ids of questions with no saved answer (new, or dropped above). */
  unanswered: string[];
}

export function reconcileAnswers(definition: AssessmentDefinition, saved: Answers): Reconciled {
  const answers: Answers = {};
  const dropped: string[] = [];
  for (const [itemId, answer] of Object.entries(saved)) {
    const item = definition.items.find((candidate) => candidate.id === itemId);
    if (item && isValidAnswer(item, answer, definition.scales)) answers[itemId] = answer;
    else dropped.push(itemId);
  }
  const unanswered = definition.items.filter((item) => !Object.hasOwn(answers, item.id)).map((item) => item.id);
  return { answers, dropped, unanswered };
}
