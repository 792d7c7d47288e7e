/**
 * When each tool a track step can name last saved something in it, read from its stored text
 * without its codec: a track page needs only "saved, with something in it, on this day", and
 * loading every tool's codec would cost each track page more than a kilobyte of script. Add a
 * tool here, and its page in tools.ts, when one is built.
 */
import { isDateString, isObject } from '../storage/guards';
import { AGREEMENT_KEY, NETWORK_KEY, PLAN_KEY } from '../storage/keys';

export const TOOL_RECORDS: Readonly<Record<string, { key: string; holdsWork(record: Record<string, unknown>): boolean }>> = {
  /** At least one field of the agreement filled in. */
  agreement: { key: AGREEMENT_KEY, holdsWork: (record) => isObject(record.fields) && Object.keys(record.fields).length > 0 },
  /** At least one person in the network. */
  network: { key: NETWORK_KEY, holdsWork: (record) => Array.isArray(record.people) && record.people.length > 0 },
  /** At least one goal in the plan. */
  plan: { key: PLAN_KEY, holdsWork: (record) => Array.isArray(record.goals) && record.goals.length > 0 },
};

/** When the tool's stored record last changed, if it holds something; undefined for nothing, an empty record or unreadable text. */
export function toolSavedAt(id: string, stored: string | null | undefined): string | undefined {
  const tool = TOOL_RECORDS[id];
  if (!tool || !stored) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(stored);
  } catch {
    return undefined;
  }
  return isObject(record) && isDateString(record.updatedAt) && tool.holdsWork(record) ? record.updatedAt : undefined;
}
