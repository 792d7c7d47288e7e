/**
 * Takes the user through an assessment one question at a time, saving as they answer, and
 * shows the results. All logic lives in src/lib; this component wires it to the page.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isValidAnswer, scoreDomains, scoreRecord } from '../../lib/assessment/scoring';
import type { Answer, AssessmentDefinition } from '../../lib/assessment/types';
import { EMPTY_RECORD, type AssessmentRecord, type Draft } from '../../lib/storage/assessment-record';
import { assessmentStore } from '../../lib/storage/assessment-store';
import { reconcileAnswers } from '../../lib/storage/reconcile';
import type { ArticleLinks } from './article-links';
import { fieldId, QuestionField } from './QuestionField';
import { Results } from './Results';
import { ScenarioFeedback } from './ScenarioFeedback';
import { StorageNotices } from '../shared/StorageNotices';

interface Props {
  definition: AssessmentDefinition;
  articles: ArticleLinks;
}

/** A CSS selector for what should take focus once it is on the page. */
type Focus = string | undefined;

const RESULTS_HEADING = '#results-heading';
const ERROR_SUMMARY = '.error-summary';
const legendOf = (index: number, definition: AssessmentDefinition) => `#${fieldId(definition.items[index]!)} > legend`;

const now = () => new Date().toISOString();

function newDraft(definition: AssessmentDefinition): Draft {
  const time = now();
  return { answers: {}, position: 0, definitionVersion: definition.version, startedAt: time, updatedAt: time };
}

