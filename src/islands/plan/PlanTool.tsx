/**
 * My development plan: goal areas, SMART goals with milestones, status, notes and who helps,
 * the next review with a mentor (with a calendar file), and the plan printed whole or as a
 * review receipt that holds no plan content. Logic is in src/lib/plan; files are made by code
 * loaded only when asked for (src/lib/plan/plan-files.ts).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDay, localDay } from '../../lib/dates';
import { networkCodec } from '../../lib/network/network-record';
import { addMilestone, withGoal, withGoalChanged, withoutGoal, withPlanChanged, withReview } from '../../lib/plan/plan-edit';
import { EMPTY_PLAN, GOAL_STATUSES, MAX_AREAS, MAX_GOALS, planCodec, type PlanGoal } from '../../lib/plan/plan-record';
import { lastReview, missingPrompts, openGoals, reviewState, STATUS_WORDS, suggestedStatus } from '../../lib/plan/plan-rules';
import { isCalendarDay } from '../../lib/storage/guards';
import { NETWORK_KEY, PLAN_KEY } from '../../lib/storage/keys';
import { recordStore } from '../../lib/storage/record-store';
import type { ArticleLinks } from '../assessment/article-links';
import { StorageNotices } from '../shared/StorageNotices';

interface Area {
  id: string;
  label: string;
  prompt: string;
  article: string;
}

interface Props {
  /** Goal areas (content/tools/goal-areas.yaml), passed as data. */
  areas: Area[];
  articles: ArticleLinks;
  /** The network page's address. */
  networkHref: string;
  /** Sentences shown once or rarely, passed with the page rather than kept in the island's script. */
  texts: { noGoals: string; whatExample: string; doneSuggestion: string; overdueSuggestion: string; reviewIntro: string; reviewedOnHint: string; receiptIntro: string };
}

const dayValue = (event: Event) => {
  const value = (event.currentTarget as HTMLInputElement).value;
  return isCalendarDay(value) ? value : '';
};
const textValue = (event: Event) => (event.currentTarget as HTMLInputElement).value;

