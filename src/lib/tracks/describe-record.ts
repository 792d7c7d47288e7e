/** How saved track progress describes itself on "My saved data" (see src/lib/storage/record-describer.ts). */
import { isObject } from '../storage/guards';
import { field, latestDate, listOf, plural, type RecordDescriber } from '../storage/record-describer';
import { runProblem, stepProblem } from './track-record';

export const trackDescriber: RecordDescriber = {
  lastChanged: (record) => latestDate([field(record, 'updatedAt')]),

  explain(value) {
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
  },

  /** "2 articles marked read; 1 reflection; completed once before". */
  summary(record) {
    const steps = Object.values(field(record, 'steps') ?? {}).filter(isObject);
    const read = steps.filter((step) => step.readAt).length;
    const reflections = steps.filter((step) => step.reflection).length;
    const earlier = listOf(field(record, 'earlier')).length;
    const before = earlier === 0 ? '' : `; completed ${earlier === 1 ? 'once' : `${earlier} times`} before`;
    return `${plural(read, 'article')} marked read; ${plural(reflections, 'reflection')}${before}`;
  },
};