export default function AssessmentRunner({ definition, articles }: Props) {
  const store = useMemo(() => assessmentStore(definition.id), [definition.id]);
  const record = useStore(store.$record, { ssr: () => EMPTY_RECORD });
  const notice = useStore(store.$notice);
  const [hydrated, setHydrated] = useState(false);
  const [changeNotice, setChangeNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [revealed, setRevealed] = useState(false);
  const [retaking, setRetaking] = useState(false);
  const [shownAttemptId, setShownAttemptId] = useState<string | undefined>();
  const focusTarget = useRef<Focus>(undefined);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => setHydrated(true), []);

  // A draft saved against an earlier version of the questions is checked against this one.
  useEffect(() => {
    const draft = store.$record.get().draft;
    if (!draft || draft.definitionVersion === definition.version) return;
    const { answers, dropped, unanswered } = reconcileAnswers(definition, draft.answers);
    const firstUnanswered = definition.items.findIndex((item) => unanswered.includes(item.id));
    save({ ...store.$record.get(), draft: { ...draft, answers, definitionVersion: definition.version, position: Math.max(0, firstUnanswered) } });
    setChangeNotice(
      `These questions have changed since you last saved. ${dropped.length} earlier ${dropped.length === 1 ? 'answer no longer applies and was' : 'answers no longer apply and were'} removed; ${unanswered.length} ${unanswered.length === 1 ? 'question is' : 'questions are'} left to answer.`,
    );
  }, [definition, store]);

  const draft = record.draft;
  const attempts = record.attempts;
  const showResults = !draft && attempts.length > 0 && !retaking;
  const position = Math.min(draft?.position ?? 0, definition.items.length - 1);
  const item = definition.items[position]!;
  const answer = draft?.answers[item.id];
  const isLast = position === definition.items.length - 1;

  // Once the reader has started, the page's introduction folds to one line (it can be reopened).
  const started = (draft !== null && Object.keys(draft.answers).length > 0) || attempts.length > 0;
  useEffect(() => {
    if (started) document.querySelector('[data-assessment-intro]')?.removeAttribute('open');
  }, [started]);

  useEffect(() => {
    const target = focusTarget.current;
    const root = rootRef.current;
    if (!target || !root) return;
    const element = root.querySelector<HTMLElement>(target);
    // The target may only appear on a later render (after the saved record updates).
    if (element) {
      focusTarget.current = undefined;
      if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
      // A new question starts at the top of the screen, under its progress line, on a laptop as on a phone.
      if (element.tagName === 'LEGEND') (root.querySelector('.assessment__progress') ?? element).scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: element.tagName === 'LEGEND' });
    }
  });

  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    document.title = error ? `Error: ${base}` : base;
  }, [error]);

  function save(next: AssessmentRecord) {
    store.save(next);
  }

  function updateDraft(change: Partial<Draft>) {
    const current = store.$record.get();
    const base = current.draft ?? newDraft(definition);
    save({ ...current, draft: { ...base, ...change, updatedAt: now() } });
  }

  function answerQuestion(value: Answer) {
    setError(undefined);
    const answers = store.$record.get().draft?.answers ?? {};
    updateDraft({ answers: { ...answers, [item.id]: value }, position });
  }

  function goTo(index: number) {
    setError(undefined);
    setRevealed(false);
    focusTarget.current = legendOf(index, definition);
    updateDraft({ position: index });
  }

  function next() {
    // Read the store, not this render's values: an answer given a moment ago may not have re-rendered yet.
    const answer = store.$record.get().draft?.answers[item.id];
    if (!isValidAnswer(item, answer, definition.scales)) {
      setError(item.kind === 'multiple' ? 'Select at least one option.' : 'Choose an answer to continue.');
      focusTarget.current = ERROR_SUMMARY;
      return;
    }
    if (item.kind === 'scenario' && !revealed) {
      setRevealed(true);
      // The verdict is focused, so a screen reader announces it; Tab goes on to the explanations.
      focusTarget.current = `#feedback-${item.id}`;
      return;
    }
    if (isLast) finish();
    else goTo(position + 1);
  }

  function finish() {
    const current = store.$record.get();
    const answers = current.draft?.answers ?? {};
    const attempt = {
      id: `attempt-${Date.now().toString(36)}`,
      completedAt: now(),
      definitionVersion: definition.version,
      answers,
      scores: scoreRecord(scoreDomains(definition, answers)),
    };
    save({ ...current, draft: null, attempts: [...current.attempts, attempt] });
    setRetaking(false);
    setRevealed(false);
    setShownAttemptId(attempt.id);
    focusTarget.current = RESULTS_HEADING;
  }

  /**
   * Back to question 1 with nothing answered, its legend focused: saves a new, empty draft, with
   * `changes` to the record on top. Each caller resets whatever else of the view it may have left.
   */
  function beginDraft(changes: Partial<AssessmentRecord> = {}) {
    focusTarget.current = legendOf(0, definition);
    save({ ...store.$record.get(), draft: newDraft(definition), ...changes });
  }

  function retake() {
    setRetaking(true);
    setChangeNotice(undefined);
    beginDraft();
  }

  function startAgain() {
    if (!window.confirm('Clear your answers so far and start again?')) return;
    setError(undefined);
    setRevealed(false);
    setChangeNotice(undefined);
    beginDraft();
  }

  function deleteAttempt(id: string) {
    if (!window.confirm('Delete this attempt? This cannot be undone.')) return;
    const current = store.$record.get();
    save({ ...current, attempts: current.attempts.filter((attempt) => attempt.id !== id) });
    setShownAttemptId(undefined);
    focusTarget.current = RESULTS_HEADING;
  }

  function deleteAll() {
    if (!window.confirm('Delete all your answers and attempts for this assessment? This cannot be undone.')) return;
    // Not even an empty draft is kept: the record is empty until the next answer starts one.
    beginDraft({ draft: null, attempts: [] });
    setRetaking(false);
    setShownAttemptId(undefined);
    // A notice about changed questions concerns answers that are now gone.
    setChangeNotice(undefined);
  }

  return (
    <div class="assessment" ref={rootRef} data-hydrated={hydrated ? 'true' : undefined}>
      {hydrated && <StorageNotices notice={notice} />}
      {changeNotice && (
        <p class="notice" role="status">
          {changeNotice}
        </p>
      )}
      {showResults ? (
        <Results
          definition={definition}
          attempts={attempts}
          shownAttemptId={shownAttemptId ?? attempts.at(-1)!.id}
          articles={articles}
          onShowAttempt={(id) => {
            setShownAttemptId(id);
            focusTarget.current = RESULTS_HEADING;
          }}
          onRetake={retake}
          onDeleteAttempt={deleteAttempt}
          onDeleteAll={deleteAll}
        />
      ) : (
        <form
          class="assessment__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            next();
          }}
        >
          {hydrated && draft && position > 0 && !changeNotice && draft.startedAt !== draft.updatedAt && (
            <p class="assessment__resume">Your answers are saved in this browser as you go.</p>
          )}
          <p class="assessment__progress" aria-live="polite">
            Question {position + 1} of {definition.items.length}
          </p>
          <progress class="assessment__bar" max={definition.items.length} value={position + 1} aria-hidden="true" />
          {error && (
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
              <h2 id="error-summary-title">There is a problem</h2>
              <ul>
                <li>
                  <a
                    href={`#${fieldId(item)}-input`}
                    onClick={(event) => {
                      event.preventDefault();
                      rootRef.current?.querySelector<HTMLInputElement>(`#${fieldId(item)}-input`)?.focus();
                    }}
                  >
                    {error}
                  </a>
                </li>
              </ul>
            </div>
          )}
          <QuestionField
            key={item.id}
            item={item}
            scales={definition.scales}
            answer={answer}
            error={error}
            locked={item.kind === 'scenario' && revealed}
            onAnswer={answerQuestion}
          />
          {item.kind === 'scenario' && revealed && (
            <ScenarioFeedback item={item} answer={answer as string | undefined} articles={articles} />
          )}
          <div class="actions">
            {position > 0 && (
              <button type="button" class="button button--secondary" onClick={() => goTo(position - 1)}>
                Back
              </button>
            )}
            <button type="submit" class="button">
              {item.kind === 'scenario' && !revealed ? 'Check answer' : isLast ? 'See my results' : 'Next question'}
            </button>
            {hydrated && draft && Object.keys(draft.answers).length > 0 && (
              <button type="button" class="link-button" onClick={startAgain}>
                Start again
              </button>
            )}
          </div>
        </form>
      )}
    </div>
  );
}
