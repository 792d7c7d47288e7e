/** How saved track progress describes itself on "My saved data" (see src/lib/storage/record-describer.ts). */
import { isObject } from '../storage/guards';
import { field, latestDate, listOf, plural, type RecordDescriber } from '../storage/record-describer';

export const trackDescriber: RecordDescriber = {
  lastChanged: (record) => latestDate([field(record, 'updatedAt')]),

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
