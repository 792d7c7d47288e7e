import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { tabTo } from '../support/assessments.ts';
import { openWatchedPage, useSharedBrowser } from '../support/browser.ts';
import { isArticlePage, listBuiltPages } from '../support/built-pages.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';

const siteUrl = inject('siteUrls').root;
const origin = new URL(siteUrl).origin;
const articles = listBuiltPages(SITE_BUILDS.root.outDir).filter(isArticlePage);
const shared = useSharedBrowser();

const ARTICLE = 'articles/first-meeting/';
const SECTION = 'how-to-prepare';

describe('links to the sections of an article', () => {
  it('gives every section of every article an anchor of its own and a link to it, named after the section', async () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    const { page, close } = await openWatchedPage(shared.browser, origin);
    try {
      for (const path of articles) {
        await page.goto(siteUrl + path);
        const sections = await page.locator('.article__body :is(h2, h3)').evaluateAll((headings) =>
          headings.map((heading) => {
            const link = heading.querySelector('a.section-link');
            return { id: heading.id, words: heading.textContent?.trim(), name: heading.getAttribute('aria-label'), href: link?.getAttribute('href'), linkName: link?.getAttribute('aria-label') };
          }),
        );
        expect(sections.length, path).toBeGreaterThan(0);
        expect(new Set(sections.map((section) => section.id)).size, `${path}: anchors are unique`).toBe(sections.length);
        for (const section of sections) {
          expect(section.id, path).toMatch(/^[\p{Ll}\p{N}-]+$/u);
          expect(section.href, `${path} ${section.id}`).toBe(`#${section.id}`);
          // The link adds no words to the heading (its "#" is drawn by CSS): the heading reads, and is indexed, as written.
          expect(section.name, `${path} ${section.id}`).toBe(section.words);
          expect(section.linkName, `${path} ${section.id}`).toBe(`Link to section: ${section.words}`);
        }
        await expect(page.locator('[id]').evaluateAll((elements) => elements.length - new Set(elements.map((element) => element.id)).size)).resolves.toBe(0);
      }
    } finally {
      await close();
    }
  });

  it('keeps the heading named by its own words, and the contents listing it under those words', async () => {
    const { page, close } = await openWatchedPage(shared.browser, origin);
    try {
      await page.goto(siteUrl + ARTICLE);
      await expect(page.getByRole('heading', { level: 2, name: 'How to prepare', exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'How to prepare', exact: true }).getAttribute('href')).resolves.toBe(`#${SECTION}`);
    } finally {
      await close();
    }
  });

  it('lands a shared link on its section', async () => {
    const { page, close } = await openWatchedPage(shared.browser, origin, { viewport: { width: 1280, height: 700 } });
    try {
      await page.goto(`${siteUrl}${ARTICLE}#${SECTION}`);
      const heading = page.locator(`#${SECTION}`);
      await expect(heading.evaluate((element) => element.matches(':target'))).resolves.toBe(true);
      const box = (await heading.boundingBox())!;
      expect(box.y, 'the section starts at the top of the window').toBeGreaterThanOrEqual(-1);
      expect(box.y).toBeLessThan(100);
    } finally {
      await close();
    }
  });

  it('reaches the link by keyboard, shows it on focus (hidden until then on a screen with a mouse), and follows it with Enter', async () => {
    const { page, close } = await openWatchedPage(shared.browser, origin, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(siteUrl + ARTICLE);
      const link = page.getByRole('link', { name: 'Link to section: How to prepare', exact: true });
      await expect(link.evaluate((element) => getComputedStyle(element).opacity)).resolves.toBe('0');
      await page.locator('h1').click();
      await tabTo(page, `a.section-link[href="#${SECTION}"]`, 80);
      await expect(link.evaluate((element) => getComputedStyle(element).opacity)).resolves.toBe('1');
      // The site's focus style: dark on yellow.
      await expect(link.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
      await expectNoAxeViolationsInBothSchemes(page, `${ARTICLE} with a section link focused`);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${siteUrl}${ARTICLE}#${SECTION}`);
    } finally {
      await close();
    }
  });

  it('shows the link when the pointer is over the heading, and always on a touch screen', async () => {
    const desktop = await openWatchedPage(shared.browser, origin, { viewport: { width: 1280, height: 900 } });
    try {
      await desktop.page.goto(siteUrl + ARTICLE);
      await desktop.page.locator(`#${SECTION}`).hover({ position: { x: 5, y: 5 } });
      await expect(desktop.page.locator(`#${SECTION} .section-link`).evaluate((element) => getComputedStyle(element).opacity)).resolves.toBe('1');
    } finally {
      await desktop.close();
    }
    const phone = await openWatchedPage(shared.browser, origin, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    try {
      await phone.page.goto(siteUrl + ARTICLE);
      await expect(phone.page.evaluate(() => matchMedia('(hover: none)').matches)).resolves.toBe(true);
      await expect(phone.page.locator(`#${SECTION} .section-link`).evaluate((element) => getComputedStyle(element).opacity)).resolves.toBe('1');
      await expectNoAxeViolationsInBothSchemes(phone.page, `${ARTICLE} on a phone`);
    } finally {
      await phone.close();
    }
  });

  it('leaves the links out of print and out of search results', async () => {
    const { page, close } = await openWatchedPage(shared.browser, origin);
    try {
      await page.goto(siteUrl + ARTICLE);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator(`#${SECTION} .section-link`).isVisible()).resolves.toBe(false);
      await page.emulateMedia({ media: 'screen' });
      // The section's own words, asked all at once (a /search/?q= link shows the first five
      // results together; typing shows two first), so that its article is among them.
      await page.goto(`${siteUrl}search/?q=${encodeURIComponent('how to prepare')}`);
      await page.waitForSelector('[data-search-results][aria-busy="false"][data-search-query="how to prepare"]');
      const results = await page.locator('[data-search-results]').innerText();
      expect(results).toContain('How to prepare');
      expect(results).not.toContain('Link to section');
    } finally {
      await close();
    }
  });
});
