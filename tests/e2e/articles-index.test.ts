import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrls').root;
const session = useBrowser();

/** The audiences an article page says it was written for ("Mentors, Mentees"). */
async function audiencesOf(articleUrl: string): Promise<string> {
  const articlePage = await session.browser.newPage();
  await articlePage.goto(articleUrl);
  const meta = await articlePage.locator('.article-meta').innerText();
  await articlePage.close();
  return meta.match(/Written for\s+(.+)/)?.[1] ?? '';
}

async function listedArticleLinks(): Promise<{ title: string; href: string }[]> {
  return session.page
    .locator('main .article-list a')
    .evaluateAll((links) => links.map((link) => ({ title: link.textContent ?? '', href: (link as HTMLAnchorElement).href })));
}

describe('the articles index', () => {
  it('groups every article under its topic heading', async () => {
    await session.page.goto(`${siteUrl}articles/`);
    const topics = await session.page.locator('main section > h2').allTextContents();
    expect(topics.length).toBeGreaterThanOrEqual(3);
    expect(topics[0]).toBe('Why mentoring matters');
    const articles = await listedArticleLinks();
    expect(articles.length).toBeGreaterThanOrEqual(5);
    await expect(session.page.locator('main').innerText()).resolves.toContain(`${articles.length} articles in ${topics.length} topics`);
    const allLink = session.page.getByRole('navigation', { name: 'Show articles for' }).getByRole('link', { name: 'All articles' });
    await expect(allLink.getAttribute('aria-current')).resolves.toBe('page');
  });

  it.each([
    ['Mentors', 'mentor'],
    ['Mentees', 'mentee'],
    ['Institutions', 'institution'],
  ])('filters to the articles written for %s', async (label, audience) => {
    await session.page.goto(`${siteUrl}articles/`);
    const everything = await listedArticleLinks();
    await session.page.getByRole('navigation', { name: 'Show articles for' }).getByRole('link', { name: label }).click();
    await session.page.waitForURL(`**/articles/audience/${audience}/`);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Articles for ${label.toLowerCase()}`);
    const filtered = await listedArticleLinks();
    expect(filtered.length).toBeGreaterThan(0);
    for (const article of everything) {
      const writtenFor = await audiencesOf(article.href);
      const shown = filtered.some((candidate) => candidate.href === article.href);
      expect(shown, `${article.title} (written for ${writtenFor})`).toBe(writtenFor.includes(label));
    }
  });
});

describe('the home page', () => {
  it('opens with three first actions, each one button away from its tool, above the fold on a laptop', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await page.goto(siteUrl);
      const actions = page.locator('[data-first-action]');
      await expect(actions.count()).resolves.toBe(3);
      const expected = [
        { button: /^Take the \d+-minute check-up$/, lands: 'Relationship health check' },
        { button: /^Plan your first meeting$/, lands: /first meeting/i },
        { button: /^Write your agreement$/, lands: /agreement/i },
      ];
      for (const [index, { button, lands }] of expected.entries()) {
        const link = actions.nth(index).getByRole('link', { name: button });
        // Styled as the site's primary button, and wholly visible without scrolling.
        await expect(link.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
        const box = (await link.boundingBox())!;
        expect(box.y + box.height, `"${await link.innerText()}" is above the fold`).toBeLessThanOrEqual(768);
        await link.click();
        await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(lands);
        await page.goBack();
      }
      // Then the audiences, then the tools, then the reading lists.
      const headings = await page.locator('main h2:not(.visually-hidden)').allInnerTexts();
      expect(headings).toEqual(['Guidance for your role', 'Self-assessments and checklists', 'Browse by topic']);
    } finally {
      await page.close();
    }
  });

  it('puts the sections behind a Menu button on a phone, which opens by keyboard and without script', async () => {
    const context = await session.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${siteUrl}articles/effective-mentor/`);
      const button = page.locator('summary', { hasText: 'Menu' });
      await expect(button.isVisible()).resolves.toBe(true);
      // One row for the name and the button: they share a top edge within a few pixels.
      const [name, buttonBox] = [(await page.locator('.site-header__brand').boundingBox())!, (await button.boundingBox())!];
      expect(Math.abs(name.y + name.height / 2 - (buttonBox.y + buttonBox.height / 2))).toBeLessThan(12);
      await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(0);
      await button.focus();
      await page.keyboard.press('Enter');
      const nav = page.getByRole('navigation', { name: 'Main' });
      await expect(nav.count()).resolves.toBe(1);
      await expect(nav.getByRole('link').allInnerTexts()).resolves.toContain('Self-assessments');
      await expect(nav.locator('a[aria-current]').innerText()).resolves.toBe('Articles');
      await nav.getByRole('link', { name: 'Glossary' }).click();
      await page.waitForURL(`${siteUrl}glossary/`);
    } finally {
      await context.close();
    }
  });

  it('routes mentees, mentors and institutions to where they should start', async () => {
    await session.page.goto(siteUrl);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Make mentoring relationships work');
    for (const [route, firstArticle] of [
      ['I am a mentee', 'The effective mentee'],
      ['I am a mentor', 'The effective mentor'],
      ['I run a programme', 'Why mentoring matters'],
    ] as const) {
      const card = session.page.locator('.routes > li', { has: session.page.getByRole('heading', { name: route }) });
      await card.getByRole('link', { name: firstArticle }).click();
      await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        firstArticle === 'Why mentoring matters' ? 'Why mentoring matters' : firstArticle,
      );
      await session.page.goBack();
    }
  });
});

describe('the 404 page', () => {
  it('explains the problem and offers a way on to every article', async () => {
    const response = await session.page.goto(`${siteUrl}articles/old-address/`);
    expect(response?.status()).toBe(404);
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await expect(session.page.getByRole('main').getByRole('link', { name: 'all articles', exact: true }).getAttribute('href')).resolves.toBe('/articles/');
    expect(await session.page.locator('main section a').count()).toBeGreaterThanOrEqual(5);
  });
});
