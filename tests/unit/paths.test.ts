import { describe, expect, it } from 'vitest';
import { joinBase, stripBase } from '../../src/lib/paths';

describe('joinBase', () => {
  it.each(['/', ''])('keeps paths at the root when the base is %j', (base) => {
    expect(joinBase(base, '/')).toBe('/');
    expect(joinBase(base, '/articles/')).toBe('/articles/');
    expect(joinBase(base, 'articles/effective-mentor')).toBe('/articles/effective-mentor/');
  });

  it.each(['/mentoring', '/mentoring/', 'mentoring/', 'mentoring'])(
    'puts every path below the base whatever its slashes (%j)',
    (base) => {
      expect(joinBase(base, '/')).toBe('/mentoring/');
      expect(joinBase(base, '/articles/')).toBe('/mentoring/articles/');
      expect(joinBase(base, 'articles')).toBe('/mentoring/articles/');
    },
  );

  it('handles a base of several segments', () => {
    expect(joinBase('/med/faculty/mentoring/', '/articles/x/')).toBe('/med/faculty/mentoring/articles/x/');
  });

  it('adds no trailing slash to files', () => {
    expect(joinBase('/mentoring/', '/sitemap-index.xml')).toBe('/mentoring/sitemap-index.xml');
    expect(joinBase('/', 'pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });

  it('keeps a query and a fragment after the slash', () => {
    expect(joinBase('/mentoring', '/search?q=credit')).toBe('/mentoring/search/?q=credit');
    expect(joinBase('/', '/articles/#failure')).toBe('/articles/#failure');
    expect(joinBase('/m/', 'articles/a#refs')).toBe('/m/articles/a/#refs');
  });
});

describe('stripBase', () => {
  it('removes the base from a pathname', () => {
    expect(stripBase('/mentoring/', '/mentoring/articles/')).toBe('/articles/');
    expect(stripBase('/mentoring', '/mentoring/')).toBe('/');
    expect(stripBase('/', '/articles/')).toBe('/articles/');
  });

  it('leaves a pathname outside the base unchanged', () => {
    expect(stripBase('/mentoring/', '/other/')).toBe('/other/');
  });
});
