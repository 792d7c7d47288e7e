/**
 * What the site keeps in localStorage for "My development plan": the areas chosen, the goals
 * (what, by when, how you will know, milestones, status, notes, who helps), the next review
 * date, the reviews held with a mentor, and the name typed for the review receipt. Pure: no
 * storage access here (see record-store.ts).
 */
import { isCalendarDay, isDateString } from '../storage/guards';
import { recordCodec } from '../storage/record-format';
import { byId, isItemId, list, oneOf, shape, text } from '../storage/shape';

/** The current record format. Raise it with a migration whenever the shape changes. */
export const PLAN_FORMAT = 1;

export const GOAL_STATUSES = ['not-started', 'on-track', 'at-risk', 'done'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface Milestone {
  id: string;
  text: string;
  done: boolean;
}

export interface PlanGoal {
  id: string;
  /** A goal area's id (content/tools/goal-areas.yaml), or '' when not chosen. */
  area: string;
  /** What you will do. */
  what: string;
  /** By when (YYYY-MM-DD), or ''. */
  byWhen: string;
  /** How you will know it is done. */
  measure: string;
  milestones: Milestone[];
  status: GoalStatus;
  notes: string;
  /** Names of people in the reader's network who help with this goal. */
  helpers: string[];
  /** Days this goal was reviewed with a mentor (YYYY-MM-DD), oldest first: at a meeting, or with the whole plan. */
  reviews: string[];
}

export interface PlanRecord {
  format: typeof PLAN_FORMAT;
  /** The goal areas chosen (at most MAX_AREAS ids). */
  areas: string[];
  goals: PlanGoal[];
  /** When to review the plan with a mentor next (YYYY-MM-DD), or ''. */
  reviewDate: string;
  /** Days the plan was reviewed with a mentor (YYYY-MM-DD), oldest first. */
  reviews: string[];
  /** The name typed for the review receipt. */
  name: string;
  /** When anything last changed (ISO 8601). */
  updatedAt: string;
}

export const MAX_AREAS = 3;
export const MAX_GOALS = 30;
export const MAX_MILESTONES = 20;
export const MAX_TEXT = 4000;

export const EMPTY_PLAN: PlanRecord = Object.freeze({
  format: PLAN_FORMAT,
  areas: Object.freeze([]) as unknown as string[],
  goals: Object.freeze([]) as unknown as PlanGoal[],
  reviewDate: '',
  reviews: Object.freeze([]) as unknown as string[],
  name: '',
  updatedAt: new Date(0).toISOString(),
});

/** One function per older format, each turning a record of that format into the next. None yet. */
export const PLAN_MIGRATIONS: Record<number, (old: any) => unknown> = {};

const day = (value: unknown) => value === '' || isCalendarDay(value);

const milestone = shape({ id: isItemId, text: text(500), done: oneOf([true, false]) });
const goal = shape({
  id: isItemId,
  area: (value) => value === '' || isItemId(value),
  what: text(MAX_TEXT),
  byWhen: day,
  measure: text(MAX_TEXT),
  milestones: list(milestone, MAX_MILESTONES, byId),
  status: oneOf(GOAL_STATUSES),
  notes: text(MAX_TEXT),
  helpers: list(text(200), 100),
  reviews: list(isCalendarDay, 200),
});

/** Exactly the format-1 shape: no missing, extra or mistyped properties, no repeated ids. */
export const isPlanRecord = shape({
  format: oneOf([PLAN_FORMAT]),
  areas: list(isItemId, MAX_AREAS),
  goals: list(goal, MAX_GOALS, byId),
  reviewDate: day,
  reviews: list(isCalendarDay, 200),
  name: text(200),
  updatedAt: isDateString,
}) as (value: unknown) => value is PlanRecord;

export const planCodec = recordCodec<PlanRecord>({
  format: PLAN_FORMAT,
  empty: EMPTY_PLAN,
  migrations: PLAN_MIGRATIONS,
  isValid: isPlanRecord,
});
