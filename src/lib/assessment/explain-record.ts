/** Why a saved assessment was refused on import, in words a reader can act on (see src/lib/storage/explain-records.ts). */
import { field, listOf } from '../storage/record-describer';

export function explainAssessmentRecord(value: unknown): string | undefined {
  const attempts = listOf(field(value, 'attempts'));
  const ids = attempts.map((attempt) => field(attempt, 'id')).filter((id): id is string => typeof id === 'string');
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  return repeated === undefined ? undefined : `two of its attempts share one id ("${repeated.slice(0, 40)}"), so deleting one would delete the other.`;
}
