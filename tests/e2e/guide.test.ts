import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { isArticlePage, listBuiltPages } from '../support/built-pages.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';

const siteUrl = inject('siteUrls').root;
const articlePaths = listBuiltPages(SITE_BUILDS.root.outDir).filter(isArticlePage);
const session = useBrowser();

async function linkedPaths(url: string, scope: string): Promise<string[]> {
  await session.page.goto(url);
  return session.page
    .locator(`${scope} a`)
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

describe('the complete guide', () => {
  it('lists every article on the articles index', async () => {
    const listed = await linkedPaths(`${siteUrl}articles/`, 'main .article-list');
    expect(listed.sort()).toEqual(articlePaths.map((path) => `/${path}`).sort());
  });

  it('reaches every topic from the home page', async () => {
    const topicLinks = await linkedPaths(siteUrl, 'main .topics');
    await session.page.goto(`${siteUrl}articles/`);
    const topicIds = await session.page.locator('main section > h2').evaluateAll((headings) => headings.map((h) => h.id));
    expect(topicLinks.length).toBe(topicIds.length);
    await session.page.goto(siteUrl);
    const hashes = await session.page
      .locator('main .topics a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)));
    expect(hashes.sort()).toEqual(topicIds.sort());
  });
});

describe('reference downloads', () => {
  it.each(articlePaths)('/%s offers its references as BibTeX and RIS, one entry per listed reference', async (path) => {
    await session.page.goto(siteUrl + path);
    const listed = await session.page.locator('.references ol > li').count();
    expect(listed).toBeGreaterThan(0);
    const bibLink = session.page.getByRole('link', { name: 'BibTeX (.bib)' });
    const risLink = session.page.getByRole('link', { name: 'RIS (.ris)' });
    const bibtex = await (await fetch(new URL((await bibLink.getAttribute('href'))!, siteUrl))).text();
    const ris = await (await fetch(new URL((await risLink.getAttribute('href'))!, siteUrl))).text();
    expect(bibtex.match(/^@\w+\{/gm)).toHaveLength(listed);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(listed);
    const firstDoi = await session.page.locator('.references a[href^="https://doi.org/"]').first().textContent();
    if (firstDoi) {
      const doi = firstDoi.replace(/^doi:/, '');
      expect(bibtex).toContain(`doi = {${doi}}`);
      expect(ris).toContain(`DO  - ${doi}`);
    }
  });
});

describe('the glossary', () => {
  it('is linked from every page header and defines terms in alphabetical order', async () => {
    await session.page.goto(`${siteUrl}articles/`);
    await session.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await session.page.waitForURL(`${siteUrl}glossary/`);
    const terms = await session.page.locator('dl.glossary dt').allTextContents();
    expect(terms.length).toBeGreaterThanOrEqual(10);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('links each term to the article that explains it', async () => {
    await session.page.goto(`${siteUrl}glossary/`);
    const term = session.page.locator('.glossary__entry', { has: session.page.locator('dt#no-fault-exit') });
    await expect(term.locator('dd').innerText()).resolves.toMatch(/without blame/);
    await term.getByRole('link').click();
    await session.page.waitForURL(`${siteUrl}articles/ending-well/`);
    await expect(session.page.locator('main').innerText()).resolves.toMatch(/no-fault/i);
  });

  it('lets a deep link land on a term', async () => {
    await session.page.goto(`${siteUrl}glossary/#sponsor`);
    const inView = await session.page.locator('dt#sponsor').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });
});
