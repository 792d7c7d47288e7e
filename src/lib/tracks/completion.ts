/**
 * A completed run of a track as its record of completion shows it: the track's title and version,
 * the name, and each step with the day it was done and its reflection. The same shape is kept for
 * earlier runs when the reader starts the track again, so an old record prints as it did. Pure.
 */
import type { RecordDetails } from './check-code';
import type { StepStatus } from './progress';
import type { TrackView } from './steps';
import { stepProgress } from './track-changes';
import type { CompletedRun, TrackRecord } from './track-record';

/** The run the record shows now: undefined until every step is done. */
export function completedRun(track: TrackView, record: TrackRecord, statuses: readonly StepStatus[]): CompletedRun | undefined {
  if (track.steps.length === 0 || statuses.some((status) => !status.done || !status.doneAt)) return undefined;
  return {
    version: track.version,
    title: track.title,
    minutes: track.minutes,
    name: record.name,
    steps: track.steps.map((step, index) => {
      const text = stepProgress(record, step.key).reflection?.trim();
      return {
        title: step.title,
        day: statuses[index]!.doneAt!.slice(0, 10),
        ...(step.reflection && text ? { reflection: { question: step.reflection, text } } : {}),
      };
    }),
  };
}

/** What the check code is computed from, for a run of the track `trackId`. */
export const runDetails = (trackId: string, run: CompletedRun): RecordDetails => ({
  trackId,
  version: run.version,
  name: run.name,
  days: run.steps.map((step) => step.day),
  reflections: run.steps.map((step) => step.reflection?.text),
});

/** The day the run was finished: its last step's. */
export const finishedOn = (run: CompletedRun) => run.steps.reduce((latest, step) => (step.day > latest ? step.day : latest), '');
