/**
 * Takes the user through an assessment a page at a time (a domain's questions together, or one
 * scenario story), saving as they answer, then a "check your answers" page and the results.
 * All logic lives in src/lib; this component wires it to the page. The check page and the
 * results load on demand (./later), as most visits never reach them.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { pageOf, type Page } from '../../lib/assessment/pages';
import { isValidAnswer, scoreDomains, scoreRecord } from '../../lib/assessment/scoring';
import type { Answer, AssessmentDefinition, Item } from '../../lib/assessment/types';
import { EMPTY_RECORD, type AssessmentRecord, type Draft } from '../../lib/storage/assessment-record';
import { assessmentStore } from '../../lib/storage/assessment-store';
import { reconcileAnswers } from '../../lib/storage/reconcile';
import type { ArticleLinks } from './article-links';
import { fieldId, QuestionField } from './QuestionField';
import { ScenarioFeedback } from './ScenarioFeedback';
import { StorageNotices } from '../shared/StorageNotices';

interface Props {
  definition: AssessmentDefinition;
  /** The pages, in order: indices into `definition.items` (from src/lib/assessment/pages.ts, at build time). */
  pages: Page[];
  articles: ArticleLinks;
}

/** What takes focus once it is on the page (a CSS selector), and whether it goes to the top of the screen. */
type Focus = [selector: string, top: boolean] | undefined;

const RESULTS_HEADING = '#results-heading';
const CHECK_HEADING = '#check-heading';
const ERROR_SUMMARY = '.error-summary';
const legend = (item: Item) => `#${fieldId(item)} > legend`;
/** A page's first heading: the one before its first question. */
const heading = (item: Item) => `#heading-${item.id}`;
const errorText = (item: Item) => (item.kind === 'multiple' ? 'Select at least one option' : 'Choose an answer');

const now = () => new Date().toISOString();

type Later = typeof import('./later');

