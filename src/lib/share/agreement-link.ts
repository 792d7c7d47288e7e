/**
 * A mentoring agreement draft in a link's fragment, as `a1.<data>.<check>`: the same compression,
 * checksum and refusals as a health check link (link.ts), with room for a whole written agreement.
 * Never throws on a link: anything it cannot read comes back with the reason and a message.
 */
import type { AgreementSection } from '../agreement/agreement-fields';
import { fromDraftPayload, toDraftPayload, type SharedDraft } from './agreement-draft';
import { readFragment, refuseLink, writeFragment, type LinkKind, type LinkRefusal } from './fragment';

export const DRAFT_LINK_FORMAT = 1;
/** Longer than any draft link this site makes: every field filled to its limit compresses to well under this. */
export const MAX_DRAFT_LINK_LENGTH = 24_000;
export const MAX_DRAFT_INFLATED_BYTES = 49_152;

export const DRAFT_LINK: LinkKind = { prefix: 'a', format: DRAFT_LINK_FORMAT, maxLength: MAX_DRAFT_LINK_LENGTH, maxInflated: MAX_DRAFT_INFLATED_BYTES };

export type DraftReadResult = { ok: true; draft: SharedDraft } | LinkRefusal;

/** The fragment (without `#`) that carries this draft. */
export const writeDraftFragment = (fields: Readonly<Record<string, string>>, made: string, name?: string) => writeFragment(DRAFT_LINK, toDraftPayload(fields, made, name));

export async function readDraftFragment(fragment: string, sections: readonly AgreementSection[]): Promise<DraftReadResult> {
  const read = await readFragment(fragment, DRAFT_LINK);
  if (!read.ok) {
    if (read.problem !== 'wrong-kind') return read;
    return {
      ...read,
      message: 'This link carries answers to the relationship health check, not an agreement draft. Open it on the page for comparing health checks instead.',
    };
  }
  const draft = fromDraftPayload(read.value, sections);
  if (draft === 'malformed') return refuseLink('malformed');
  if (draft === 'other-version') {
    return {
      ok: false,
      problem: 'unknown-version',
      message: 'This link carries an agreement draft made with a different set of headings from this guide’s agreement builder, perhaps by a newer version of it. Nothing was read from it. Ask your mentoring partner to make the link again from this site.',
    };
  }
  return { ok: true, draft };
}
