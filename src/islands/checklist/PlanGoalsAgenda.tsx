/**
 * The development plan's open goals as items of a meeting's agenda: ticking one records in the
 * plan that it was reviewed with a mentor on the meeting's day, and the whole plan's review can be
 * recorded from here too. Loaded on demand, only when this browser holds a plan.
 */
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { formatDay } from '../../lib/dates';
import { withGoalReviewed } from '../../lib/plan/goal-review';
import { withReview } from '../../lib/plan/plan-edit';
import { EMPTY_PLAN, planCodec, type PlanGoal } from '../../lib/plan/plan-record';
import { milestoneProgress, openGoals, STATUS_WORDS } from '../../lib/plan/plan-rules';
import { PLAN_KEY } from '../../lib/storage/keys';
import { recordStore } from '../../lib/storage/record-store';
import { StorageNotices } from '../shared/StorageNotices';
import type { PlanLinks } from './types';

interface Props {
  /** The open meeting's day (YYYY-MM-DD). */
  day: string;
  plan: PlanLinks;
}

/** The goal's first line, or its number when nothing is written yet. */
const goalName = (goal: PlanGoal, index: number) => goal.what.trim().split('\n')[0] || `Goal ${index + 1} (not written yet)`;

/** What to know about a goal at a glance: area, status, date, milestones, last review. */
function goalFacts(goal: PlanGoal, areas: Record<string, string>): string {
  const { done, total } = milestoneProgress(goal);
  const last = goal.reviews.at(-1);
  return [
    goal.area && areas[goal.area],
    STATUS_WORDS[goal.status],
    goal.byWhen && `by ${formatDay(goal.byWhen)}`,
    total > 0 && `${done} of ${total} milestones done`,
    last ? `last reviewed ${formatDay(last)}` : 'not reviewed yet',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function PlanGoalsAgenda({ day, plan: links }: Props) {
  const store = useMemo(() => recordStore(PLAN_KEY, planCodec), []);
  const plan = useStore(store.$record, { ssr: () => EMPTY_PLAN });
  const notice = useStore(store.$notice);
  const [said, setSaid] = useState('');
  // A plan that cannot be read shows no goals here (its own page says why and keeps the text).
  if (plan.goals.length === 0) return null;

  const open = openGoals(plan);
  const when = formatDay(day);

  function mark(goal: PlanGoal, name: string, reviewed: boolean) {
    store.update((current) => withGoalReviewed(current, goal.id, day, reviewed));
    setSaid(reviewed ? `Your plan now records that “${name}” was reviewed on ${when}.` : `“${name}” is no longer recorded as reviewed on ${when}.`);
  }

  function reviewWhole() {
    store.update((current) => withReview(current, day));
    setSaid(`Your plan now records a review with your mentor on ${when}. You can print the review receipt from your plan.`);
  }

  return (
    <section class="plan-goals no-print" aria-labelledby="plan-goals-heading">
      <h2 id="plan-goals-heading">Goals from your development plan</h2>
      {/* The checklist says already when the browser cannot save at all; this says when the plan's own save fails. */}
      <StorageNotices notice={{ ...notice, storage: 'available', load: 'ok', changedElsewhere: false }} />
      {open.length === 0 ? (
        <p class="actions-list__hint">
          Every goal in <a href={links.href}>your development plan</a> is done: this may be the meeting to set new ones.
        </p>
      ) : (
        <>
          <p class="actions-list__hint">
            Your plan’s open goals, to talk through at this meeting. Tick each one you discuss: <a href={links.href}>your plan</a> records that it was reviewed with your
            mentor on {when}.
          </p>
          <ul class="checklist-section__items">
            {open.map((goal) => {
              const name = goalName(goal, plan.goals.indexOf(goal));
              const id = `plan-goal-${goal.id}`;
              return (
                <li class="checklist-item" key={goal.id}>
                  <div class="checklist-item__main">
                    <input type="checkbox" id={id} checked={goal.reviews.includes(day)} aria-describedby={`${id}-facts`} onChange={(event) => mark(goal, name, event.currentTarget.checked)} />
                    <label for={id}>
                      <span class="visually-hidden">Reviewed at this meeting: </span>
                      {name}
                    </label>
                  </div>
                  <p class="checklist-item__hint" id={`${id}-facts`}>
                    {goalFacts(goal, links.areas)}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {plan.reviews.includes(day) ? (
        <p class="actions-list__hint">Your plan records a review of the whole plan with your mentor on {when}.</p>
      ) : (
        <button type="button" class="button button--secondary" onClick={reviewWhole}>
          Record a review of the whole plan on {when}
        </button>
      )}
      <p role="status" class="plan-goals__status">
        {said}
      </p>
    </section>
  );
}
