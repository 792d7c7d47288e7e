import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDescriber } from '../../src/lib/plan/describe-record';
import { withGoalReviewed } from '../../src/lib/plan/goal-review';
import { addMilestone, withGoal, withGoalChanged, withReview } from '../../src/lib/plan/plan-edit';
import { planToMarkdown, reviewCalendar } from '../../src/lib/plan/plan-files';
import { EMPTY_PLAN, PLAN_FORMAT, planCodec, PLAN_MIGRATIONS, type PlanGoal, type PlanRecord } from '../../src/lib/plan/plan-record';
import { isOverdue, lastReview, missingPrompts, openGoals, reviewState, suggestedStatus, yearAfter } from '../../src/lib/plan/plan-rules';
import { readImport } from '../../src/lib/storage/import-data';
import { PLAN_KEY } from '../../src/lib/storage/keys';
import { SITE_REGISTRY } from '../../src/lib/storage/registry';
import { buildExport, describeKey } from '../../src/lib/storage/saved-data';
import { planArb } from '../support/development-arbitraries';

const now = new Date('2026-11-29T10:00:00Z');
const goal = (change: Partial<PlanGoal> = {}): PlanGoal => ({
  id: 'g1',
  area: '',
  what: '',
  byWhen: '',
  measure: '',
  milestones: [],
  status: 'not-started',
  notes: '',
  helpers: [],
  reviews: [],
  ...change,
});

/** A plan with two goals: a paper (open) and a course (done). */
function twoGoals(): PlanRecord {
  let plan = withGoal(withGoal(EMPTY_PLAN, 'research', now), 'career', now);
  const [paper, course] = plan.goals;
  plan = withGoalChanged(plan, paper!.id, (current) => ({ what: 'Submit the *cohort* paper', byWhen: '2027-03-31', measure: 'Submitted to a journal', ...addMilestone(current, 'First draft') }), now);
  plan = withGoalChanged(plan, course!.id, () => ({ what: 'Take the leadership course', status: 'done' }), now);
  return plan;
}

describe('a goal written with SMART prompts', () => {
  it('lists the prompts still unanswered, in the order the form asks them', () => {
    expect(missingPrompts(goal())).toEqual(['what you will do', 'by when', 'how you will know']);
    expect(missingPrompts(goal({ what: 'Submit a grant', byWhen: '2027-01-31' }))).toEqual(['how you will know']);
    expect(missingPrompts(goal({ what: 'x', byWhen: '2027-01-31', measure: 'y' }))).toEqual([]);
  });
});

describe('goal status', () => {
  it('suggests done once every milestone is ticked', () => {
    const milestones = [{ id: 'm1', text: 'Draft', done: true }, { id: 'm2', text: 'Submit', done: true }];
    expect(suggestedStatus(goal({ milestones, status: 'on-track' }), '2026-11-29')).toBe('done');
    expect(suggestedStatus(goal({ milestones: [milestones[0]!, { ...milestones[1]!, done: false }], status: 'on-track' }), '2026-11-29')).toBeUndefined();
  });

  it('suggests at risk once the date has passed and the goal is not done, and nothing for a done goal', () => {
    expect(isOverdue(goal({ byWhen: '2026-11-28' }), '2026-11-29')).toBe(true);
    expect(suggestedStatus(goal({ byWhen: '2026-11-28', status: 'on-track' }), '2026-11-29')).toBe('at-risk');
    expect(suggestedStatus(goal({ byWhen: '2026-11-29', status: 'on-track' }), '2026-11-29')).toBeUndefined();
    expect(suggestedStatus(goal({ byWhen: '2026-11-28', status: 'done' }), '2026-11-29')).toBeUndefined();
  });

  it('counts as open every goal that is not done', () => {
    expect(openGoals(twoGoals()).map((open) => open.what)).toEqual(['Submit the *cohort* paper']);
  });
});

