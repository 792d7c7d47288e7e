import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_PUBLIC_ADDRESS_WARNING } from '../../src/integrations/public-address.ts';
import { buildLogFile, SITE_BUILDS, type BuildName } from '../support/site-builds.ts';

/** What Astro and Vite print as warnings or errors (not the names of pages, some of which contain "warning"). */
const complaints = (log: string) => log.split('\n').filter((line) => /\[(WARN|ERROR)\]|^\(!\)/.test(line));

describe.each(Object.keys(SITE_BUILDS) as BuildName[])('what the %s build prints', (name) => {
  const publicAddress = 'SITE_URL' in SITE_BUILDS[name].env;

  it(`has no warnings for a newcomer to learn to ignore${publicAddress ? '' : ', only one that it has no public address'}`, () => {
    const log = readFileSync(buildLogFile(SITE_BUILDS[name].outDir), 'utf8');
    expect(log).toContain('Complete!');
    const expected = publicAddress ? [] : [`[WARN] [mentorship-guide:public-address] ${NO_PUBLIC_ADDRESS_WARNING}`];
    expect(complaints(log).map((line) => line.replace(/^[\d:]+ /, ''))).toEqual(expected);
  });
});
