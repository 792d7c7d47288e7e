/** Why saved track progress was refused on import, in words a reader can act on. */
import { isObject } from '../storage/guards';
import { runProblem, stepProblem } from './track-record';

export function explainTrackRecord(value: unknown): string | undefined {
  if (!isObject(value) || !isObject(value.steps)) return undefined;
  for (const [key, step] of Object.entries(value.steps)) {
    const problem = stepProblem(key, step);
    if (problem) return problem;
  }
  const earlier = Array.isArray(value.earlier) ? value.earlier : [];
  for (const [index, run] of earlier.entries()) {
    const problem = runProblem(index, run);
    if (problem) return problem;
  }
  return undefined;
}
