/**
 * The HTTP headers a host should send with the built site: one description, rendered as the
 * `_headers` file that Netlify and Cloudflare Pages read (written by every build), and checked
 * against the nginx and Apache snippets in deploy/ by a unit test. Pure: no file system.
 */
import { joinBase } from './paths';

/** Headers every response gets, whatever the host. */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  // Nothing about the reader's page (an article on warning signs, say) travels to another site.
  ['Referrer-Policy', 'no-referrer'],
  // The guide needs none of these; a script that somehow ran could not ask for them either.
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()',
  ],
  ['X-Content-Type-Options', 'nosniff'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Files under /_astro/ carry a content hash in their names: a changed file gets a new name. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Everything else (HTML, the search index, the favicon, the service worker sw.js) is checked with the server on every visit
 * (a cheap 304 when unchanged), so readers see a corrected page as soon as it is published.
 */
export const REVALIDATE_CACHE = 'public, max-age=0, must-revalidate';

/** `frame-ancestors` is only obeyed in a header (browsers ignore it in a meta tag). */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";

/** Directives that may hold hashes of inline scripts and styles, and `default-src`, which they fall back to. */
const HASHED_DIRECTIVES = new Set(['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem']);

type Policy = Map<string, string[]>;

function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !parsed.has(name.toLowerCase())) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

function serialisePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The Content-Security-Policy of each page, as Astro writes it into a meta tag. */
export function cspFromHtml(html: string): string | undefined {
  const tag = html.match(/<meta\s[^>]*http-equiv=["']content-security-policy["'][^>]*>/i)?.[0];
  const content = tag?.match(/\scontent=(["'])([^]*?)\1/i)?.[2];
  return content?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * One header policy for the whole site from the pages' meta policies: every directive as Astro
 * wrote it, with the hashes of every page (Astro 7.3 writes the same list into every page; should
 * it one day list only each page's own, the union still allows nothing the site does not ship),
 * plus `frame-ancestors 'self'`. Browsers enforce the header and the meta tag together, so the
 * header must allow everything the meta tag allows: a header without the hashes would block
 * Astro's inline scripts and styles.
 */
export function siteCspHeader(pagePolicies: readonly string[]): string {
  if (pagePolicies.length === 0) throw new Error('No page carries a Content-Security-Policy meta tag: is `security.csp` still set in astro.config.mjs?');
  const merged: Policy = new Map();
  for (const policy of pagePolicies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  // A page that needs nothing (a redirect page: 'none') must not narrow what the others need.
  for (const [name, sources] of merged) {
    if (sources.length > 1) merged.set(name, sources.filter((source) => source !== "'none'"));
  }
  merged.delete('frame-ancestors');
  return `${serialisePolicy(merged)}; ${FRAME_ANCESTORS}`;
}

/**
 * The policy for a server configuration written once by hand (deploy/): it cannot know a build's
 * hashes, so it leaves out the directives that need them and lets each page's meta tag govern
 * scripts and styles. Both policies are enforced, so together they are exactly as strict as the
 * meta tag, plus `frame-ancestors`.
 */
export function staticCspHeader(pagePolicy: string): string {
  const policy = parsePolicy(pagePolicy);
  for (const name of HASHED_DIRECTIVES) policy.delete(name);
  policy.delete('frame-ancestors');
  return `${serialisePolicy(policy)}; ${FRAME_ANCESTORS}`;
}

/**
 * Cloudflare Pages ignores a `_headers` line longer than this; past it, the hashes would be lost,
 * so the build stops and says so.
 */
export const MAX_HEADER_LINE = 2000;

export interface HeadersFileOptions {
  /** The base path the site was built for, e.g. "/" or "/mentoring/". */
  base: string;
  /** The Content-Security-Policy header value (see siteCspHeader). */
  csp: string;
}

/**
 * The `_headers` file. Where two rules match one URL these hosts join the values of a header
 * named in both with a comma instead of replacing it, so Cache-Control is set only for /_astro/;
 * everything else keeps both hosts' own default, `public, max-age=0, must-revalidate`
 * (REVALIDATE_CACHE), which is what the pages should have.
 */
export function headersFile({ base, csp }: HeadersFileOptions): string {
  const all = `${joinBase(base, '/')}*`;
  const assets = `${joinBase(base, '/_astro/')}*`;
  const lines = [
    '# Written by every build (src/integrations/hosting-headers.ts): edit src/lib/hosting-headers.ts, not this file.',
    '# Read by Netlify and Cloudflare Pages; deploy/ holds the same rules for nginx and Apache.',
    all,
    `  Content-Security-Policy: ${csp}`,
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    assets,
    `  Cache-Control: ${IMMUTABLE_CACHE}`,
  ];
  const tooLong = lines.find((line) => line.length > MAX_HEADER_LINE);
  if (tooLong) {
    throw new Error(
      `A _headers line is ${tooLong.length} characters, over the ${MAX_HEADER_LINE} Cloudflare Pages reads: "${tooLong.slice(0, 60)}…". Fewer inline scripts and styles (fewer hashes) would shorten it.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
