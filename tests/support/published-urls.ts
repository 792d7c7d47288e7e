import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripBase } from '../../src/lib/paths.ts';
import { PROJECT_ROOT } from './site-builds.ts';

/**
 * Every URL the guide has published, below its base path ("/", "/articles/first-meeting/",
 * "/404.html"): a page may move (with a redirect) but never vanish. Regenerate on purpose, after
 * adding pages, with `node scripts/published-urls.ts`.
 */
export const PUBLISHED_URLS_FILE = resolve(PROJECT_ROOT, 'tests/fixtures/published-urls.txt');

export function readPublishedUrls(file = PUBLISHED_URLS_FILE): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The HTML a static host serves for a URL path of the build (below its base), if any. */
export function builtPageReader(outDir: string): (path: string) => string | undefined {
  return (path) => {
    const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
}

/**
 * How a published URL resolves: "page", "redirect to <path>" (a redirect page whose target is a
 * page), or why it does not.
 */
export function resolvePublishedUrl(path: string, readPage: (path: string) => string | undefined, base: string): string {
  const html = readPage(path);
  if (html === undefined) return 'missing';
  const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
  if (!refresh) return 'page';
  const target = stripBase(base, refresh.replaceAll('&amp;', '&'));
  const targetHtml = readPage(target);
  if (targetHtml === undefined) return `redirect to missing ${target}`;
  return /http-equiv="refresh"/.test(targetHtml) ? `redirect to another redirect, ${target}` : `redirect to ${target}`;
}

/** The listed URLs that no longer resolve, each with the reason. */
export function unresolvedUrls(listed: readonly string[], readPage: (path: string) => string | undefined, base: string): string[] {
  return listed
    .map((path) => [path, resolvePublishedUrl(path, readPage, base)] as const)
    .filter(([, how]) => how !== 'page' && !/^redirect to \//.test(how))
    .map(([path, how]) => `${path}: ${how}`);
}