export default function PlanTool({ areas, articles, networkHref, texts }: Props) {
  const store = useMemo(() => recordStore(PLAN_KEY, planCodec), []);
  const network = useMemo(() => recordStore(NETWORK_KEY, networkCodec), []);
  const plan = useStore(store.$record, { ssr: () => EMPTY_PLAN });
  const notice = useStore(store.$notice);
  const people = useStore(network.$record).people;
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState('');
  const [areaError, setAreaError] = useState('');
  const [reviewDay, setReviewDay] = useState('');
  const [receipt, setReceipt] = useState(false);
  const [milestoneText, setMilestoneText] = useState<Record<string, string>>({});
  const today = localDay();
  useEffect(() => setHydrated(true), []);
  // The receipt is rendered first, then printed, then the page shows the plan again.
  useEffect(() => {
    if (!receipt) return;
    window.print();
    setReceipt(false);
  }, [receipt]);

  const areaLabel = (id: string) => areas.find((area) => area.id === id)?.label ?? '';
  const goalChange = (goal: PlanGoal, change: (goal: PlanGoal) => Partial<PlanGoal>) => store.update((current) => withGoalChanged(current, goal.id, change));
  const chosenAreas = areas.filter((area) => plan.areas.includes(area.id));
  const review = reviewState(plan, today);
  const reviewed = lastReview(plan);
  const open = openGoals(plan);

  function toggleArea(id: string, on: boolean) {
    if (on && plan.areas.length >= MAX_AREAS) {
      setAreaError(`Choose up to ${MAX_AREAS} areas: untick one first`);
      return;
    }
    setAreaError('');
    store.update((current) => withPlanChanged(current, { areas: on ? [...current.areas, id] : current.areas.filter((area) => area !== id) }));
  }

  function addGoal() {
    if (plan.goals.length >= MAX_GOALS) return setStatus(`A plan can hold up to ${MAX_GOALS} goals.`);
    store.update((current) => withGoal(current, current.areas.length === 1 ? current.areas[0] : ''));
    setStatus(`Added goal ${plan.goals.length + 1}.`);
    setTimeout(() => document.getElementById(`goal-${plan.goals.length + 1}-what`)?.focus());
  }

  function recordReview() {
    const day = reviewDay || today;
    const before = plan.reviewDate;
    store.update((current) => withReview(current, day));
    const next = store.$record.get().reviewDate;
    setStatus(`Recorded a review with your mentor on ${formatDay(day)}.${next !== before ? ` Your next review is set for ${formatDay(next)}.` : ''}`);
  }

  /** Makes a file on demand (its library loads on the first click) and offers it for download. */
  async function makeFile(what: string, make: () => Promise<[string, string, string]>) {
    try {
      const [file, { download }] = await Promise.all([make(), import('../shared/download')]);
      download(...file);
      setStatus(`Your ${what} was downloaded.`);
    } catch (error) {
      console.error(error);
      setStatus(`Sorry, the ${what} could not be made. Reload the page and try again.`);
    }
  }

  const labels = () => Object.fromEntries(areas.map((area) => [area.id, area.label]));

  return (
    <div class={receipt ? 'plan plan--receipt' : 'plan'} data-hydrated={hydrated ? 'true' : undefined}>
      <div class="plan__form">
        <StorageNotices notice={notice} />
        <p class="plan__status" role="status">
          {status}
        </p>

        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading">Areas for your goals</h2>
          <fieldset class={areaError ? 'field--error' : undefined} aria-describedby="areas-hint">
            <legend>Which areas do you want to work on this year?</legend>
            <p class="hint" id="areas-hint">
              Choose up to {MAX_AREAS}. Fewer goals that you act on are better than many that you do not.
            </p>
            {areaError && (
              <p class="error-message" role="alert">
                <span class="visually-hidden">Error:</span> {areaError}
              </p>
            )}
            {areas.map((area) => (
              <div class="option" key={area.id}>
                <input type="checkbox" id={`area-${area.id}`} checked={plan.areas.includes(area.id)} onChange={(event) => toggleArea(area.id, event.currentTarget.checked)} />
                <label for={`area-${area.id}`}>{area.label}</label>
              </div>
            ))}
          </fieldset>
        </section>

        <section aria-labelledby="goals-heading">
          <h2 id="goals-heading">Your goals</h2>
          {plan.goals.length === 0 && <p>{texts.noGoals}</p>}
          {plan.goals.map((goal, index) => {
            const n = index + 1;
            const id = `goal-${n}`;
            const missing = missingPrompts(goal);
            const suggestion = suggestedStatus(goal, today);
            const area = areas.find((candidate) => candidate.id === goal.area);
            return (
              <div class="plan__goal" key={goal.id}>
                <h3>
                  Goal {n}
                  {goal.what.trim() && `: ${goal.what.trim().slice(0, 60)}`}
                </h3>
                <label class="plan__label" for={`${id}-area`}>
                  Area
                </label>
                <select id={`${id}-area`} value={goal.area} onChange={(event) => goalChange(goal, () => ({ area: textValue(event) }))}>
                  <option value="">Not chosen</option>
                  {(chosenAreas.length > 0 ? chosenAreas : areas).map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {choice.label}
                    </option>
                  ))}
                  {goal.area && !chosenAreas.some((choice) => choice.id === goal.area) && chosenAreas.length > 0 && <option value={goal.area}>{areaLabel(goal.area) || goal.area}</option>}
                </select>
                <label class="plan__label" for={`${id}-what`}>
                  What will you do?
                </label>
                <p class="hint" id={`${id}-what-hint`}>
                  One specific thing. {area?.prompt ?? texts.whatExample}
                </p>
                <textarea id={`${id}-what`} aria-describedby={`${id}-what-hint`} value={goal.what} onInput={(event) => goalChange(goal, () => ({ what: textValue(event) }))} />
                <label class="plan__label" for={`${id}-by`}>
                  By when?
                </label>
                <input id={`${id}-by`} type="date" value={goal.byWhen} onInput={(event) => goalChange(goal, () => ({ byWhen: dayValue(event) }))} />
                <label class="plan__label" for={`${id}-measure`}>
                  How will you know you have done it?
                </label>
                <p class="hint" id={`${id}-measure-hint`}>
                  Something you or your mentor could check: a submission, a date in the diary, a number.
                </p>
                <textarea id={`${id}-measure`} aria-describedby={`${id}-measure-hint`} value={goal.measure} onInput={(event) => goalChange(goal, () => ({ measure: textValue(event) }))} />
                {missing.length > 0 && <p class="hint">Still to write: {missing.join(', ')}.</p>}

                <h4>Milestones</h4>
                {goal.milestones.length > 0 && (
                  <ul class="plan__milestones">
                    {goal.milestones.map((milestone) => (
                      <li class="option" key={milestone.id}>
                        <input
                          type="checkbox"
                          id={`${id}-${milestone.id}`}
                          checked={milestone.done}
                          onChange={(event) =>
                            goalChange(goal, (current) => ({
                              milestones: current.milestones.map((item) => (item.id === milestone.id ? { ...item, done: event.currentTarget.checked } : item)),
                            }))
                          }
                        />
                        <label for={`${id}-${milestone.id}`}>{milestone.text}</label>
                      </li>
                    ))}
                  </ul>
                )}
                <label class="plan__label" for={`${id}-milestone`}>
                  A step on the way
                </label>
                <div class="plan__row">
                  <input id={`${id}-milestone`} type="text" value={milestoneText[goal.id] ?? ''} onInput={(event) => setMilestoneText({ ...milestoneText, [goal.id]: textValue(event) })} />
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => {
                      const text = (milestoneText[goal.id] ?? '').trim();
                      if (!text) return document.getElementById(`${id}-milestone`)?.focus();
                      goalChange(goal, (current) => addMilestone(current, text));
                      setMilestoneText({ ...milestoneText, [goal.id]: '' });
                    }}
                  >
                    Add milestone<span class="visually-hidden"> to goal {n}</span>
                  </button>
                </div>

                <fieldset>
                  <legend>Status of goal {n}</legend>
                  {GOAL_STATUSES.map((value) => (
                    <div class="option" key={value}>
                      <input type="radio" name={`${id}-status`} id={`${id}-status-${value}`} checked={goal.status === value} onChange={() => goalChange(goal, () => ({ status: value }))} />
                      <label for={`${id}-status-${value}`}>{STATUS_WORDS[value]}</label>
                    </div>
                  ))}
                </fieldset>
                {suggestion && (
                  <p class="notice">
                    {suggestion === 'done' ? texts.doneSuggestion : texts.overdueSuggestion}
                  </p>
                )}

                <fieldset>
                  <legend>Who in your network helps with goal {n}?</legend>
                  {people.length === 0 ? (
                    <p class="hint">
                      List the people who support you in <a href={networkHref}>your mentoring network</a>, and they will appear here.
                    </p>
                  ) : (
                    people.map((person) => (
                      <div class="option" key={person.id}>
                        <input
                          type="checkbox"
                          id={`${id}-helper-${person.id}`}
                          checked={goal.helpers.includes(person.name)}
                          onChange={(event) =>
                            goalChange(goal, (current) => ({
                              helpers: event.currentTarget.checked ? [...current.helpers, person.name] : current.helpers.filter((name) => name !== person.name),
                            }))
                          }
                        />
                        <label for={`${id}-helper-${person.id}`}>{person.name}</label>
                      </div>
                    ))
                  )}
                </fieldset>

                <label class="plan__label" for={`${id}-notes`}>
                  Notes
                </label>
                <textarea id={`${id}-notes`} value={goal.notes} onInput={(event) => goalChange(goal, () => ({ notes: textValue(event) }))} />
                {lastReview(goal) && <p class="hint">Last reviewed with your mentor on {formatDay(lastReview(goal)!)}.</p>}
                <button
                  type="button"
                  class="link-button link-button--danger"
                  onClick={() => {
                    if (window.confirm(`Delete goal ${n}? This cannot be undone.`)) store.update((current) => withoutGoal(current, goal.id));
                  }}
                >
                  Delete goal {n}
                </button>
              </div>
            );
          })}
          <div class="actions">
            <button type="button" class="button" onClick={addGoal}>
              Add a goal
            </button>
          </div>
        </section>

        <section aria-labelledby="review-heading">
          <h2 id="review-heading">Review it with your mentor</h2>
          <p>
            {texts.reviewIntro} {articles['reviewing-agreements'] && (
              <>
                See <a href={articles['reviewing-agreements'].href}>{articles['reviewing-agreements'].title}</a>.
              </>
            )}
          </p>
          <label class="plan__label" for="review-date">
            Next review with your mentor
          </label>
          <input id="review-date" type="date" value={plan.reviewDate} aria-describedby="review-date-state" onInput={(event) => store.update((current) => withPlanChanged(current, { reviewDate: dayValue(event) }))} />
          <p class="hint" id="review-date-state">
            {review.state === 'unset'
              ? 'No date set yet.'
              : review.state === 'due'
                ? 'Your review is due today.'
                : review.state === 'upcoming'
                  ? `In ${review.days} ${review.days === 1 ? 'day' : 'days'}.`
                  : `Overdue by ${review.days} ${review.days === 1 ? 'day' : 'days'}: arrange it, or set a new date.`}
          </p>
          <div class="actions">
            <button
              type="button"
              class="button button--secondary"
              disabled={!plan.reviewDate}
              onClick={() =>
                makeFile('calendar file', async () => {
                  const { reviewCalendar, CALENDAR_FILE_NAME } = await import('../../lib/plan/plan-files');
                  return [await reviewCalendar(plan.reviewDate, open.length), CALENDAR_FILE_NAME, 'text/calendar;charset=utf-8'];
                })
              }
            >
              Add the review to your calendar (.ics)
            </button>
          </div>
          <label class="plan__label" for="reviewed-on">
            Reviewed with a mentor on
          </label>
          <p class="hint" id="reviewed-on-hint">
            {texts.reviewedOnHint}
          </p>
          <input id="reviewed-on" type="date" max={today} value={reviewDay || today} aria-describedby="reviewed-on-hint" onInput={(event) => setReviewDay(dayValue(event))} />
          <div class="actions">
            <button type="button" class="button" onClick={recordReview}>
              Record the review
            </button>
          </div>
          {reviewed && <p>Reviews recorded: {plan.reviews.map(formatDay).join(', ')}.</p>}
        </section>

        <section aria-labelledby="print-heading">
          <h2 id="print-heading">Print, download or certify</h2>
          <div class="actions">
            <button type="button" class="button" onClick={() => window.print()}>
              Print the plan
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() =>
                makeFile('Markdown file', async () => {
                  const { planToMarkdown, MARKDOWN_FILE_NAME } = await import('../../lib/plan/plan-files');
                  return [planToMarkdown(store.$record.get(), labels()), MARKDOWN_FILE_NAME, 'text/markdown;charset=utf-8'];
                })
              }
            >
              Download as Markdown
            </button>
          </div>
          <h3>Review receipt</h3>
          <p>{texts.receiptIntro}</p>
          <label class="plan__label" for="receipt-name">
            Your name, as it should appear on the receipt
          </label>
          <input id="receipt-name" type="text" autocomplete="name" value={plan.name} onInput={(event) => store.update((current) => withPlanChanged(current, { name: textValue(event) }))} />
          <div class="actions">
            <button type="button" class="button button--secondary" disabled={!reviewed} aria-describedby="receipt-state" onClick={() => setReceipt(true)}>
              Print the review receipt
            </button>
          </div>
          <p class="hint" id="receipt-state">
            {reviewed ? `It will say the plan was reviewed on ${formatDay(reviewed)}.` : 'Record a review first: the receipt needs its date.'}
          </p>
        </section>
      </div>

      <PrintedPlan plan={plan} areaLabel={areaLabel} />
      {receipt && reviewed && (
        <div class="plan__receipt">
          <p>Development plan reviewed with a mentor on {formatDay(reviewed)}.</p>
          <p>Name: {plan.name.trim() || '____________________________'}</p>
          <p>Signature of mentor: ____________________________</p>
        </div>
      )}
    </div>
  );
}

