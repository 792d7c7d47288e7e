/**
 * A goal reviewed at a mentoring meeting, from the meeting's agenda. Apart from plan-edit.ts so that
 * the plan's own page does not load it.
 */
import { withDay, withGoalChanged } from './plan-edit';
import type { PlanRecord } from './plan-record';

/** One goal marked as reviewed with a mentor on `day` (at a meeting), or that mark taken back. Other days' reviews stay. */
export const withGoalReviewed = (record: PlanRecord, id: string, day: string, reviewed: boolean, now = new Date()) =>
  withGoalChanged(record, id, (goal) => ({ reviews: reviewed ? withDay(goal.reviews, day) : goal.reviews.filter((other) => other !== day) }), now);
