import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { openWatchedPage, useSharedBrowser } from '../support/browser.ts';
import { tabTo } from '../support/assessments.ts';
import { contentQueries, uniqueQueriesByPage } from '../support/search-queries.ts';
import { measureRelevance } from '../../scripts/lib/search-relevance.ts';
import { typist } from '../../scripts/lib/typing.ts';
import { SITE_BUILDS, type BuildName } from '../support/site-builds.ts';

const siteUrls = inject('siteUrls');
const builds = Object.keys(SITE_BUILDS) as BuildName[];

/** Words only one page uses, picked from the content (see tests/support/search-queries.ts). */
const queries = contentQueries(SITE_BUILDS.root.outDir);

/** Two causes of failure, found by a word for them that only their own article uses. */
const SYNONYMS = [
  { query: 'indifference', path: 'articles/lack-of-commitment/' },
  { query: 'friction', path: 'articles/personality-differences/' },
];

const shared = useSharedBrowser();

/** Opens a page of the site, watching its requests (all of them, in `requests`), CSP reports and errors. */
async function open(build: BuildName, path: string, options: Parameters<typeof openWatchedPage>[2] = {}) {
  const siteUrl = siteUrls[build];
  const opened = await openWatchedPage(shared.browser, new URL(siteUrl).origin, options);
  const requests: string[] = [];
  opened.page.on('request', (request) => requests.push(request.url()));
  await opened.page.goto(siteUrl + path);
  return { ...opened, watch: { ...opened.watch, requests } };
}

/** Waits until the search page shows the results for `query`, and returns the announced count. */
async function resultsFor(page: Page, query: string): Promise<string> {
  await page.waitForSelector(`[data-search-results][aria-busy="false"][data-search-query="${query.replace(/"/g, '\\"')}"]`);
  return (await page.getByRole('status').textContent()) ?? '';
}

/**
 * Waits until the header shows all its quick results for `query` (up to four), and returns the
 * announced count.
 */
async function quickResultsFor(page: Page, query: string): Promise<string> {
  await page.waitForSelector(`[data-header-search][data-quick-query="${query.replace(/"/g, '\\"')}"]`);
  const announced = (await page.locator('[data-quick-status]').textContent()) ?? '';
  const total = Number(/^\d+/.exec(announced)?.[0] ?? 0);
  await expect.poll(() => page.locator('.quick-result a').count()).toBe(Math.min(4, total));
  return announced;
}

async function search(page: Page, query: string): Promise<string> {
  await page.getByRole('searchbox', { name: /^Search articles/ }).fill(query);
  return resultsFor(page, query);
}

/** The result titles' links, in order, as paths below the base ("articles/competition/"). */
async function resultPaths(page: Page, base: string): Promise<string[]> {
  const hrefs = await page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => (href.startsWith(base) ? href.slice(base.length) : `OUTSIDE THE BASE PATH: ${href}`));
}

/** The count a filter option shows in its label: "Checklists (3)" → 3. */
async function countIn(radio: Locator): Promise<number> {
  const label = (await radio.locator('xpath=ancestor::label').textContent()) ?? '';
  return Number(label.match(/\((\d+)\)/)?.[1] ?? NaN);
}

/** Axe in light and dark schemes, then at 320 px wide: no violations and no sideways scrolling. */
async function expectAccessibleEverywhere(page: Page, label: string): Promise<void> {
  await expectNoAxeViolationsInBothSchemes(page, label);
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal overflow at 320 px (in CSS pixels)').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, `${label} at 320 px`);
}

