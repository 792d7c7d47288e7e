/**
 * A link's fragment for any kind of shared data: `<letter><format>.<data>.<check>`, where the
 * letter names what it carries (`v` health check answers, `a` an agreement draft), `<data>` is
 * base64url of deflate-raw compressed JSON and `<check>` a 7-character checksum of `<data>`.
 * Reading never throws: every refusal comes with its reason and a message a reader can act on.
 */
import { base36, fnv1a } from './hash';

export type LinkProblem = 'empty' | 'truncated' | 'malformed' | 'unknown-version' | 'oversized' | 'wrong-assessment' | 'wrong-kind';

const CHECK_LENGTH = 7;
const checksum = (data: string) => base36(fnv1a(data), CHECK_LENGTH);

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function compress(text: string): Promise<Uint8Array> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inflated text, 'oversized' past the limit, or undefined when it is not valid deflate data. */
async function inflate(bytes: Uint8Array, limit: number): Promise<string | 'oversized' | undefined> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        void reader.cancel().catch(() => {});
        return 'oversized';
      }
      chunks.push(value);
    }
    const joined = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(joined);
  } catch {
    return undefined;
  }
}

/** Everything a kind of link needs to be written and read: its prefix letter, format and limits. */
export interface LinkKind {
  /** The letter before the format number: `v` for health check answers, `a` for an agreement draft. */
  prefix: string;
  format: number;
  maxLength: number;
  maxInflated: number;
}

/** The fragment (without `#`) that carries `payload` as compact JSON, compressed and checksummed. */
export async function writeFragment(kind: LinkKind, payload: unknown): Promise<string> {
  const data = toBase64Url(await compress(JSON.stringify(payload)));
  return `${kind.prefix}${kind.format}.${data}.${checksum(data)}`;
}

const MESSAGES: Record<Exclude<LinkProblem, 'unknown-version' | 'wrong-assessment' | 'wrong-kind'>, string> = {
  empty: 'This address carries no shared answers.',
  truncated:
    'This link is incomplete: it looks as if it was cut short when it was copied or sent. Ask your mentoring partner to send it again, and copy all of it.',
  malformed:
    'This link is damaged: part of it has been changed since it was made, so it cannot be read. Ask your mentoring partner to send it again.',
  oversized: 'This link is far longer than any link this page makes, so it was not read. Ask your mentoring partner to make a new one.',
};

export type LinkRefusal = { ok: false; problem: LinkProblem; message: string; version?: number };

export const refuseLink = (problem: keyof typeof MESSAGES): LinkRefusal => ({ ok: false, problem, message: MESSAGES[problem] });

/**
 * The JSON value a fragment (with or without `#`) of this kind carries, checked for length,
 * format, checksum and compression but not for meaning. Never throws.
 */
export async function readFragment(fragment: string, kind: LinkKind): Promise<{ ok: true; value: unknown } | LinkRefusal> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return refuseLink('empty');
  if (text.length > kind.maxLength) return refuseLink('oversized');
  const version = /^([a-z])(\d{1,6})\./.exec(text);
  if (!version) return refuseLink(/^[a-z]\d*$/.test(text) ? 'truncated' : 'malformed');
  if (version[1] !== kind.prefix) {
    return { ok: false, problem: 'wrong-kind', message: 'This link was made for another part of this guide, so it cannot be read here. Ask your mentoring partner which page it belongs to.' };
  }
  if (Number(version[2]) !== kind.format) {
    return {
      ok: false,
      problem: 'unknown-version',
      version: Number(version[2]),
      message: `This link was made in a format this page does not know (format ${Number(version[2])}), perhaps by a newer version of this guide. Nothing was read from it. Ask your mentoring partner to make the link again from this site.`,
    };
  }
  const rest = text.slice(version[0].length);
  const parts = /^([A-Za-z0-9_-]+)(?:\.([0-9a-z]*))?$/.exec(rest);
  if (!parts) return refuseLink(/^[A-Za-z0-9_-]*$/.test(rest) ? 'truncated' : 'malformed');
  const [, data, check] = parts as unknown as [string, string, string | undefined];
  if (check === undefined || check.length < CHECK_LENGTH) return refuseLink('truncated');
  if (check !== checksum(data!)) return refuseLink('malformed');
  const bytes = fromBase64Url(data!);
  if (!bytes) return refuseLink('malformed');
  const inflated = await inflate(bytes, kind.maxInflated);
  if (inflated === 'oversized') return refuseLink('oversized');
  if (inflated === undefined) return refuseLink('malformed');
  try {
    return { ok: true, value: JSON.parse(inflated) };
  } catch {
    return refuseLink('malformed');
  }
}