/** The complete plan as printed: every goal with its answers, milestones, status and notes. */
function PrintedPlan({ plan, areaLabel }: { plan: typeof EMPTY_PLAN; areaLabel: (id: string) => string }) {
  return (
    <div class="plan__print">
      {plan.name.trim() && <p>Name: {plan.name.trim()}</p>}
      {plan.reviewDate && <p>Next review with a mentor: {formatDay(plan.reviewDate)}</p>}
      {plan.goals.map((goal, index) => (
        <section key={goal.id}>
          <h2>Goal {index + 1}</h2>
          <dl>
            {goal.area && (
              <>
                <dt>Area</dt>
                <dd>{areaLabel(goal.area)}</dd>
              </>
            )}
            <dt>What</dt>
            <dd>{goal.what || '—'}</dd>
            <dt>By when</dt>
            <dd>{goal.byWhen ? formatDay(goal.byWhen) : '—'}</dd>
            <dt>How I will know</dt>
            <dd>{goal.measure || '—'}</dd>
            <dt>Status</dt>
            <dd>{STATUS_WORDS[goal.status]}</dd>
            {goal.helpers.length > 0 && (
              <>
                <dt>Who helps</dt>
                <dd>{goal.helpers.join(', ')}</dd>
              </>
            )}
            {goal.notes && (
              <>
                <dt>Notes</dt>
                <dd>{goal.notes}</dd>
              </>
            )}
          </dl>
          {goal.milestones.length > 0 && (
            <ul>
              {goal.milestones.map((milestone) => (
                <li key={milestone.id}>
                  {milestone.done ? 'Done: ' : 'To do: '}
                  {milestone.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