export default function AssessmentRunner({ definition, pages, articles }: Props) {
  const store = useMemo(() => assessmentStore(definition.id), [definition.id]);
  const record = useStore(store.$record, { ssr: () => EMPTY_RECORD });
  const notice = useStore(store.$notice);
  const [hydrated, setHydrated] = useState(false);
  const [changeNotice, setChangeNotice] = useState<string | undefined>();
  /** Ids of the questions on this page the reader tried to continue without answering. */
  const [errors, setErrors] = useState<string[]>([]);
  const [revealed, setRevealed] = useState(false);
  const [retaking, setRetaking] = useState(false);
  /** Set after "Change" on the check page: continuing goes back there. */
  const [returning, setReturning] = useState(false);
  const [shownAttemptId, setShownAttemptId] = useState<string | undefined>();
  const [later, setLater] = useState<Later | 'failed' | undefined>();
  const focusTarget = useRef<Focus>(undefined);
  const rootRef = useRef<HTMLDivElement>(null);
  const { items } = definition;
  // A quiz asks one story a page and shows each answer before moving on; it has no check page.
  const quiz = items.some((item) => item.kind === 'scenario');
  /** `draft.position` is the index of the first question on screen; one past the last question is the check page. */
  const CHECK = items.length;

  useEffect(() => setHydrated(true), []);

  // A draft saved against an earlier version of the questions is checked against this one.
  useEffect(() => {
    const draft = store.$record.get().draft;
    if (!draft || draft.definitionVersion === definition.version) return;
    const { answers, dropped, unanswered } = reconcileAnswers(definition, draft.answers);
    // On to the first question left to answer; with none left, a self-assessment goes to its check page.
    const firstUnanswered = items.findIndex((item) => unanswered.includes(item.id));
    const position = firstUnanswered >= 0 ? firstUnanswered : quiz ? 0 : CHECK;
    save({ ...store.$record.get(), draft: { ...draft, answers, definitionVersion: definition.version, position } });
    setChangeNotice(
      `These questions have changed since you last saved. ${dropped.length} earlier ${dropped.length === 1 ? 'answer no longer applies and was' : 'answers no longer apply and were'} removed; ${unanswered.length} ${unanswered.length === 1 ? 'question is' : 'questions are'} left to answer.`,
    );
  }, [definition, store]);

  const draft = record.draft;
  const attempts = record.attempts;
  const showResults = !draft && attempts.length > 0 && !retaking;
  const onCheck = !quiz && (draft?.position ?? 0) >= CHECK;
  const step = onCheck ? pages.length : pageOf(pages, draft?.position ?? pages[0]![0]!);
  const page = (pages[step] ?? []).map((index) => items[index]!);
  const isLast = step === pages.length - 1;
  const scenario = page[0]?.kind === 'scenario' ? page[0] : undefined;

  // The check page and results come in a chunk of their own, fetched as the reader nears them.
  const needLater = showResults || step >= pages.length - 1;
  useEffect(() => {
    if (needLater && !later) import('./later').then(setLater, () => setLater('failed'));
  }, [needLater, later]);

  // Once the reader has started, the page's introduction folds to one line (it can be reopened).
  const started = (draft !== null && Object.keys(draft.answers).length > 0) || attempts.length > 0;
  useEffect(() => {
    if (started) document.querySelector('[data-assessment-intro]')?.removeAttribute('open');
  }, [started]);

  useEffect(() => {
    const [target, top] = focusTarget.current ?? [];
    const root = rootRef.current;
    if (!target || !root) return;
    const element = root.querySelector<HTMLElement>(target);
    // The target may only appear on a later render (after the saved record updates, or the results load).
    if (element) {
      focusTarget.current = undefined;
      if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
      // A new page starts at the top of the screen, under its progress line, on a laptop as on a phone.
      if (top) (root.querySelector('.assessment__progress') ?? element).scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: top });
    }
  });

  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    document.title = errors.length > 0 ? `Error: ${base}` : base;
  }, [errors.length > 0]);

  function save(next: AssessmentRecord) {
    store.save(next);
  }

  function newDraft(): Draft {
    const time = now();
    return { answers: {}, position: pages[0]![0]!, definitionVersion: definition.version, startedAt: time, updatedAt: time };
  }

  function updateDraft(change: Partial<Draft>) {
    const current = store.$record.get();
    save({ ...current, draft: { ...(current.draft ?? newDraft()), ...change, updatedAt: now() } });
  }

  function answerQuestion(item: Item, value: Answer) {
    setErrors((ids) => ids.filter((id) => id !== item.id));
    const answers = store.$record.get().draft?.answers ?? {};
    updateDraft({ answers: { ...answers, [item.id]: value }, position: pages[step]![0]! });
  }

  /** To page `index`, its heading (or the question `focus`) focused; one past the last page is the check page. */
  function goTo(index: number, focus?: Item) {
    setErrors([]);
    setRevealed(false);
    setReturning(!!focus);
    const target = pages[index];
    focusTarget.current = target ? [focus ? legend(focus) : (quiz ? legend : heading)(items[target[0]!]!), !focus] : [CHECK_HEADING, true];
    updateDraft({ position: target ? target[0]! : CHECK });
  }

  const unanswered = (item: Item, answers = store.$record.get().draft?.answers ?? {}) => !isValidAnswer(item, answers[item.id], definition.scales);

  function next() {
    if (onCheck) return finish();
    // Read the store, not this render's values: an answer given a moment ago may not have re-rendered yet.
    const missing = page.filter((item) => unanswered(item));
    if (missing.length > 0) {
      setErrors(missing.map((item) => item.id));
      focusTarget.current = [ERROR_SUMMARY, false];
      return;
    }
    if (scenario && !revealed) {
      setRevealed(true);
      // The verdict is focused, so a screen reader announces it; Tab goes on to the explanations.
      focusTarget.current = [`#feedback-${scenario.id}`, false];
      return;
    }
    if (quiz && isLast) finish();
    else goTo(returning ? pages.length : step + 1);
  }

  function finish() {
    const current = store.$record.get();
    const answers = current.draft?.answers ?? {};
    // A question left unanswered (say, in an attempt saved before the pages changed) is asked first.
    const gap = pages.findIndex((indices) => indices.some((index) => unanswered(items[index]!, answers)));
    if (gap >= 0) return goTo(gap);
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
    focusTarget.current = [RESULTS_HEADING, false];
  }

  /**
   * Back to the first page with nothing answered, its heading focused: saves a new, empty draft, with
   * `changes` to the record on top. Each caller resets whatever else of the view it may have left.
   */
  function beginDraft(changes: Partial<AssessmentRecord> = {}) {
    focusTarget.current = [(quiz ? legend : heading)(items[pages[0]![0]!]!), true];
    save({ ...store.$record.get(), draft: newDraft(), ...changes });
  }

  function retake() {
    setRetaking(true);
    setChangeNotice(undefined);
    beginDraft();
  }

  function startAgain() {
    if (!window.confirm('Clear your answers so far and start again?')) return;
    setErrors([]);
    setRevealed(false);
    setReturning(false);
    setChangeNotice(undefined);
    beginDraft();
  }

  function deleteAttempt(id: string) {
    if (!window.confirm('Delete this attempt? This cannot be undone.')) return;
    const current = store.$record.get();
    save({ ...current, attempts: current.attempts.filter((attempt) => attempt.id !== id) });
    setShownAttemptId(undefined);
    focusTarget.current = [RESULTS_HEADING, false];
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

  const loading = later === 'failed' ? (
    <p class="notice">This part of the page could not be loaded. Check your connection and reload the page: your answers are saved.</p>
  ) : (
    <p>Loading…</p>
  );
  const errorItems = page.filter((item) => errors.includes(item.id));
  // Each domain on the page gets its heading before its first question.
  const headed = new Set(page.filter((item, index) => item.domain !== page[index - 1]?.domain));

  return (
    <div class="assessment" ref={rootRef} data-hydrated={hydrated ? 'true' : undefined}>
      {hydrated && <StorageNotices notice={notice} />}
      {changeNotice && (
        <p class="notice" role="status">
          {changeNotice}
        </p>
      )}
      {showResults ? (
        later && later !== 'failed' ? (
          <later.Results
            definition={definition}
            pages={pages}
            attempts={attempts}
            shownAttemptId={shownAttemptId ?? attempts.at(-1)!.id}
            articles={articles}
            onShowAttempt={(id) => {
              setShownAttemptId(id);
              focusTarget.current = [RESULTS_HEADING, false];
            }}
            onRetake={retake}
            onDeleteAttempt={deleteAttempt}
            onDeleteAll={deleteAll}
          />
        ) : (
          loading
        )
      ) : (
        <form
          class="assessment__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            next();
          }}
        >
          {hydrated && draft && step > 0 && !changeNotice && draft.startedAt !== draft.updatedAt && (
            <p class="assessment__resume">Your answers are saved in this browser as you go.</p>
          )}
          {onCheck ? (
            later && later !== 'failed' ? (
              <later.CheckAnswers definition={definition} pages={pages} answers={draft?.answers ?? {}} onChange={(index) => goTo(pageOf(pages, index), items[index])} />
            ) : (
              loading
            )
          ) : (
            <>
              <p class="assessment__progress" id="assessment-progress" aria-live="polite">
                {quiz ? 'Question' : 'Part'} {step + 1} of {pages.length}
              </p>
              <progress class="assessment__bar" max={pages.length} value={step + 1} aria-labelledby="assessment-progress" />
              {errorItems.length > 0 && (
                <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
                  <h2 id="error-summary-title">There is a problem</h2>
                  <ul>
                    {errorItems.map((item) => (
                      <li key={item.id}>
                        <a
                          href={`#${fieldId(item)}-input`}
                          onClick={(event) => {
                            event.preventDefault();
                            rootRef.current?.querySelector<HTMLInputElement>(`#${fieldId(item)}-input`)?.focus();
                          }}
                        >
                          {page.length > 1 ? `${errorText(item)}: ${item.text}` : `${errorText(item)} to continue.`}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <div class={quiz ? 'assessment__page' : 'assessment__page assessment__page--grouped'}>
                {page.map((item) => {
                  const domain = !quiz && headed.has(item) ? definition.domains.find((entry) => entry.id === item.domain) : undefined;
                  return (
                    <div key={item.id}>
                      {domain && <h2 id={`heading-${item.id}`}>{domain.title}</h2>}
                      {domain && <p class="assessment__domain">{domain.description}</p>}
                      <QuestionField
                        item={item}
                        scales={definition.scales}
                        answer={draft?.answers[item.id]}
                        error={errors.includes(item.id) ? `${errorText(item)}.` : undefined}
                        locked={!!scenario && revealed}
                        onAnswer={(value) => answerQuestion(item, value)}
                      />
                    </div>
                  );
                })}
              </div>
              {scenario && revealed && <ScenarioFeedback item={scenario} answer={draft?.answers[scenario.id] as string | undefined} articles={articles} />}
            </>
          )}
          <div class="actions">
            {step > 0 && (
              <button type="button" class="button button--secondary" onClick={() => goTo(step - 1)}>
                Back
              </button>
            )}
            <button type="submit" class="button">
              {scenario && !revealed ? 'Check answer' : onCheck || (quiz && isLast) ? 'See my results' : quiz ? 'Next question' : 'Continue'}
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
