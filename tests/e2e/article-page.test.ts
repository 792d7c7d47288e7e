import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrls').root;
const session = useBrowser({ viewport: { width: 1280, height: 900 } });

describe('an article page', () => {
  beforeAll(async () => {
    await session.page.goto(`${siteUrl}articles/effective-mentor/`);
  });

  it('shows the title, reading time, last-reviewed date and audiences', async () => {
    await expect(session.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('The effective mentor');
    const meta = await session.page.locator('.article-meta').innerText();
    expect(meta).toMatch(/Reading time\s+\d+ min/);
    expect(meta).toMatch(/Last reviewed\s+\d{1,2} \w+ 20\d\d/);
    expect(meta).toMatch(/Written for\s+Mentors, Mentees, Institutions/);
    await expect(session.page.locator('.article-meta time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has a table of contents whose links land on each section', async () => {
    const toc = session.page.getByRole('navigation', { name: 'On this page' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(4);
    const sectionLink = links.nth(1);
    const href = await sectionLink.getAttribute('href');
    await sectionLink.click();
    expect(session.page.url()).toContain(href!);
    const heading = session.page.locator(`[id="${href!.slice(1)}"]`);
    expect(await heading.evaluate((element) => element.tagName)).toMatch(/^H[23]$/);
    await expect(heading.isVisible()).resolves.toBe(true);
  });

  it('keeps a long table of contents within a short laptop screen, scrolling on its own, and marks the section being read', async () => {
    // A 1366x768 laptop, less the browser's own toolbars.
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 600 } });
    try {
      // The longest contents of any article.
      await page.goto(`${siteUrl}articles/warning-signs/`);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const section = page.locator('h2#what-mentors-can-do');
      await section.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 40);
      const box = (await toc.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, 'the contents end on screen').toBeLessThanOrEqual(600);
      const scrolls = await toc.evaluate((element) => element.scrollHeight > element.clientHeight && getComputedStyle(element).overflowY === 'auto');
      expect(scrolls).toBe(true);
      // The entry for the section on screen is bold and barred; the others are not.
      await expect
        .poll(() => toc.locator('a').evaluateAll((links) => links.filter((link) => getComputedStyle(link).fontWeight === '700').map((link) => link.textContent?.trim())))
        .toEqual(['What mentors can do']);
      // Entries that wrap keep their second line under their first.
      const wrapped = toc.getByRole('link', { name: 'Name the behaviour, not the person' });
      const lines = await wrapped.evaluate((link) => {
        const range = document.createRange();
        range.selectNodeContents(link);
        return [...range.getClientRects()].map((rect) => Math.round(rect.left));
      });
      expect(lines.length, 'the entry wraps').toBeGreaterThanOrEqual(2);
      expect(new Set(lines).size).toBe(1);
    } finally {
      await page.close();
    }
  });

  it("lists the other articles of its topic, with the reader's place marked", async () => {
    const topicNav = session.page.getByRole('navigation', { name: /^In this topic/ });
    await expect(topicNav.innerText()).resolves.toMatch(/Article \d+ of \d+/);
    const current = topicNav.locator('a[aria-current="page"]');
    await expect(current.innerText()).resolves.toBe('The effective mentor');
    await expect(current.evaluate((link) => getComputedStyle(link).fontWeight)).resolves.toBe('700');
    expect(await topicNav.locator('ol a').count()).toBeGreaterThanOrEqual(2);
  });

  it('lists references with DOI and PubMed links, and citations that point to them', async () => {
    const references = session.page.getByRole('region', { name: 'References' });
    const straus = references.locator('#ref-straus-2013');
    const text = await straus.innerText();
    expect(text).toContain('Straus SE, Johnson MO, Marquez C, Feldman MD.');
    expect(text).toContain('Acad Med. 2013;88(1):82-89.');
    await expect(straus.getByRole('link', { name: 'doi:10.1097/ACM.0b013e31827647a0' }).getAttribute('href')).resolves.toBe(
      'https://doi.org/10.1097/ACM.0b013e31827647a0',
    );
    await expect(straus.getByRole('link', { name: 'PubMed 23165266' }).getAttribute('href')).resolves.toBe(
      'https://pubmed.ncbi.nlm.nih.gov/23165266/',
    );

    // Citations are superscript numbers, numbered by the order of the reference list, each named for its work.
    const numbers = session.page.locator('.article__body sup.cite a');
    expect(await numbers.count()).toBeGreaterThanOrEqual(3);
    const listed = await references.locator('ol > li').evaluateAll((items) => items.map((item) => item.id));
    for (const link of await numbers.all()) {
      const number = Number(await link.textContent());
      await expect(link.getAttribute('href')).resolves.toBe(`#${listed[number - 1]}`);
    }
    const strausNumber = listed.indexOf('ref-straus-2013') + 1;
    const citation = session.page.getByRole('link', { name: `Reference ${strausNumber}, Straus et al., 2013` }).first();
    await expect(citation.textContent()).resolves.toBe(String(strausNumber));
    await expect(citation.evaluate((link) => getComputedStyle(link.parentElement!).verticalAlign)).resolves.toBe('super');
    await citation.click();
    expect(new URL(session.page.url()).hash).toBe('#ref-straus-2013');
  });

  it('numbers the first citation 1 and the rest in the order they first appear', async () => {
    const firstSeen: number[] = [];
    for (const number of await session.page.locator('.article__body sup.cite a').allTextContents()) {
      if (!firstSeen.includes(Number(number))) firstSeen.push(Number(number));
    }
    expect(firstSeen).toEqual(firstSeen.map((_, index) => index + 1));
  });

  it('keeps the spaces around links in the text, and sets each citation number against its word', async () => {
    const body = await session.page.locator('.article__body').innerText();
    expect(body).not.toMatch(/\w\(Straus/);
    const linked = await session.page.locator('.article__body p a:not(sup a)').first().innerText();
    expect(body).toMatch(new RegExp(`\\w ${linked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    // No space between the cited words and their number ("do.1", not "do .1" or "do 1").
    const before = await session.page.locator('.article__body sup.cite').evaluateAll((sups) => sups.map((sup) => sup.previousSibling?.textContent?.slice(-1)));
    expect(before.filter((character) => character === ' ')).toEqual([]);
  });

  it('links related articles and the previous and next articles in reading order', async () => {
    const related = session.page.getByRole('region', { name: 'Related articles' });
    expect(await related.getByRole('link').count()).toBeGreaterThanOrEqual(2);
    const pager = session.page.getByRole('navigation', { name: 'Previous and next articles' });
    const previous = pager.locator('a[rel="prev"]');
    const next = pager.locator('a[rel="next"]');
    await expect(previous.innerText()).resolves.toMatch(/^Previous\s+\S/);
    await expect(next.innerText()).resolves.toMatch(/^Next\s+\S/);
    await next.click();
    await session.page.waitForURL(/\/articles\/(?!effective-mentor\/)[^/]+\/$/);
    const back = session.page.getByRole('navigation', { name: 'Previous and next articles' }).locator('a[rel="prev"]');
    await expect(back.getAttribute('href')).resolves.toBe('/articles/effective-mentor/');
  });

  it('marks an invented scenario as an example in words', async () => {
    await session.page.goto(`${siteUrl}articles/effective-mentor/`);
    const example = session.page.getByRole('complementary', { name: /^Example: / });
    await expect(example.innerText()).resolves.toMatch(/^EXAMPLE|^Example/i);
    await expect(example.innerText()).resolves.toContain('invented scenario');
  });
});

describe('keyboard use', () => {
  it('offers a skip link first that moves focus to the main content', async () => {
    await session.page.goto(`${siteUrl}articles/effective-mentee/`);
    await session.page.keyboard.press('Tab');
    const focused = session.page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('Skip to main content');
    await expect(focused.isVisible()).resolves.toBe(true);
    const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await session.page.keyboard.press('Enter');
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await session.page.keyboard.press('Tab');
    await expect(session.page.locator(':focus').evaluate((element) => element.closest('main') !== null)).resolves.toBe(true);
  });

  it('marks the section it belongs to in the navigation, by a bar as well as colour, with no underlines', async () => {
    await session.page.goto(`${siteUrl}articles/effective-mentor/`);
    const nav = session.page.getByRole('navigation', { name: 'Main' });
    const marked = await nav.locator('a[aria-current]').evaluateAll((links) =>
      links.map((link) => ({ text: link.textContent?.trim(), current: link.getAttribute('aria-current'), bar: parseFloat(getComputedStyle(link).borderBottomWidth) })),
    );
    expect(marked).toEqual([{ text: 'Articles', current: 'true', bar: 3 }]);
    const underlined = await nav.locator('a').evaluateAll((links) => links.filter((link) => getComputedStyle(link).textDecorationLine.includes('underline')).length);
    expect(underlined).toBe(0);
    await session.page.goto(`${siteUrl}articles/`);
    await expect(nav.locator('a[aria-current="page"]').innerText()).resolves.toBe('Articles');
  });

  it('shows a visible focus indicator on links', async () => {
    await session.page.goto(siteUrl);
    for (let i = 0; i < 3; i++) await session.page.keyboard.press('Tab');
    const focusStyle = await session.page.locator(':focus').evaluate((element) => {
      const style = getComputedStyle(element);
      // The error colour, resolved the same way as the outline's.
      const probe = document.createElement('span');
      probe.style.color = 'var(--color-error)';
      document.body.append(probe);
      const error = getComputedStyle(probe).color;
      probe.remove();
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor, error, ring: style.boxShadow };
    });
    expect(focusStyle.style).toBe('solid');
    expect(focusStyle.width).toBeGreaterThanOrEqual(2);
    // Yellow with a dark edge, never the error colour.
    expect(focusStyle.colour).toBe('rgb(255, 221, 0)');
    expect(focusStyle.error).toMatch(/^rgb/);
    expect(focusStyle.colour).not.toBe(focusStyle.error);
    expect(focusStyle.ring).toContain('rgb(11, 12, 12)');
  });
});

describe('printing', () => {
  it('drops navigation, search and the web footer, and writes out the address of links', async () => {
    await session.page.goto(`${siteUrl}articles/effective-mentor/`);
    await session.page.emulateMedia({ media: 'print' });
    try {
      await expect(session.page.locator('.site-header nav, .site-header summary, .site-header input').filter({ visible: true }).count()).resolves.toBe(0);
      await expect(session.page.getByRole('contentinfo').isVisible()).resolves.toBe(false);
      await expect(session.page.locator('.site-header__name').isVisible(), "the guide's name heads the handout").resolves.toBe(true);
      await expect(session.page.locator('.toc').isVisible()).resolves.toBe(false);
      await expect(session.page.locator('.topic-nav').isVisible()).resolves.toBe(false);
      await expect(session.page.locator('.pager').isVisible()).resolves.toBe(false);
      await expect(session.page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
      const doiLink = session.page.locator('#ref-straus-2013 a').first();
      const printed = await doiLink.evaluate((element) => getComputedStyle(element, '::after').content);
      expect(printed).toContain('https://doi.org/10.1097/ACM.0b013e31827647a0');
    } finally {
      await session.page.emulateMedia({ media: 'screen' });
    }
  });
});
