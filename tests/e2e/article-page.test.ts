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

    const citation = session.page.locator('.article__body .cite a').first();
    await expect(citation.textContent()).resolves.toBe('Straus et al., 2013');
    await citation.click();
    expect(new URL(session.page.url()).hash).toBe('#ref-straus-2013');
  });

  it('keeps the spaces around citations and links in the text', async () => {
    const body = await session.page.locator('.article__body').innerText();
    expect(body).toMatch(/[a-z] \(Straus et al\., 2013\)[.,;]/);
    expect(body).not.toMatch(/\w\(Straus/);
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
  it('drops navigation and writes out the address of links', async () => {
    await session.page.goto(`${siteUrl}articles/effective-mentor/`);
    await session.page.emulateMedia({ media: 'print' });
    try {
      await expect(session.page.locator('.site-header nav').isVisible()).resolves.toBe(false);
      await expect(session.page.locator('.toc').isVisible()).resolves.toBe(false);
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
