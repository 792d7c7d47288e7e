/**
 * A track's steps in order: which are done (and when), which is next, and overall progress. Article
 * steps are marked read here; other steps are done when their own tool's record says so, read
 * through the same stores those tools use. Logic lives in src/lib/tracks; this wires it up.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { checklistCodec, EMPTY_CHECKLIST } from '../../lib/checklist/checklist-record';
import { formatLongDate } from '../../lib/dates';
import { assessmentCodec, EMPTY_RECORD } from '../../lib/storage/assessment-record';
import { assessmentKey, checklistKey, trackKey } from '../../lib/storage/keys';
import { storedText } from '../../lib/storage/storage-health';
import { recordStore } from '../../lib/storage/record-store';
import { completedRun, finishedOn } from '../../lib/tracks/completion';
import { describeTrackProgress, stepStatus, trackProgress, type StepSources } from '../../lib/tracks/progress';
import { TOOL_RECORDS, toolSavedAt } from '../../lib/tracks/tool-records';
import type { TrackView } from '../../lib/tracks/steps';
import { startedAgain, stepProgress, withEarlierName, withName, withStep } from '../../lib/tracks/track-changes';
import { EMPTY_TRACK, trackCodec } from '../../lib/tracks/track-record';
import { StorageNotices } from '../shared/StorageNotices';
import type { CompletionRecord as RecordView, RecordContext } from './CompletionRecord';

interface Props {
  track: TrackView;
  context: RecordContext;
}

const KIND_LABELS = { article: 'Article', assessment: 'Self-assessment', checklist: 'Checklist', tool: 'Tool' } as const;
const HOW_DONE = {
  article: '',
  assessment: 'Done when you finish the self-assessment.',
  checklist: 'Done when every item is ticked.',
  tool: 'Done once you save something in it.',
} as const;

/** When each tool a step names last saved something, read now and again whenever another tab saves. */
function useToolsSaved(track: TrackView): Record<string, string | undefined> {
  const [saved, setSaved] = useState<Record<string, string | undefined>>({});
  useEffect(() => {
    const read = () => {
      const found: Record<string, string | undefined> = {};
      for (const step of track.steps) {
        // Storage that cannot be read holds nothing done.
        if (step.kind === 'tool') found[step.id] = toolSavedAt(step.id, storedText(TOOL_RECORDS[step.id]!.key));
      }
      setSaved(found);
    };
    read();
    window.addEventListener('storage', read);
    return () => window.removeEventListener('storage', read);
  }, [track]);
  return saved;
}

/** The store of each assessment and checklist a step reads, subscribed for the life of the page; the tools' saved times. */
function useSources(track: TrackView): StepSources {
  const records = new Map<string, unknown>();
  for (const step of track.steps) {
    if (step.kind !== 'assessment' && step.kind !== 'checklist') continue;
    const key = step.kind === 'assessment' ? assessmentKey(step.id) : checklistKey(step.id);
    const [codec, empty] = step.kind === 'assessment' ? [assessmentCodec, EMPTY_RECORD] : [checklistCodec, EMPTY_CHECKLIST];
    // The steps never change on a page, so the hooks run in the same order every render.
    // eslint-disable-next-line react-hooks/rules-of-hooks
    const store = useMemo(() => recordStore<unknown>(key, codec as never), [key]);
    // eslint-disable-next-line react-hooks/rules-of-hooks
    records.set(key, useStore(store.$record, { ssr: () => empty }));
  }
  const tools = useToolsSaved(track);
  return {
    assessment: (id) => records.get(assessmentKey(id)) as never,
    checklist: (id) => records.get(checklistKey(id)) as never,
    tool: (id) => tools[id],
  };
}

const dayOf = (date: string) => formatLongDate(new Date(Date.parse(date)));

