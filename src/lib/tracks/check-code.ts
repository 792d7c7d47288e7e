/**
 * The check code printed on a record of completion: a short digest of what the record says (the
 * track, its version, the name, and the day each step was done), so that a programme office can
 * type the printed details into /verify/ and see whether the record was altered by hand. It proves
 * nothing about who did the steps: the record is self-reported, and says so.
 */

export interface RecordDetails {
  trackId: string;
  version: number;
  name: string;
  /** The day (YYYY-MM-DD) each step was done, in the track's order. */
  days: readonly string[];
}

/** Crockford's base 32: no I, L, O or U, so a code read off paper is not mistyped. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A name as typed, made comparable: spacing and letter case do not change the code. */
export const normaliseName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** The text the code is computed from, one detail per line. */
export function canonicalDetails({ trackId, version, name, days }: RecordDetails): string {
  return ['mentorship-guide-record/1', trackId, String(version), normaliseName(name), ...days].join('\n');
}

/** "ABCD-EFGH": the first 40 bits of the SHA-256 digest of the details, in base 32. */
export async function checkCode(details: RecordDetails, subtle: SubtleCrypto = crypto.subtle): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(canonicalDetails(details))));
  let bits = 0n;
  for (const byte of digest.slice(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let index = 0; index < 8; index++) code = ALPHABET[Number(bits & 31n)] + code, (bits >>= 5n);
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A code as a person types it, made comparable: case, spaces and hyphens ignored, O read as 0 and I or L as 1. */
export function normaliseCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}
