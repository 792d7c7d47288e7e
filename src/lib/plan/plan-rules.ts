/**
 * What a development plan says about itself: which SMART prompts a goal still lacks, whether a
 * goal is past its date, when the plan is next due for review, and the goals still open. Pure:
 * days are ISO strings (YYYY-MM-DD), and "today" is passed in.
 */
import type { GoalStatus, PlanGoal, PlanRecord } from './plan-record';

export const STATUS_WORDS: Record<GoalStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  done: 'Done',
};

/** The SMART prompts a goal has not answered yet, in the order the form asks them. */
export function missingPrompts(goal: PlanGoal): string[] {
  return [
    goal.what.trim() === '' && 'what you will do',
    goal.byWhen === '' && 'by when',
    goal.measure.trim() === '' && 'how you will know',
  ].filter((prompt): prompt is string => prompt !== false);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A goal that is not done and whose date has passed. */
export const isOverdue = (goal: PlanGoal, today: string) => goal.status !== 'done' && goal.byWhen !== '' && goal.byWhen < today;

/** Milestones done, of all. */
export const milestoneProgress = (goal: PlanGoal) => ({ done: goal.milestones.filter((milestone) => milestone.done).length, total: goal.milestones.length });

/**
 * What the reader might change about a goal's status: done when every milestone is ticked,
 * at risk when its date has passed. Undefined when the status fits.
 */
export function suggestedStatus(goal: PlanGoal, today: string): GoalStatus | undefined {
  const { done, total } = milestoneProgress(goal);
  if (goal.status !== 'done' && total > 0 && done === total) return 'done';
  if (isOverdue(goal, today) && goal.status !== 'at-risk') return 'at-risk';
  return undefined;
}

export const openGoals = (plan: PlanRecord) => plan.goals.filter((goal) => goal.status !== 'done');

/** Where the plan stands against its next review date: not set, in some days, today, or some days ago. */
export type ReviewState =
  | { state: 'unset' }
  | { state: 'upcoming'; days: number }
  | { state: 'due' }
  | { state: 'overdue'; days: number };

/** Where the plan stands against its next review date. */
export function reviewState(plan: Pick<PlanRecord, 'reviewDate'>, today: string): ReviewState {
  if (plan.reviewDate === '') return { state: 'unset' };
  const days = daysBetween(today, plan.reviewDate);
  if (days > 0) return { state: 'upcoming', days };
  if (days === 0) return { state: 'due' };
  return { state: 'overdue', days: -days };
}

/** The last day the plan (or one goal) was reviewed with a mentor, if ever. */
export const lastReview = (reviewed: Pick<PlanRecord | PlanGoal, 'reviews'>): string | undefined => reviewed.reviews.at(-1);

/** A year after a review: the usual time for the next one, as a suggestion. */
export function yearAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // 29 February has no twin a year on: 28 February instead.
  const next = new Date(Date.UTC(year + 1, month - 1, month === 2 && date === 29 ? 28 : date));
  return next.toISOString().slice(0, 10);
}
