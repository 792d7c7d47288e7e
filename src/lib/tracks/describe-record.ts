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

  summary(record) {
    const steps = Object.values(isObject(field(record, 'steps')) ? (field(record, 'steps') as Record<string, unknown>) : {}).filter(isObject);
    const read = steps.filter((step) => step.readAt !== undefined).length;
    const reflections = steps.filter((step) => typeof step.reflection === 'string' && step.reflection.trim() !== '').length;
    const parts = [read > 0 ? `${plural(read, 'article')} marked read` : '', reflections > 0 ? plural(reflections, 'reflection') : ''].filter(Boolean);
    const name = field(record, 'name');
    if (typeof name === 'string' && name.trim() !== '') parts.push('your name for the record');
    return parts.length === 0 ? 'Started' : parts.join('; ').replace(/^./, (first) => first.toUpperCase());
  },
};
