import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/csp-hash';
import { articleRedirects, CARRY_FRAGMENT_SCRIPT, redirectPage, REDIRECT_PAGE_CSP } from '../../src/lib/redirects';
import { resolvePublishedUrl, unresolvedUrls } from '../support/published-urls';

const renamed = { id: 'different-personalities', title: 'When personalities differ', formerIds: ['personality-differences', 'clashing-styles'] };

describe('redirects for renamed articles', () => {
  it('leaves one redirect at each former id of an article', () => {
    expect(articleRedirects([renamed, { id: 'first-meeting', title: 'The first meeting', formerIds: [] }])).toEqual([
      { from: 'personality-differences', to: 'different-personalities', title: 'When personalities differ' },
      { from: 'clashing-styles', to: 'different-personalities', title: 'When personalities differ' },
    ]);
  });

  it('refuses a former id that another article still uses, or that two articles claim', () => {
    expect(() => articleRedirects([renamed, { id: 'clashing-styles', title: 'Clashing styles', formerIds: [] }])).toThrow(
      'Article "different-personalities" lists "clashing-styles" in formerIds, but an article still has that id',
    );
    expect(() => articleRedirects([renamed, { id: 'styles', title: 'Styles', formerIds: ['clashing-styles'] }])).toThrow(
      'Articles "different-personalities" and "styles" both list "clashing-styles" in formerIds',
    );
  });

  it('writes a page that sends the reader on at once, links there for anyone whose browser does not, and tells search engines where the article lives', () => {
    const html = redirectPage({
      redirect: { from: 'personality-differences', to: 'different-personalities', title: 'Mentors & "mentees"' },
      base: '/mentoring/',
      site: 'https://med.northfield.example',
    });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/mentoring/articles/different-personalities/">');
    expect(html).toContain('<a id="moved-to" href="/mentoring/articles/different-personalities/">Mentors &amp; &quot;mentees&quot;</a>');
    expect(html).toContain('<link rel="canonical" href="https://med.northfield.example/mentoring/articles/different-personalities/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).not.toMatch(/<style|style=/);
    // One script, allowed by its hash, carries a link's #section over; nothing else may run.
    expect(html).toContain(`<script>${CARRY_FRAGMENT_SCRIPT}</script>`);
    expect(html).toContain(`content="${REDIRECT_PAGE_CSP.replaceAll("'", '&#39;')}"`);
    expect(REDIRECT_PAGE_CSP).toBe(`default-src 'none'; script-src '${cspHash(CARRY_FRAGMENT_SCRIPT)}'; base-uri 'none'; form-action 'none'`);
  });

  it('leaves the canonical link out when the build has no public address, rather than point it at localhost', () => {
    const html = redirectPage({ redirect: { from: 'old', to: 'new', title: 'New' }, base: '/', site: undefined });
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/new/">');
    expect(html).not.toContain('rel="canonical"');
  });
});

describe('the published-URLs check', () => {
  const pages: Record<string, string> = {
    '/articles/different-personalities/': '<title>When personalities differ</title>',
    '/articles/personality-differences/': redirectPage({ redirect: { from: 'personality-differences', to: 'different-personalities', title: 'x' }, base: '/mentoring/', site: 'https://example.org' }),
    '/articles/gone-astray/': redirectPage({ redirect: { from: 'gone-astray', to: 'nowhere', title: 'x' }, base: '/mentoring/', site: 'https://example.org' }),
  };
  const readPage = (path: string) => pages[path];

  it('accepts a page, and an old address that leads to one', () => {
    expect(resolvePublishedUrl('/articles/different-personalities/', readPage, '/mentoring/')).toBe('page');
    expect(resolvePublishedUrl('/articles/personality-differences/', readPage, '/mentoring/')).toBe('redirect to /articles/different-personalities/');
  });

  it('reports a URL with no page and no redirect, and a redirect that leads nowhere', () => {
    expect(unresolvedUrls(Object.keys(pages).concat('/articles/vanished/'), readPage, '/mentoring/')).toEqual([
      '/articles/gone-astray/: redirect to missing /articles/nowhere/',
      '/articles/vanished/: missing',
    ]);
  });
});
