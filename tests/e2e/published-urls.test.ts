import { describe, expect, it } from 'vitest';
import { builtPageReader, readPublishedUrls, unresolvedUrls } from '../support/published-urls.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';

describe('every URL the guide has published', () => {
  const listed = readPublishedUrls();

  it('is listed, one per line, at least the pages of this build when the list was made', () => {
    expect(listed.length).toBeGreaterThanOrEqual(40);
    expect(listed).toContain('/');
    expect(listed).toContain('/articles/first-meeting/');
    expect(new Set(listed).size, 'no repeats').toBe(listed.length);
  });

  it.each(Object.keys(SITE_BUILDS) as (keyof typeof SITE_BUILDS)[])('still resolves in the %s build, to its page or through a redirect page', (name) => {
    const build = SITE_BUILDS[name];
    expect(unresolvedUrls(listed, builtPageReader(build.outDir), build.base)).toEqual([]);
  });

});
