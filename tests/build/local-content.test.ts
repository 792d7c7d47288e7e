import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../support/site-builds.ts';

/**
 * An institution's own content folder (site.config.ts `localContent`): read beside the shipped
 * content, checked by the same schemas, replacing a shipped file with the same id.
 */
const workDir = mkdtempSync(join(tmpdir(), 'mentorship-local-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/local-content');

/** A config naming `folder` as the local content, written into the case's own folder. */
function configFor(caseDir: string, folder: string): string {
  mkdirSync(caseDir, { recursive: true });
  const file = join(caseDir, 'site.config.ts');
  writeFileSync(file, `export default { localContent: ${JSON.stringify(relative(PROJECT_ROOT, folder))} };`);
  return file;
}

describe('a local content folder', () => {
  it('adds its articles and replaces a shipped checklist with the same id, and the build log says so', () => {
    const caseDir = join(workDir, 'valid');
    const result = buildSite({ SITE_CONFIG: configFor(caseDir, FIXTURE), OUT_DIR: join(caseDir, 'dist'), CACHE_DIR: join(caseDir, 'cache') });
    expect(result.status, result.output.slice(-2000)).toBe(0);
    expect(result.output).toContain(
      'tests/fixtures/local-content/checklists/programme-set-up.yaml replaces the shipped content/checklists/programme-set-up.yaml (same id, "programme-set-up").',
    );
    expect(readFileSync(join(caseDir, 'dist/articles/northfield-scheme/index.html'), 'utf8')).toMatch(/<h1[^>]*>The Northfield mentoring scheme<\/h1>/);
    expect(readFileSync(join(caseDir, 'dist/checklists/programme-set-up/index.html'), 'utf8')).toMatch(/<h1[^>]*>Setting up mentoring at Northfield<\/h1>/);
  });

  it('stops the build on a local article that breaks the article schema, naming the local file', () => {
    const caseDir = join(workDir, 'broken');
    const folder = join(PROJECT_ROOT, '.e2e', 'local-content-broken');
    cpSync(FIXTURE, folder, { recursive: true });
    try {
      const article = join(folder, 'articles/northfield-scheme.mdx');
      writeFileSync(article, readFileSync(article, 'utf8').replace(/^title:.*\n/m, ''));
      const result = buildSite({ SITE_CONFIG: configFor(caseDir, folder), OUT_DIR: join(caseDir, 'dist'), CACHE_DIR: join(caseDir, 'cache') });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('title: Every article needs a title.');
      expect(result.output).toMatch(/local-content-broken\/articles\/northfield-scheme\.mdx/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
