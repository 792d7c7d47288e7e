/** The store for one assessment's saved record: the record store with the assessment codec. */
import { assessmentCodec, type AssessmentRecord } from './assessment-record';
import { assessmentKey } from './keys';
import { createRecordStore, recordStore, type RecordStore, type StoreEnvironment } from './record-store';

export type AssessmentStore = RecordStore<AssessmentRecord>;

export function assessmentStore(assessmentId: string): AssessmentStore {
  return recordStore(assessmentKey(assessmentId), assessmentCodec);
}

export function createAssessmentStore(key: string, environment?: StoreEnvironment): AssessmentStore {
  return createRecordStore(key, assessmentCodec, environment);
}
