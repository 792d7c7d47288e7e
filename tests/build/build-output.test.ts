import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLogFile, SITE_BUILDS, type BuildName } from '../support/site-builds.ts';

/** What Astro and Vite print as warnings or errors (not the names of pages, some of which contain "warning"). */
const complaints = (log: string) => log.split('\n').filter((line) => /\[(WARN|ERROR)\]|^\(!\)/.test(line));

describe.each(Object.keys(SITE_BUILDS) as BuildName[])('what the %s build prints', (name) => {
  it('has no warnings for a newcomer to learn to ignore', () => {
    const log = readFileSync(buildLogFile(SITE_BUILDS[name].outDir), 'utf8');
    expect(log).toContain('Complete!');
    expect(complaints(log)).toEqual([]);
  });
});