describe('reviewing the plan with a mentor', () => {
  it('says whether the next review is upcoming, due today or overdue, in days', () => {
    expect(reviewState({ reviewDate: '' }, '2026-11-29')).toEqual({ state: 'unset' });
    expect(reviewState({ reviewDate: '2026-12-01' }, '2026-11-29')).toEqual({ state: 'upcoming', days: 2 });
    expect(reviewState({ reviewDate: '2026-11-29' }, '2026-11-29')).toEqual({ state: 'due' });
    expect(reviewState({ reviewDate: '2026-10-30' }, '2026-11-29')).toEqual({ state: 'overdue', days: 30 });
  });

  it('records a review once per day, in date order, and marks each open goal as reviewed that day', () => {
    let plan = withReview(twoGoals(), '2026-11-29', now);
    plan = withReview(plan, '2026-05-01', now);
    plan = withReview(plan, '2026-11-29', now);
    expect(plan.reviews).toEqual(['2026-05-01', '2026-11-29']);
    expect(plan.goals.map((reviewed) => reviewed.reviews)).toEqual([['2026-05-01', '2026-11-29'], []]);
    expect(lastReview(plan.goals[0]!)).toBe('2026-11-29');
  });

  it('marks one goal as reviewed at a meeting, and unmarks only that meeting’s day, leaving other goals and the plan’s own reviews alone', () => {
    const reviewed = withReview(twoGoals(), '2026-05-01', now);
    let plan = withGoalReviewed(reviewed, reviewed.goals[0]!.id, '2026-11-29', true, now);
    plan = withGoalReviewed(plan, reviewed.goals[0]!.id, '2026-11-29', true, now);
    expect(plan.goals[0]!.reviews).toEqual(['2026-05-01', '2026-11-29']);
    expect(plan.goals[1]).toEqual(reviewed.goals[1]);
    expect(plan.reviews).toEqual(['2026-05-01']);
    plan = withGoalReviewed(plan, reviewed.goals[0]!.id, '2026-11-29', false, now);
    expect(plan.goals[0]!.reviews).toEqual(['2026-05-01']);
  });

  it('sets the next review a year after a review, unless a later one is already set', () => {
    expect(withReview(twoGoals(), '2026-11-29', now).reviewDate).toBe('2027-11-29');
    const planned = { ...twoGoals(), reviewDate: '2027-01-15' };
    expect(withReview(planned, '2026-11-29', now).reviewDate).toBe('2027-01-15');
    expect(withReview({ ...planned, reviewDate: '2026-11-01' }, '2026-11-29', now).reviewDate).toBe('2027-11-29');
  });

  it('suggests the next review a year on, and 28 February after a 29 February', () => {
    expect(yearAfter('2026-11-29')).toBe('2027-11-29');
    expect(yearAfter('2028-02-29')).toBe('2029-02-28');
  });

  it('makes a calendar file with an all-day review on the chosen date', async () => {
    const ics = await reviewCalendar('2027-01-15', 2, now);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270115');
    expect(ics).toContain('SUMMARY:Review my development plan with my mentor');
    expect(ics.replace(/\r\n /g, '')).toContain('2 goals are still open');
  });
});

describe('the plan as Markdown', () => {
  it('holds every goal with its answers, status and milestones, with Markdown characters escaped', () => {
    const markdown = planToMarkdown(withReview(twoGoals(), '2026-11-29', now), { research: 'Research or scholarship', career: 'Career and leadership' });
    expect(markdown).toContain('## Goal 1: Submit the \\*cohort\\* paper');
    expect(markdown).toContain('- Area: Research or scholarship');
    expect(markdown).toContain('- By when: 31 March 2027');
    expect(markdown).toContain('- [ ] First draft');
    expect(markdown).toContain('## Goal 2: Take the leadership course');
    expect(markdown).toContain('- Status: Done');
    expect(markdown).toContain('Reviewed with a mentor on: 29 November 2026');
  });
});

describe('the saved plan', () => {
  it('is at format 1 with no older format to migrate from: a newer record is kept as it is, never read as empty', () => {
    expect(PLAN_FORMAT).toBe(1);
    expect(PLAN_MIGRATIONS).toEqual({});
    const newer = JSON.stringify({ ...twoGoals(), format: 2 });
    expect(planCodec.parse(newer)).toMatchObject({ status: 'newer', unreadable: newer });
  });

  it('refuses more than three areas, a status it does not know, a repeated goal, or an impossible date', () => {
    const plan = twoGoals();
    for (const broken of [
      { ...plan, areas: ['a', 'b', 'c', 'd'] },
      { ...plan, goals: [{ ...plan.goals[0]!, status: 'maybe' }] },
      { ...plan, goals: [plan.goals[0]!, plan.goals[0]!] },
      { ...plan, reviewDate: '2026-02-30' },
      { ...plan, goals: [{ ...plan.goals[0]!, milestones: [{ id: 'm', text: 'x' }] }] },
    ]) {
      expect(planCodec.parse(JSON.stringify(broken)).status).toBe('corrupt');
    }
  });

  it('reads back every record of the right shape, and any stored text either as a record or kept as it is', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(planCodec.parse(planCodec.serialise(plan))).toEqual({ status: 'ok', record: plan });
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), planArb.map((plan) => JSON.stringify({ ...plan, goals: [{ id: 'x' }] }))), (stored) => {
        const result = planCodec.parse(stored);
        if (result.status === 'corrupt' || result.status === 'newer') expect(result.unreadable).toBe(stored);
        else expect(['ok', 'empty']).toContain(result.status);
      }),
    );
  });

  it('is listed, exported and imported with everything else as "the development plan"', () => {
    const plan = twoGoals();
    expect(describeKey(PLAN_KEY, SITE_REGISTRY)).toBe('the development plan');
    expect(planDescriber.summary(plan, undefined)).toBe('2 goals, 1 done; last changed 29 November 2026');
    const file = buildExport({ [PLAN_KEY]: planCodec.serialise(plan) }, SITE_REGISTRY, now);
    expect(readImport(file, SITE_REGISTRY)).toMatchObject({ ok: true, records: { [PLAN_KEY]: plan } });
  });
});
