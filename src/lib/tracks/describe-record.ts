/** How saved track progress describes itself on "My saved data" (see src/lib/storage/record-describer.ts). */
import { isObject } from '../storage/guards';
import { field, latestDate, plural, type RecordDescriber } from '../storage/record-describer';
import { stepProblem } from './track-record';

export const trackDescriber: RecordDescriber = {
  lastChanged: (record) => latestDate([field(record, 'updatedAt')]),

  explain(value) {
    if (!isObject(value) || !isObject(value.steps)) return undefined;
    for (const [key, step] of Object.entries(value.steps)) {
      const problem = stepProblem(key, step);
      if (problem) return problem;
    }
    return undefined;
  },

  /** "2 articles marked read; 1 reflection". */
  summary(record) {
    const steps = Object.values(field(record, 'steps') ?? {}).filter(isObject);
    const read = steps.filter((step) => step.readAt).length;
    const reflections = steps.filter((step) => step.reflection).length;
    return `${plural(read, 'article')} marked read; ${plural(reflections, 'reflection')}`;
  },
};
