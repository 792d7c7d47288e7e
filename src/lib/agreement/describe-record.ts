/** How the saved agreement describes itself on "My saved data" (see src/lib/storage/record-describer.ts). */
import { isObject } from '../storage/guards';
import { capitalise, field, latestDate, longDate, plural, type RecordDescriber } from '../storage/record-describer';

export const agreementDescriber: RecordDescriber = {
  lastChanged: (record) => latestDate([field(record, 'updatedAt')]),

  summary(record) {
    const fields = field(record, 'fields');
    const filled = isObject(fields) ? Object.values(fields).filter((value) => typeof value === 'string' && value.trim() !== '').length : 0;
    const changed = latestDate([field(record, 'updatedAt')]);
    const parts = filled === 0 ? 'nothing filled in yet' : `${plural(filled, 'part')} filled in`;
    return changed ? `Last changed ${longDate(changed)}; ${parts}` : capitalise(parts);
  },
};
