import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAME_ANCESTORS, IMMUTABLE_CACHE, REVALIDATE_CACHE, SECURITY_HEADERS } from '../../src/lib/hosting-headers';

const deploy = (name: string) => readFileSync(resolve(import.meta.dirname, '../../deploy', name), 'utf8');
const nginx = deploy('nginx-mentoring.conf');
const apache = deploy('.htaccess');

/** The headers a configuration sets, in order, as [name, value] (nginx `add_header`, Apache `Header always set`). */
function headersIn(config: string, pattern: RegExp): [string, string][] {
  return [...config.matchAll(pattern)].map((match) => [match[1]!, match[2]!]);
}
const nginxHeaders = headersIn(nginx, /^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm);
const apacheHeaders = headersIn(apache, /^\s*Header always set\s+(\S+)\s+"([^"]*)"/gm);

describe('the server configurations in deploy/', () => {
  it.each([
    ['nginx', nginxHeaders, 2],
    ['Apache', apacheHeaders, 1],
  ] as const)('%s sends the same security headers as the build\'s _headers file', (_server, headers, blocks) => {
    for (const [name, value] of SECURITY_HEADERS) {
      expect(headers.filter(([n, v]) => n === name && v === value), name).toHaveLength(blocks);
    }
  });

  it.each([
    ['nginx', nginxHeaders],
    ['Apache', apacheHeaders],
  ] as const)('%s sends a Content-Security-Policy that forbids framing by other sites and leaves hashed scripts and styles to the pages', (_server, headers) => {
    const policies = headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value);
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      expect(policy).toContain(FRAME_ANCESTORS);
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/default-src|script-src|style-src|sha256|unsafe/);
    }
  });

  it('keeps hashed assets for a year and has pages checked on every visit, in both', () => {
    for (const headers of [nginxHeaders, apacheHeaders]) {
      const caching = headers.filter(([name]) => name === 'Cache-Control').map(([, value]) => value);
      expect(caching.sort()).toEqual([REVALIDATE_CACHE, IMMUTABLE_CACHE].sort());
    }
    expect(nginx).toMatch(/location \/mentoring\/_astro\/ \{[^}]*Cache-Control "public, max-age=31536000, immutable"/);
    expect(apache).toMatch(/<If "%\{REQUEST_URI\} =~ m#\/_astro\/#">\s*Header always set Cache-Control "public, max-age=31536000, immutable"/);
  });

  it('answers a missing page with the site\'s own 404 page below the sub-path', () => {
    expect(nginx).toMatch(/^\s*error_page 404 \/mentoring\/404\.html;/m);
    expect(apache).toMatch(/^ErrorDocument 404 \/mentoring\/404\.html$/m);
  });

  it('the GitHub Pages workflow builds below the repository path and deploys with the Pages actions', () => {
    const workflow = deploy('github-pages.yml');
    expect(workflow).toMatch(/BASE_PATH: \$\{\{ steps\.pages\.outputs\.base_path \}\}\//);
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\s+with:\s+path: dist/);
    expect(workflow).toMatch(/uses: actions\/deploy-pages@v\d+/);
  });
});
