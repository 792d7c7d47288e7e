import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile, IMMUTABLE_CACHE, MAX_HEADER_LINE, siteCspHeader, staticCspHeader } from '../../src/lib/hosting-headers';

const POLICY =
  "default-src 'self';object-src 'none';base-uri 'self';img-src 'self' data:;upgrade-insecure-requests; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-SSS=';";

describe('the Content-Security-Policy header', () => {
  it('reads the policy Astro wrote into a page', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${POLICY.replaceAll("'", '&#39;')}"><title>x</title></head>`;
    expect(cspFromHtml(html)).toBe(POLICY);
    expect(cspFromHtml('<head><title>No policy</title></head>')).toBeUndefined();
  });

  it('keeps every directive of the pages, allows the hashes of every page and no others, and forbids framing by other sites', () => {
    const other = POLICY.replace("'sha256-AAA='", "'sha256-AAA=' 'sha256-BBB='");
    const header = siteCspHeader([POLICY, other, POLICY]);
    expect(header).toBe(
      "default-src 'self'; object-src 'none'; base-uri 'self'; img-src 'self' data:; upgrade-insecure-requests; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-SSS='; frame-ancestors 'self'",
    );
    expect(header).not.toContain('unsafe-inline');
  });

  it("lets a page that needs nothing ('none') add its hashes without narrowing what the other pages need", () => {
    const header = siteCspHeader([POLICY, "default-src 'none'; script-src 'sha256-RRR='; base-uri 'none'"]);
    expect(header).toContain("default-src 'self';");
    expect(header).toContain("base-uri 'self';");
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-RRR=';");
    expect(header).not.toContain("'none' ");
    expect(header).toContain("object-src 'none'");
  });

  it('fails the build when no page carries a policy, rather than sending none', () => {
    expect(() => siteCspHeader([])).toThrow(/security\.csp/);
  });

  it('for a hand-written server configuration, leaves scripts and styles to the meta tag (which holds the hashes) and keeps the rest', () => {
    const header = staticCspHeader(POLICY);
    expect(header).toBe("object-src 'none'; base-uri 'self'; img-src 'self' data:; upgrade-insecure-requests; frame-ancestors 'self'");
    expect(header).not.toMatch(/default-src|script-src|style-src|sha256/);
  });
});

describe('the _headers file', () => {
  const csp = siteCspHeader([POLICY]);

  it('sends the security headers with every file and caches hashed assets for a year, at the root', () => {
    const file = headersFile({ base: '/', csp });
    expect(file).toContain(`/*\n  Content-Security-Policy: ${csp}\n`);
    expect(file).toContain('  Referrer-Policy: no-referrer\n');
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('  Cross-Origin-Opener-Policy: same-origin\n');
    expect(file).toMatch(/ {2}Permissions-Policy: .*camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(file).toContain(`/_astro/*\n  Cache-Control: ${IMMUTABLE_CACHE}\n`);
  });

  it('names its rules below the base path', () => {
    const file = headersFile({ base: '/mentoring', csp });
    expect(file).toMatch(/^\/mentoring\/\*$/m);
    expect(file).toMatch(/^\/mentoring\/_astro\/\*$/m);
    expect(file).not.toMatch(/^\/(\*|_astro)/m);
  });

  it('sets Cache-Control in one rule only, as these hosts join the values of two matching rules', () => {
    expect(headersFile({ base: '/', csp }).match(/Cache-Control/g)).toHaveLength(1);
  });

  it('stops the build when the policy outgrows what Cloudflare Pages reads on one line', () => {
    const hashes = Array.from({ length: 60 }, (_, i) => `'sha256-${String(i).padStart(43, 'x')}='`).join(' ');
    expect(() => headersFile({ base: '/', csp: `script-src 'self' ${hashes}` })).toThrow(new RegExp(`over the ${MAX_HEADER_LINE}`));
  });
});