export default function TrackSteps({ track, context }: Props) {
  const store = useMemo(() => recordStore(trackKey(track.id), trackCodec), [track.id]);
  const record = useStore(store.$record, { ssr: () => EMPTY_TRACK });
  const notice = useStore(store.$notice);
  const sources = useSources(track);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const statuses = track.steps.map((step) => stepStatus(step, record, sources));
  const progress = trackProgress(track.steps, statuses);
  const progressText = describeTrackProgress(progress);
  const run = completedRun(track, record, statuses);
  const hasRecords = run !== undefined || record.earlier.length > 0;
  // A record of completion (and its check code) loads only once there is one to show.
  const [CompletionRecord, setCompletionRecord] = useState<typeof RecordView>();
  const [shownEarlier, setShownEarlier] = useState<number | undefined>();
  useEffect(() => {
    if (hasRecords && !CompletionRecord) import('./CompletionRecord').then((module) => setCompletionRecord(() => module.CompletionRecord));
  }, [hasRecords]);
  let lastHeading: string | undefined;

  function startAgain() {
    const kept = run ? ' The record of this run is kept on this page, so you can still print it.' : '';
    if (!window.confirm(`Start this track again? Your read marks and reflections for this track are cleared; steps count again once you do them anew.${kept} Everything else you have saved stays.`)) return;
    store.update((current) => startedAgain(current, new Date(), run));
  }

  return (
    <div class="track" data-hydrated={hydrated ? '' : undefined}>
      <StorageNotices notice={notice} />
      <div class="checklist__progress" data-pagefind-ignore>
        <p class="checklist__progress-text" id={`${track.id}-progress`}>
          {progressText}
        </p>
        <progress max={progress.total} value={progress.done} aria-labelledby={`${track.id}-progress`}>
          {progressText}
        </progress>
      </div>
      <ol class="track-steps">
        {track.steps.map((step, index) => {
          const status = statuses[index]!;
          const isNext = progress.next === index;
          const saved = stepProgress(record, step.key);
          const fieldId = `${track.id}-step-${index + 1}`;
          const heading = step.heading !== undefined && step.heading !== lastHeading ? step.heading : undefined;
          lastHeading = step.heading ?? lastHeading;
          return (
            <li class={`track-step${status.done ? ' track-step--done' : ''}${isNext ? ' track-step--next' : ''}`} key={step.key} aria-current={isNext ? 'step' : undefined}>
              {heading && <p class="track-step__heading">{heading}</p>}
              <h2 class="track-step__title">
                <span class="track-step__number">Step {index + 1}:</span>{' '}
                <a href={step.trackHref}>{step.title}</a>
              </h2>
              <p class="track-step__meta">
                {KIND_LABELS[step.kind]} · {step.minutes} min
                <span class="track-step__status" data-pagefind-ignore>
                  {' · '}
                  {status.done ? (
                    <strong>Done{status.doneAt ? ` on ${dayOf(status.doneAt)}` : ''}</strong>
                  ) : isNext ? (
                    <strong>Next step</strong>
                  ) : (
                    'Not done yet'
                  )}
                </span>
              </p>
              <p class="track-step__why">{step.why}</p>
              {/* On a printed handout: the step's own address, without the track's query (see tracks.css). */}
              <p class="track-step__address" data-path={step.href} aria-hidden="true" />
              {step.kind === 'article' ? (
                <div class="track-step__check checklist-item__main">
                  <input
                    type="checkbox"
                    id={`${fieldId}-read`}
                    checked={saved.readAt !== undefined}
                    onChange={(event) => {
                      const read = event.currentTarget.checked;
                      store.update((current) => withStep(current, step.key, { readAt: read ? new Date().toISOString() : undefined }));
                    }}
                  />
                  <label for={`${fieldId}-read`}>I have read “{step.title}”</label>
                </div>
              ) : (
                <p class="track-step__how" data-pagefind-ignore>{HOW_DONE[step.kind]}</p>
              )}
              {step.reflection && (
                <div class="track-step__reflection agreement__field">
                  <label class="agreement__label" for={`${fieldId}-reflection`}>Reflection (optional): {step.reflection}</label>
                  <textarea
                    class="agreement__control"
                    id={`${fieldId}-reflection`}
                    rows={3}
                    value={saved.reflection ?? ''}
                    onInput={(event) => {
                      const text = event.currentTarget.value;
                      store.update((current) => withStep(current, step.key, { reflection: text }));
                    }}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {run && CompletionRecord && <CompletionRecord trackId={track.id} run={run} context={context} onName={(name) => store.update((current) => withName(current, name))} />}
      {record.earlier.length > 0 && (
        <section class="track-earlier" aria-labelledby={`${track.id}-earlier`}>
          <h2 id={`${track.id}-earlier`}>Earlier completions</h2>
          <ul>
            {record.earlier.map((earlier, index) => {
              const shown = shownEarlier === index;
              const label = `Version ${earlier.version}, finished on ${dayOf(`${finishedOn(earlier)}T00:00:00Z`)}${earlier.name.trim() ? `, by ${earlier.name.trim()}` : ''}`;
              return (
                <li key={index}>
                  <p>
                    {label}{' '}
                    <button type="button" class="button button--secondary" aria-expanded={shown} onClick={() => setShownEarlier(shown ? undefined : index)}>
                      {shown ? 'Hide its record' : 'Show its record'}
                    </button>
                  </p>
                  {shown && CompletionRecord && (
                    <CompletionRecord
                      trackId={track.id}
                      run={earlier}
                      context={context}
                      earlier={{ number: index + 1 }}
                      onName={(name) => store.update((current) => withEarlierName(current, index, name))}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p class="track__again no-print">
        <button type="button" class="button button--secondary" onClick={startAgain}>
          Start this track again
        </button>{' '}
        Taking it again later, as a refresher, starts a fresh record.
      </p>
    </div>
  );
}
