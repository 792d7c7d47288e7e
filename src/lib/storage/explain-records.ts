/**
 * Why a record of the current format (or an older one, before migrating) was refused on import,
 * in words a reader can act on, for the kinds that can tell. Each kind's explainer lives beside
 * its codec; the "My saved data" page loads them only with an import (through import-data.ts).
 */
import { explainAssessmentRecord } from '../assessment/explain-record';
import { explainChecklistRecord } from '../checklist/explain-record';
import { explainTrackRecord } from '../tracks/explain-record';
import type { RecordKind } from './saved-data';

export const RECORD_EXPLAINERS: Partial<Record<RecordKind, (value: unknown) => string | undefined>> = {
  assessment: explainAssessmentRecord,
  checklist: explainChecklistRecord,
  track: explainTrackRecord,
};
