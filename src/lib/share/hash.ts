/** The small, stable hash behind question keys and link checksums: apart from the payloads, so every kind of link can use it. */

/** FNV-1a over UTF-16 code units: a small, stable hash (not a secret, not a signature). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export const base36 = (value: number, length: number) => value.toString(36).padStart(length, '0').slice(-length);
