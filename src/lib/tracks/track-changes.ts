/**
 * Changes to a track's saved record, made on the track page. Kept apart from the codec
 * (track-record.ts), which "My saved data" loads too, so that page carries only what it reads.
 */
import { TRACK_FORMAT, type CompletedRun, type TrackRecord, type TrackStepProgress } from './track-record';

/** A step's saved progress, never one inherited from Object.prototype ("__proto__", "toString"). */
export function stepProgress(record: TrackRecord, key: string): TrackStepProgress {
  return Object.hasOwn(record.steps, key) ? record.steps[key]! : {};
}

/** The record with one step's progress changed; a step left with nothing is removed. */
export function withStep(record: TrackRecord, key: string, change: Partial<TrackStepProgress>, now: Date = new Date()): TrackRecord {
  const step: TrackStepProgress = { ...stepProgress(record, key), ...change };
  if (step.readAt === undefined) delete step.readAt;
  if (step.reflection === undefined || step.reflection === '') delete step.reflection;
  const steps = { ...record.steps };
  if (Object.keys(step).length === 0) delete steps[key];
  else steps[key] = step;
  return { ...record, steps, updatedAt: now.toISOString() };
}

export function withName(record: TrackRecord, name: string, now: Date = new Date()): TrackRecord {
  return { ...record, name, updatedAt: now.toISOString() };
}

/** The name on an earlier run's record changed (it may never have been typed before the refresher). */
export function withEarlierName(record: TrackRecord, index: number, name: string, now: Date = new Date()): TrackRecord {
  if (!record.earlier[index]) return record;
  const earlier = record.earlier.map((run, at) => (at === index ? { ...run, name } : run));
  return { ...record, earlier, updatedAt: now.toISOString() };
}

/**
 * The track taken again (a refresher): marks and reflections cleared, the name kept, and the run
 * just finished (when it was finished) kept among the earlier ones, so its record can still be printed.
 */
export function startedAgain(record: TrackRecord, now: Date = new Date(), finished?: CompletedRun): TrackRecord {
  const earlier = finished ? [...record.earlier, finished] : record.earlier;
  return { format: TRACK_FORMAT, name: record.name, steps: {}, startedAt: now.toISOString(), earlier, updatedAt: now.toISOString() };
}
