/**
 * Which steps of a track are done, and when. An article is done when the reader marks it read on
 * the track page; an assessment when it has a completed attempt; a checklist when every item is
 * ticked (in any one entry, for a checklist used at every meeting); a tool when it has a saved
 * record. After "start again", only what was done since counts. Pure: the records are passed in.
 */
import type { ChecklistRecord } from '../checklist/checklist-record';
import type { AssessmentRecord } from '../storage/assessment-record';
import { stepProgress } from './track-changes';
import type { TrackRecord } from './track-record';

export type StepKind = 'article' | 'assessment' | 'checklist' | 'tool';

export interface StepRef {
  kind: StepKind;
  id: string;
  /** "article:first-meeting": what the step's progress is saved under. */
  key: string;
  minutes: number;
  /** A checklist step's current item ids. */
  itemIds?: readonly string[];
}

/** The other tools' records, as their stores hold them now. */
export interface StepSources {
  assessment(id: string): AssessmentRecord;
  checklist(id: string): ChecklistRecord;
  /** When the tool last saved something in it (see tool-records.ts), if it has. */
  tool(id: string): string | undefined;
}

export interface StepStatus {
  done: boolean;
  /** When it was done (ISO), when done. */
  doneAt?: string;
}

const latest = (dates: readonly string[]) => dates.reduce<string | undefined>((best, date) => (best === undefined || date > best ? date : best), undefined);

export function stepStatus(step: StepRef, track: TrackRecord, sources: StepSources): StepStatus {
  const since = track.startedAt ?? '';
  const counts = (date: string | undefined): date is string => date !== undefined && date >= since;
  let doneAt: string | undefined;
  switch (step.kind) {
    case 'article':
      doneAt = stepProgress(track, step.key).readAt;
      break;
    case 'assessment':
      doneAt = latest(sources.assessment(step.id).attempts.map((attempt) => attempt.completedAt).filter(counts));
      break;
    case 'checklist': {
      const items = step.itemIds ?? [];
      const complete = sources
        .checklist(step.id)
        .entries.filter((entry) => items.length > 0 && items.every((item) => entry.ticked.includes(item)));
      doneAt = latest(complete.map((entry) => entry.updatedAt).filter(counts));
      break;
    }
    case 'tool':
      doneAt = sources.tool(step.id);
      break;
  }
  return counts(doneAt) ? { done: true, doneAt } : { done: false };
}

export interface TrackProgress {
  done: number;
  total: number;
  /** Minutes of the steps not yet done. */
  minutesLeft: number;
  /** The index of the first step not done, or undefined when all are. */
  next: number | undefined;
  complete: boolean;
}

export function trackProgress(steps: readonly StepRef[], statuses: readonly StepStatus[]): TrackProgress {
  const done = statuses.filter((status) => status.done).length;
  const minutesLeft = steps.reduce((total, step, index) => total + (statuses[index]?.done ? 0 : step.minutes), 0);
  const next = statuses.findIndex((status) => !status.done);
  return { done, total: steps.length, minutesLeft, next: next === -1 ? undefined : next, complete: done === steps.length && steps.length > 0 };
}

/** "3 of 7 steps, about 40 minutes left"; "All 7 steps done". */
export function describeTrackProgress({ done, total, minutesLeft, complete }: TrackProgress): string {
  if (complete) return `All ${total} steps done`;
  const minutes = minutesLeft === 1 ? 'about 1 minute left' : `about ${minutesLeft} minutes left`;
  return `${done} of ${total} steps, ${minutes}`;
}
