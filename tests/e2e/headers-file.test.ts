import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage, useSharedBrowser } from '../support/browser.ts';
import { expectSearchWorks } from '../support/hosting.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';

/**
 * The build's `_headers` as Netlify or Cloudflare Pages would apply it: each response gets the
 * headers of every rule whose pattern matches its path. Proves that the Content-Security-Policy
 * header, hashes and all, lets the site work exactly as the meta tag alone does.
 */
const build = SITE_BUILDS.subpath;
const siteUrl = inject('siteUrls').subpath;
const origin = new URL(siteUrl).origin;
const shared = useSharedBrowser();

function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
      rules.push({ pattern, headers: [] });
    } else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers.push([name!, value!]);
    }
  }
  return rules;
}

const rules = parseHeadersFile(readFileSync(join(build.outDir, '_headers'), 'utf8'));

async function applyHeadersFile(context: BrowserContext) {
  await context.route(`${origin}/**`, async (route) => {
    let response: Awaited<ReturnType<typeof route.fetch>>;
    try {
      response = await route.fetch();
    } catch (error) {
      // The service worker keeps saving the guide in the background; a request still in flight when
      // the test closes its browser context has no one to answer. Anything else is a real failure.
      if (/disposed|closed/i.test(String(error))) return;
      throw error;
    }
    const path = new URL(route.request().url()).pathname;
    const headers = { ...response.headers() };
    for (const rule of rules.filter((candidate) => candidate.pattern.test(path))) {
      for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
    }
    await route.fulfill({ response, headers }).catch((error: unknown) => {
      if (!/disposed|closed/i.test(String(error))) throw error;
    });
  });
}

describe("the build's _headers file, applied as Netlify and Cloudflare Pages do", () => {
  it('has rules for every file below the base path and for the hashed assets', () => {
    const matching = (path: string) => rules.filter((rule) => rule.pattern.test(path)).length;
    expect(matching('/mentoring/articles/first-meeting/')).toBe(1);
    expect(matching('/mentoring/_astro/client.abc123.js')).toBe(2);
    expect(matching('/articles/first-meeting/')).toBe(0);
  });

  it.each(['', 'articles/first-meeting/', 'assessments/mentor-self-assessment/', 'agreement/'])('runs /mentoring/%s with no CSP violation', async (path) => {
    const { page, watch, close } = await openWatchedPage(shared.browser, origin, { setup: applyHeadersFile });
    try {
      const response = await page.goto(siteUrl + path);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(response?.headers()['content-security-policy']).toContain('sha256-');
      await page.waitForLoadState('networkidle');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('searches with Pagefind under the header policy', async () => {
    await expectSearchWorks(shared.browser, siteUrl, { setup: applyHeadersFile });
  });
});
