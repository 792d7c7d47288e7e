/**
 * A completed self-assessment carried in a link's fragment (after `#`, which browsers never send
 * to a server), so two mentoring partners can compare answers with no server at all.
 *
 * The fragment is `v1.<data>.<check>`:
 * - `v1`: the link format. A later format gets a new number; this page says plainly it cannot read it.
 * - `<data>`: base64url of the browser's own `deflate-raw` compression of a small JSON array
 *   `[assessment id, definition version, question keys, answers, day taken, name?]`. Question keys
 *   are three base36 characters per question (a hash of its id, in the order asked), so answers to
 *   questions that have changed since are recognised; answers are one digit per question ('-' for
 *   none). The questions themselves are never in the link.
 * - `<check>`: a 7-character checksum of `<data>`, so a link cut short or altered is caught before
 *   anything is read.
 *
 * An agreement draft travels the same way as `a1.<data>.<check>` (see agreement-link.ts): the
 * prefix letter names what a link carries, the number its format.
 *
 * Pure apart from the browser's (and Node's) CompressionStream: nothing is rendered, nothing stored.
 */
import { readFragment, refuseLink, writeFragment, type LinkKind, type LinkRefusal } from './fragment';
import { fromPayload, toPayload, type SharedAnswers } from './payload';

export * from './fragment';
export * from './payload';

export const LINK_FORMAT = 1;
/** Longer than any link this module makes (a 30-question check is about 200 characters). */
export const MAX_LINK_LENGTH = 2000;
/** The most the data may inflate to: a link that inflates further is refused. */
export const MAX_INFLATED_BYTES = 4096;

export type ReadResult = { ok: true; shared: SharedAnswers } | LinkRefusal;

export const CHECK_LINK: LinkKind = { prefix: 'v', format: LINK_FORMAT, maxLength: MAX_LINK_LENGTH, maxInflated: MAX_INFLATED_BYTES };

/** The fragment (without `#`) that carries `shared`. Throws only on answers a link cannot carry (a programming error). */
export async function writeShareFragment(shared: SharedAnswers): Promise<string> {
  const payload = toPayload(shared);
  if (!fromPayload(payload)) throw new Error('These answers cannot be carried in a link.');
  return writeFragment(CHECK_LINK, payload);
}

/**
 * Reads a fragment (with or without `#`) for the assessment `expectedId`. Never throws: anything
 * it cannot read comes back with the reason and a message a reader can act on.
 */
export async function readShareFragment(fragment: string, expectedId: string, expectedTitle: string): Promise<ReadResult> {
  const read = await readFragment(fragment, CHECK_LINK);
  if (!read.ok) {
    if (read.problem !== 'wrong-kind') return read;
    return { ...read, message: 'This link carries a mentoring agreement draft, not health check answers. Open it on the page for comparing agreement drafts instead.' };
  }
  const shared = fromPayload(read.value);
  if (!shared) return refuseLink('malformed');
  if (shared.assessmentId !== expectedId) {
    return {
      ok: false,
      problem: 'wrong-assessment',
      message: `This link carries answers to another assessment (“${shared.assessmentId}”), not the ${expectedTitle.toLowerCase()}, so they cannot be compared here.`,
    };
  }
  return { ok: true, shared };
}