describe('queries derived from the content', () => {
  it('cover every kind of content and every audience, at least ten in all', () => {
    expect(queries.length).toBeGreaterThanOrEqual(10);
    expect(new Set(queries.map((query) => query.kind))).toEqual(new Set(['article', 'assessment', 'checklist', 'glossary']));
    const audiences = new Set(queries.filter((query) => query.kind === 'article').flatMap((query) => query.audiences));
    expect(audiences).toEqual(new Set(['mentee', 'mentor', 'institution']));
  });

  it('still include the synonyms for failure causes (else pick others from the articles)', () => {
    const unique = uniqueQueriesByPage(SITE_BUILDS.root.outDir);
    for (const { query, path } of SYNONYMS) {
      const page = unique.find((entry) => entry.source.path === path);
      expect(page?.queries, `"${query}" is no longer used by ${path} alone`).toContain(query);
    }
  });
});

describe.each(builds)('search on the site built at %s', (build) => {
  const base = new URL(siteUrls[build]).pathname;

  it('returns each page first for a word only that page uses, and the glossary term as its first section', async () => {
    const { page, watch, close } = await open(build, 'search/');
    try {
      const missed: string[] = [];
      for (const { query, kind, id, path } of [...queries, ...SYNONYMS.map((synonym) => ({ ...synonym, kind: 'article', id: '' }))]) {
        await search(page, query);
        const [first] = await resultPaths(page, base);
        if (first !== path) missed.push(`"${query}" should find ${path} first, found ${first ?? 'nothing'}`);
        if (kind === 'glossary') {
          const section = await page.locator('.search-result').first().locator('.search-result__sections a').first().getAttribute('href');
          if (section !== `${base}glossary/#${id}`) missed.push(`"${query}" should offer the term ${id} first, offered ${section}`);
        }
      }
      expect(missed).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('runs the query in a /search/?q= link, with highlighted excerpts and links below the base path', async () => {
    const { page, watch, close } = await open(build, 'search/?q=credit');
    try {
      const announced = await resultsFor(page, 'credit');
      expect(announced).toMatch(/^\d+ results for “credit”$/);
      await expect(page.getByRole('searchbox', { name: /^Search articles/ }).inputValue()).resolves.toBe('credit');
      const total = Number(announced.split(' ')[0]);
      const shown = await page.locator('.search-result').count();
      expect(shown).toBe(Math.min(5, total));
      const marks = await page.locator('.search-result__excerpt mark').allTextContents();
      expect(marks.length).toBeGreaterThanOrEqual(shown);
      expect(marks.every((mark) => /^credit/i.test(mark))).toBe(true);

      const links = await page.locator('[data-search-list] a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(links.every((href) => new URL(href).pathname.startsWith(base))).toBe(true);
      for (const href of new Set(links.map((link) => link.split('#')[0]!))) {
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
      }

      await page.getByRole('button', { name: /^Show \d+ more results$/ }).click();
      await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(10, total));
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[5])).toBe(true);

      const pagefindRequests = watch.requests.filter((url) => url.includes('/pagefind/'));
      expect(pagefindRequests.length).toBeGreaterThan(0);
      expect(pagefindRequests.every((url) => new URL(url).pathname.startsWith(`${base}pagefind/`))).toBe(true);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shortens a hand-made link with an enormous query, says so, and still answers', async () => {
    const { page, watch, close } = await open(build, '404.html');
    try {
      // The test server, like most, refuses a request line this long: serve the search page for it.
      await page.route(
        (url) => url.pathname.endsWith('/search/') && url.search.length > 10_000,
        async (route) => route.fulfill({ response: await route.fetch({ url: `${siteUrls[build]}search/` }) }),
      );
      await page.goto(`${siteUrls[build]}search/?q=${'credit%20'.repeat(15_000)}`);
      const shortened = Array.from({ length: 12 }, () => 'credit').join(' ');
      const announced = await resultsFor(page, shortened);
      expect(announced).toMatch(/^\d+ results? for “credit( credit){11}”$/);
      await expect(page.getByRole('searchbox', { name: /^Search articles/ }).inputValue()).resolves.toBe(shortened);
      await expect(page.locator('[data-search-shortened]').innerText()).resolves.toContain('Your search was shortened');
      await expect(page.getByRole('searchbox', { name: /^Search articles/ }).getAttribute('maxlength')).resolves.toBe('200');
      expect(new URL(page.url()).searchParams.get('q')).toBe(shortened);
      // A new query that fits takes the notice away.
      await page.getByRole('searchbox', { name: /^Search articles/ }).fill('credit');
      await resultsFor(page, 'credit');
      await expect(page.locator('[data-search-shortened]').isHidden()).resolves.toBe(true);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('narrows the results with filters that show their counts, and keeps them in the address', async () => {
    const { page, close } = await open(build, 'search/?q=meeting');
    try {
      const all = Number((await resultsFor(page, 'meeting')).split(' ')[0]);
      const checklists = page.getByRole('group', { name: 'Content type' }).getByRole('radio', { name: /^Checklists \(\d+\)$/ });
      const expected = await countIn(checklists);
      expect(expected).toBeGreaterThan(0);
      expect(expected).toBeLessThan(all);
      await checklists.check();
      await expect
        .poll(() => page.getByRole('status').textContent())
        .toBe(`${expected} ${expected === 1 ? 'result' : 'results'} for “meeting” with these filters (${all} in all)`);
      const types = await page.locator('.search-result__meta').allTextContents();
      expect(types.every((meta) => meta.startsWith('Checklist'))).toBe(true);

      const institutions = page.getByRole('group', { name: 'Written for' }).getByRole('radio', { name: /^Institutions \(\d+\)$/ });
      const institutionCount = await countIn(institutions);
      await institutions.check();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('audience') === 'institution');
      await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(5, institutionCount));
      const metas = await page.locator('.search-result__meta').allTextContents();
      expect(metas.every((meta) => meta.startsWith('Checklist') && meta.includes('Institutions'))).toBe(true);
      expect(new URL(page.url()).search).toBe('?q=meeting&type=Checklist&audience=institution');

      await page.reload();
      await resultsFor(page, 'meeting');
      await expect(page.getByRole('radio', { name: /^Checklists/ }).isChecked()).resolves.toBe(true);
      await expect(page.getByRole('radio', { name: /^Institutions/ }).isChecked()).resolves.toBe(true);

      await page.getByRole('group', { name: 'Content type' }).getByRole('radio', { name: /^All/ }).check();
      await page.getByRole('group', { name: 'Written for' }).getByRole('radio', { name: /^All/ }).check();
      await expect.poll(() => page.getByRole('status').textContent()).toBe(`${all} results for “meeting”`);
    } finally {
      await close();
    }
  });

  it('turns off a filter that a hand-edited link names but the index lacks, and says so', async () => {
    const { page, close } = await open(build, 'search/?q=credit&type=Nonsense&audience=mentee');
    try {
      const announced = await resultsFor(page, 'credit');
      await expect(page.locator('[data-search-notice]').textContent()).resolves.toBe(
        'This link asked for “Nonsense” (content type), which the guide does not have, so that filter is off.',
      );
      await expect(page.locator('[data-search-notice]').isVisible()).resolves.toBe(true);
      expect(new URL(page.url()).search).toBe('?q=credit&audience=mentee');
      await expect(page.getByRole('radio', { name: /^All/ }).first().isChecked()).resolves.toBe(true);
      await expect(page.getByRole('radio', { name: /^Mentees/ }).isChecked()).resolves.toBe(true);
      expect(announced).toMatch(/^\d+ results? for “credit” with these filters/);
    } finally {
      await close();
    }
  });

  it('widens a search of words no page has together to any of them, and says so', async () => {
    // "friction" and "indifference" are each used by one article alone (see SYNONYMS).
    const { page, watch, close } = await open(build, 'search/?q=friction%20or%20indifference');
    try {
      await expect(resultsFor(page, 'friction or indifference')).resolves.toBe('2 results for any of: friction, indifference');
      const notice = page.locator('[data-search-fallback]');
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.textContent()).resolves.toBe('Showing results for any of: friction, indifference. Fewer than 3 pages use every word you typed.');
      expect((await resultPaths(page, base)).sort()).toEqual(['articles/lack-of-commitment/', 'articles/personality-differences/']);
      const marks = await page.locator('.search-result__excerpt mark').allTextContents();
      const marked = marks.map((mark) => /^(friction|indifference)/i.exec(mark)?.[1]?.toLowerCase());
      expect(new Set(marked)).toEqual(new Set(['friction', 'indifference']));

      // A search that finds enough as typed says nothing of the kind.
      await search(page, 'credit');
      await expect(notice.isHidden()).resolves.toBe(true);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('helps when nothing matches, with topics and the glossary to browse', async () => {
    const { page, close } = await open(build, 'search/?q=zyxwvut');
    try {
      await expect(resultsFor(page, 'zyxwvut')).resolves.toBe('No results for “zyxwvut”');
      const help = page.locator('[data-search-help]');
      await expect(help.isVisible()).resolves.toBe(true);
      await expect(help.getByRole('link', { name: 'glossary' }).getAttribute('href')).resolves.toBe(`${base}glossary/`);
      const topics = await help.locator('.search-help__topics a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(topics.length).toBeGreaterThanOrEqual(5);
      expect(topics.every((href) => href?.startsWith(`${base}articles/#`))).toBe(true);
    } finally {
      await close();
    }
  });

  it('lands on the matching heading of an article, and on the term in the glossary', async () => {
    const { page, close } = await open(build, 'search/?q=hijacker');
    try {
      await resultsFor(page, 'hijacker');
      await page.getByRole('list', { name: 'Matching sections of Competition between mentor and mentee' }).getByRole('link', { name: 'The Hijacker' }).click();
      await page.waitForURL(`${siteUrls[build]}articles/competition/#the-hijacker`);
      await expect(headingAtTop(page, 'the-hijacker')).resolves.toBe(true);

      await page.goto(`${siteUrls[build]}search/?q=sponsor`);
      await resultsFor(page, 'sponsor');
      await page.getByRole('list', { name: 'Matching sections of Glossary' }).getByRole('link', { name: 'Sponsor', exact: true }).click();
      await page.waitForURL(`${siteUrls[build]}glossary/#sponsor`);
      await expect(headingAtTop(page, 'sponsor')).resolves.toBe(true);
    } finally {
      await close();
    }
  });
});

/** Whether the element with this id is the fragment's target and sits at the top of the viewport. */
function headingAtTop(page: Page, id: string): Promise<boolean> {
  return page.evaluate((target) => {
    const element = document.getElementById(target);
    if (!element?.matches(':target')) return false;
    const { top } = element.getBoundingClientRect();
    return top >= 0 && top < 100;
  }, id);
}

describe.each(builds)('quick results in the header, on the site built at %s', (build) => {
  const base = new URL(siteUrls[build]).pathname;

  it('on an article page, load no JavaScript until the field is focused (here by /), then land on headings below the base path', async () => {
    const { page, watch, close } = await open(build, 'articles/competition/');
    try {
      await page.waitForLoadState('load');
      await page.waitForTimeout(200);
      expect(watch.scripts).toEqual([]);
      expect(watch.requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

      await page.keyboard.press('/');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-query');
      await page.keyboard.type('authorship', { delay: 30 });
      const announced = await quickResultsFor(page, 'authorship');
      const total = Number(announced.split(' ')[0]);
      expect(announced).toMatch(/^\d+ results? for “authorship”$/);
      expect(total).toBeGreaterThan(1);

      const panel = page.locator('[data-quick-results]');
      await expect(panel.isVisible()).resolves.toBe(true);
      const hrefs = await panel.locator('.quick-result a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.every((href) => href.startsWith(base))).toBe(true);
      expect(hrefs[0]).toMatch(new RegExp(`^${base}articles/competition/#`));
      const marks = await panel.locator('mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((mark) => /^authorship/i.test(mark))).toBe(true);
      await expect(panel.getByRole('link', { name: total > 4 ? `See all ${total} results` : /^Open the search page/ }).getAttribute('href')).resolves.toBe(
        `${base}search/?q=authorship`,
      );

      expect(watch.scripts.map((url) => new URL(url).pathname)).toEqual([
        expect.stringMatching(new RegExp(`^${base}_astro/header-search[^/]*\\.js$`)),
        `${base}pagefind/pagefind.js`,
      ]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the search field in the header', () => {
  const siteUrl = siteUrls.root;
  const article = 'articles/competition/';

  it('widens its quick results as the search page does, and says so', async () => {
    const { page, watch, close } = await open('root', article);
    try {
      await page.locator('#site-search-query').fill('friction or indifference');
      await expect(quickResultsFor(page, 'friction or indifference')).resolves.toBe('2 results for any of: friction, indifference');
      const panel = page.locator('[data-quick-results]');
      await expect(panel.locator('.quick-fallback').innerText()).resolves.toBe('Showing results for any of: friction, indifference. Fewer than 3 pages use every word you typed.');
      const hrefs = await panel.locator('.quick-result a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!.split('#')[0]));
      expect(hrefs.sort()).toEqual(['/articles/lack-of-commitment/', '/articles/personality-differences/']);

      await page.locator('#site-search-query').fill('authorship');
      await quickResultsFor(page, 'authorship');
      await expect(panel.locator('.quick-fallback').isHidden()).resolves.toBe(true);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('is a labelled field in a search landmark, reached by Tab, that submits to the search page', async () => {
    const { page, close } = await open('root', article);
    try {
      const field = page.getByRole('search').getByRole('searchbox', { name: 'Search the guide' });
      await expect(field.count()).resolves.toBe(1);
      // Its description tells screen reader users where the quick results appear.
      const described = await field.evaluate((input) =>
        (input.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent?.trim())
          .join(' '),
      );
      expect(described).toMatch(/^Results appear below as you type\. Press the down arrow/);
      await tabTo(page, '#site-search-query');
      await page.keyboard.type('credit');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${siteUrl}search/?q=credit`);
      await resultsFor(page, 'credit');
    } finally {
      await close();
    }
  });

  it('works without JavaScript', async () => {
    const { page, close } = await open('root', article, { javaScriptEnabled: false });
    try {
      await page.getByRole('searchbox', { name: 'Search the guide' }).fill('speed mentoring');
      await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(`${siteUrl}search/?q=speed+mentoring`);
      // Playwright's text locators skip <noscript>, whose content a browser without JavaScript shows.
      await expect(page.locator('.search-notice').innerText()).resolves.toMatch(/^Search needs JavaScript/);
      await expect(page.locator('.search-notice').isVisible()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it('moves through quick results with the arrow keys; Escape and Tab close them; Enter follows a link', async () => {
    const { page, close } = await open('root', article);
    try {
      await tabTo(page, '#site-search-query');
      await page.keyboard.type('indifference');
      await quickResultsFor(page, 'indifference');
      const panel = page.locator('[data-quick-results]');
      const links = await panel.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(links.length).toBeGreaterThanOrEqual(2);
      const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);

      await page.keyboard.press('ArrowDown');
      await expect(focusedHref()).resolves.toBe(links[0]);
      await page.keyboard.press('ArrowDown');
      await expect(focusedHref()).resolves.toBe(links[1]);
      await page.keyboard.press('ArrowUp');
      await expect(focusedHref()).resolves.toBe(links[0]);
      await page.keyboard.press('Escape');
      await expect(focusedHref()).resolves.toBe('site-search-query');
      await expect(panel.isHidden()).resolves.toBe(true);
      await expect(page.locator('#site-search-query').inputValue()).resolves.toBe('indifference');

      // Down arrow brings the results back; Tab past the last link closes them.
      await page.keyboard.press('ArrowDown');
      await expect(panel.isVisible()).resolves.toBe(true);
      await expect(focusedHref()).resolves.toBe(links[0]);
      for (let step = 1; step < links.length + 1; step++) await page.keyboard.press('Tab');
      await expect(panel.isHidden()).resolves.toBe(true);

      // A click on a result's text keeps the results open; a click elsewhere closes them.
      await page.locator('#site-search-query').focus();
      await expect(panel.isVisible()).resolves.toBe(true);
      await panel.locator('.quick-result__excerpt').first().click();
      await expect(panel.isVisible()).resolves.toBe(true);
      await page.locator('h1').click();
      await expect(panel.isHidden()).resolves.toBe(true);

      await page.locator('#site-search-query').focus();
      await expect(panel.isVisible()).resolves.toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(new URL(links[0]!, siteUrl).href);
      expect(links[0]).toMatch(/^\/articles\/lack-of-commitment\/#/);
      await expect(page.locator(`[id="${decodeURIComponent(links[0]!.split('#')[1]!)}"]`).count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });

  it.each(['authorship', 'zyxwvut', 'friction or indifference'])('passes axe in light and dark schemes and fits 320 px, with quick results for "%s"', async (query) => {
    const { page, watch, close } = await open('root', article);
    try {
      await page.locator('#site-search-query').fill(query);
      await quickResultsFor(page, query);
      await expectAccessibleEverywhere(page, `quick results for "${query}"`);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('on the search page, loads Pagefind only once the field is focused', async () => {
    const { page, watch, close } = await open('root', 'search/');
    try {
      await page.waitForLoadState('load');
      await page.waitForTimeout(200);
      expect(watch.requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
      await page.getByRole('searchbox', { name: /^Search articles/ }).focus();
      await expect.poll(() => watch.requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    } finally {
      await close();
    }
  });

  it('is focused by the / key, which types as usual in a form field', async () => {
    const { page, close } = await open('root', 'checklists/first-meeting/');
    try {
      await page.waitForSelector('.checklist[data-hydrated]');
      await page.keyboard.press('/');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-query');
      await page.keyboard.type('agenda');
      await expect(page.getByRole('searchbox', { name: 'Search the guide' }).inputValue()).resolves.toBe('agenda');

      await page.locator('.checklist summary').filter({ hasText: /note/i }).first().click();
      const note = page.getByRole('textbox', { name: /^Private note for/ }).first();
      await note.focus();
      await page.keyboard.type('a/b');
      await expect(note.inputValue()).resolves.toBe('a/b');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await expect(page.getByRole('searchbox', { name: 'Search the guide' }).inputValue()).resolves.toBe('agenda');
    } finally {
      await close();
    }
  });
});

describe('the search page', () => {
  const siteUrl = siteUrls.root;

  it('moves through results with the arrow keys, with visible focus, and / returns to the field', async () => {
    const { page, close } = await open('root', 'search/?q=credit');
    try {
      await resultsFor(page, 'credit');
      const field = page.getByRole('searchbox', { name: /^Search articles/ });
      await field.focus();
      const links = await page.locator('[data-search-list] a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      const focusedHref = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
      await page.keyboard.press('ArrowDown');
      await expect(focusedHref()).resolves.toBe(links[0]);
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style).toBe('solid');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(focusedHref()).resolves.toBe(links[2]);
      await page.keyboard.press('ArrowUp');
      await expect(focusedHref()).resolves.toBe(links[1]);
      await page.keyboard.press('Escape');
      await expect(focusedHref()).resolves.toBe('search-query');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.press('/');
      await expect(focusedHref()).resolves.toBe('search-query');
      await expect(field.inputValue()).resolves.toBe('credit');
    } finally {
      await close();
    }
  });

  it.each(['credit', 'zyxwvut', 'friction or indifference'])('passes axe in light and dark schemes and fits 320 px, showing the results for "%s"', async (query) => {
    const { page, watch, close } = await open('root', `search/?q=${encodeURIComponent(query)}`, { viewport: { width: 1280, height: 900 } });
    try {
      await resultsFor(page, query);
      await expectAccessibleEverywhere(page, `search page results for "${query}"`);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('finds the page that answers at least 95% of the relevance set\'s readers\' questions in its first three results', async () => {
    const { page, watch, close } = await openWatchedPage(shared.browser, new URL(siteUrl).origin);
    try {
      const results = await measureRelevance(page, siteUrl);
      const misses = results.filter((result) => !result.hit).map((result) => `“${result.query}”: ${result.top.join(', ') || 'nothing'} (expected ${result.expect.join(' or ')})`);
      expect(results.length).toBeGreaterThanOrEqual(50);
      expect(misses.length, `misses:\n${misses.join('\n')}`).toBeLessThanOrEqual(Math.floor(results.length * 0.05));
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows excerpts of what pages say, never their scaffolding: no "Why this matters", answer scales, progress or half citations', async () => {
    const { page, close } = await open('root', 'search/');
    try {
      // Words on checklists, self-assessments, tracks and articles that sat next to scaffolding.
      const queries = ['agree', 'disagree', 'goals', 'matters', 'done', 'private', 'colleagues', 'steps'];
      // Passed as text: the test runner would rewrite a dynamic import() in a function.
      const excerpts = (await page.evaluate(`(async (all) => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.options({ baseUrl: '/' });
        const found = [];
        for (const query of all) {
          const search = await pagefind.search(query);
          for (const result of search.results) {
            const data = await result.data();
            for (const excerpt of [data.excerpt, ...data.sub_results.map((section) => section.excerpt)]) {
              found.push({ query, url: data.url, excerpt: excerpt.replace(/<\\/?mark>/g, '') });
            }
          }
        }
        return found;
      })(${JSON.stringify(queries)})`)) as { query: string; url: string; excerpt: string }[];
      const kinds = new Set(excerpts.map(({ url }) => url.split('/')[1]));
      for (const kind of ['articles', 'assessments', 'checklists', 'tracks']) expect(kinds, `no excerpt from ${kind}`).toContain(kind);
      const scaffolding = [
        /why this matters/i,
        /strongly (dis)?agree|neither agree nor disagree|agree \/ /i,
        /\d+ of \d+ (done|steps)/i,
        /not done yet|next step\b|done when/i,
        /saved only in this browser\. Nothing is sent/i,
        /not letting this site save/i,
        // A citation number glued to a word ("study3", "colleagues2,4"), or a reference list's fragment.
        /\p{L}{3,}\d{1,2}(?:[,–-]\d{1,2})*(?=[\s.,;:]|$)|\bet al\.|doi:|\bReference \d/u,
      ];
      const shown = excerpts.filter(({ excerpt }) => scaffolding.some((pattern) => pattern.test(excerpt))).map(({ query, url, excerpt }) => `${query} → ${url}: ${excerpt}`);
      expect(shown).toEqual([]);

      // And on screen: the search page's excerpts for an answer-scale word.
      await search(page, 'agree');
      const onScreen = await page.locator('.search-result__excerpt').allTextContents();
      expect(onScreen.length).toBeGreaterThan(0);
      expect(onScreen.filter((text) => scaffolding.some((pattern) => pattern.test(text)))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('offers only the filters that would find something, and folds them away on small screens, usable by keyboard', async () => {
    const { page, watch, close } = await open('root', 'search/?q=hijacker', { viewport: { width: 1280, height: 900 } });
    try {
      await resultsFor(page, 'hijacker');
      const filters = page.locator('[data-search-filters]');
      const options = async () =>
        (await filters.getByRole('radio').evaluateAll((radios) => radios.filter((radio) => radio.checkVisibility()).map((radio) => radio.closest('label')!.textContent!.trim())));
      const visible = await options();
      expect(visible.length).toBeGreaterThan(1);
      expect(visible.filter((label) => /\(0\)$/.test(label))).toEqual([]);
      // The index has more content types than this search finds: those are hidden.
      await expect(filters.getByRole('radio', { name: /^Checklists/ }).isHidden()).resolves.toBe(true);
      await expect(filters.locator('summary').isHidden()).resolves.toBe(true);

      await page.setViewportSize({ width: 320, height: 640 });
      const summary = filters.locator('summary');
      await expect.poll(() => summary.isVisible()).toBe(true);
      await expect(summary.innerText()).resolves.toBe('Filter results');
      await expect(filters.getByRole('radio').first().isVisible()).resolves.toBe(false);
      // Results come first: the first result starts within the first screen.
      const firstResult = await page.locator('.search-result').first().boundingBox();
      expect(firstResult!.y).toBeLessThan(640);
      await expectNoAxeViolationsInBothSchemes(page, 'search page at 320 px, filters folded');

      await page.getByRole('searchbox', { name: /^Search articles/ }).focus();
      await tabTo(page, '[data-search-filters] summary');
      await page.keyboard.press('Enter');
      await expect.poll(() => filters.getByRole('radio', { name: /^Articles/ }).isVisible()).toBe(true);
      // Tab reaches the group's chosen option ("All"); the arrow keys choose the next one shown.
      await tabTo(page, '[data-search-filters] input[name="filter-type"]');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => filters.getByRole('radio', { name: /^Articles/ }).isChecked()).toBe(true);
      await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ results? for “hijacker” with these filters/);
      await expect(summary.innerText()).resolves.toBe('Filter results (1 on)');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolationsInBothSchemes(page, 'search page at 320 px, filters open');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('downloads at most 100 KB (gzip-compressed) of script, WebAssembly and index for a first search', async () => {
    const { page, close } = await openWatchedPage(shared.browser, new URL(siteUrl).origin);
    const bodies: Promise<number>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.includes('/pagefind/') || path.endsWith('.js')) bodies.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
    });
    try {
      await page.goto(`${siteUrl}search/?q=credit`);
      await resultsFor(page, 'credit');
      const bytes = (await Promise.all(bodies)).reduce((total, size) => total + size, 0);
      expect(bytes).toBeLessThanOrEqual(100 * 1024);
    } finally {
      await close();
    }
  });

  // The longest words in `npm run bench:search`, which went over when every keystroke downloaded its own results.
  it.each(['competition', 'conflict of interest', 'no-fault exit'])(
    'downloads at most 100 KB (gzip-compressed) for a first search typed quickly, “%s”, with its first page of results on screen',
    // A machine so loaded that the page takes a key more than 300 ms late sees a pause that was not
    // typed (and searches for the word so far); the old behaviour failed every run, so a retry
    // keeps this from flaking on a busy CI machine without hiding it.
    { retry: 2 },
    async (query) => {
      const { page, watch, close } = await openWatchedPage(shared.browser, new URL(siteUrl).origin);
      try {
        await page.goto(`${siteUrl}search/`, { waitUntil: 'load' });
        const bodies: Promise<number>[] = [];
        let fragments = 0;
        page.on('response', (response) => {
          const path = new URL(response.url()).pathname;
          if (path.endsWith('.pf_fragment')) fragments++;
          // Pagefind's index files are gzip files already; the rest as a host would compress them.
          if (path.includes('/pagefind/') || path.endsWith('.js')) bodies.push(response.body().then((body) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length)));
        });
        // Pagefind loads when the field gets focus: type once it is in and the page is idle, as a reader would a moment later.
        const loaded = page.waitForResponse((response) => response.url().endsWith('/pagefind/pagefind.js'));
        await page.focus('#search-query');
        await loaded;
        await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
        await (await typist(page, 150)).type(query);
        const total = Number((await resultsFor(page, query)).split(' ')[0]);
        const shown = Math.min(5, total);
        await expect.poll(() => page.locator('.search-result').count()).toBe(shown);
        // Only the results on screen were downloaded, none for the word half typed.
        expect(fragments).toBe(shown);
        const bytes = (await Promise.all(bodies)).reduce((sum, size) => sum + size, 0);
        expect(bytes).toBeLessThanOrEqual(100 * 1024);
        expect(watch.errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
