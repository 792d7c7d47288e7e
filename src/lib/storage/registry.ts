/** Every kind of record the site saves, with its codec: what "My saved data" lists, exports and imports. */
import { agreementCodec } from '../agreement/agreement-record';
import { checklistCodec } from '../checklist/checklist-record';
import { trackCodec } from '../tracks/track-record';
import { receivedCodec } from '../share/received-record';
import { networkCodec } from '../network/network-record';
import { planCodec } from '../plan/plan-record';
import { assessmentCodec } from './assessment-record';
import type { RecordCodec } from './record-format';
import { kindRegistry } from './saved-data';

export const SITE_REGISTRY = kindRegistry({
  assessment: assessmentCodec as RecordCodec<unknown>,
  checklist: checklistCodec as RecordCodec<unknown>,
  agreement: agreementCodec as RecordCodec<unknown>,
  track: trackCodec as RecordCodec<unknown>,
  together: receivedCodec as RecordCodec<unknown>,
  network: networkCodec as RecordCodec<unknown>,
  plan: planCodec as RecordCodec<unknown>,
});
