/**
 * The check code printed on a record of completion: a short digest of what the record says (the
 * track, its version, the name, the day each step was done, and any reflections), so that a programme office can
 * type the printed details into /verify/ and see whether the record was altered by hand. It proves
 * nothing about who did the steps: the record is self-reported, and says so.
 */

export interface RecordDetails {
  trackId: string;
  version: number;
  name: string;
  /** The day (YYYY-MM-DD) each step was done, in the track's order. */
  days: readonly string[];
  /** Each step's reflection as printed, in the same order (missing or empty where there is none). */
  reflections?: readonly (string | undefined)[];
}

/** Crockford's base 32: no I, L, O or U, so a code read off paper is not mistyped. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A name as typed, made comparable: spacing and letter case do not change the code. */
export const normaliseName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** A reflection as copied from a record: spacing and line breaks do not change the code. */
export const normaliseText = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ');

/**
 * The text the code is computed from, one detail per line. A record without reflections has the
 * same code as before reflections were covered, so records printed then still check.
 */
export function canonicalDetails({ trackId, version, name, days, reflections = [] }: RecordDetails): string {
  const reflectionLines = reflections.flatMap((text, index) => {
    const plain = normaliseText(text ?? '');
    return plain === '' ? [] : [`reflection ${index + 1}: ${plain}`];
  });
  return ['mentorship-guide-record/1', trackId, String(version), normaliseName(name), ...days, ...reflectionLines].join('\n');
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
