/**
 * Changes to the saved development plan, each returning a new record with the time of the
 * change. Kept apart from the codec (plan-record.ts), which "My saved data" loads without these.
 */
import { newId } from '../storage/shape';
import { PLAN_FORMAT, type PlanGoal, type PlanRecord } from './plan-record';
import { yearAfter } from './plan-rules';

const changed = (record: PlanRecord, change: Partial<Omit<PlanRecord, 'format'>>, now: Date): PlanRecord => ({
  ...record,
  ...change,
  format: PLAN_FORMAT,
  updatedAt: now.toISOString(),
});

/** The plan with some of its own fields changed (areas, review date, name). */
export const withPlanChanged = (record: PlanRecord, change: Partial<Pick<PlanRecord, 'areas' | 'reviewDate' | 'name'>>, now = new Date()) =>
  changed(record, change, now);

export function withGoal(record: PlanRecord, area = '', now = new Date()): PlanRecord {
  const goal: PlanGoal = { id: newId(record.goals), area, what: '', byWhen: '', measure: '', milestones: [], status: 'not-started', notes: '', helpers: [], reviews: [] };
  return changed(record, { goals: [...record.goals, goal] }, now);
}

export function withGoalChanged(record: PlanRecord, id: string, change: (goal: PlanGoal) => Partial<Omit<PlanGoal, 'id'>>, now = new Date()): PlanRecord {
  return changed(record, { goals: record.goals.map((goal) => (goal.id === id ? { ...goal, ...change(goal) } : goal)) }, now);
}

export const withoutGoal = (record: PlanRecord, id: string, now = new Date()) => changed(record, { goals: record.goals.filter((goal) => goal.id !== id) }, now);

/** A goal with one more milestone. */
export const addMilestone = (goal: PlanGoal, text: string) => ({ milestones: [...goal.milestones, { id: newId(goal.milestones), text: text.trim().slice(0, 500), done: false }] });

/** Days in date order, each once. */
export const withDay = (days: string[], day: string) => [...new Set([...days, day])].sort();

/**
 * The plan reviewed with a mentor on `day`: the review is recorded (once per day, in date
 * order), each goal still open is marked as reviewed that day, and unless a later review is
 * already set, the next one is set a year on.
 */
export function withReview(record: PlanRecord, day: string, now = new Date()): PlanRecord {
  const reviews = withDay(record.reviews, day);
  const goals = record.goals.map((goal) => (goal.status === 'done' ? goal : { ...goal, reviews: withDay(goal.reviews, day) }));
  const reviewDate = record.reviewDate > day ? record.reviewDate : yearAfter(day);
  return changed(record, { reviews, goals, reviewDate }, now);
}
