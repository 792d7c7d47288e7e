import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { listBuiltPages } from '../support/built-pages.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';
import northfield from '../fixtures/northfield.config.ts';

const siteUrl = inject('siteUrls').subpath;
const { SITE_URL: PUBLIC_URL } = SITE_BUILDS.subpath.env;
const { name: SUBPATH_NAME, institution, contacts, welcome } = northfield;
const { name: HOSTED_BY, url: HOSTED_BY_URL, logo: LOGO } = institution;
const origin = new URL(siteUrl).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the site built below /mentoring/', () => {
  it.each(listBuiltPages(SITE_BUILDS.subpath.outDir))('loads /mentoring/%s with all its assets', async (path) => {
    const { page, watch, close } = await openWatchedPage(browser, origin);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && response.url() !== siteUrl + path) failed.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(siteUrl + path);
      expect(failed).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(styled, 'the site stylesheet applies').toContain('system-ui');
    } finally {
      await close();
    }
  });

  it('keeps navigation inside the base path', async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    try {
      await page.goto(siteUrl);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
      await page.waitForURL(`${siteUrl}articles/`);
      await page.getByRole('navigation', { name: 'Show articles for' }).getByRole('link', { name: 'Mentors' }).click();
      await page.waitForURL(`${siteUrl}articles/audience/mentor/`);
      await page.locator('main .article-list a').first().click();
      await page.waitForURL(new RegExp(`^${siteUrl}articles/[^/]+/$`));
      await page.getByRole('banner').getByRole('link', { name: SUBPATH_NAME }).click();
      expect(page.url()).toBe(siteUrl);
    } finally {
      await close();
    }
  });

  it("carries the institution's own name and logo, and says who provides the copy; the guide at the root does not", async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    try {
      await page.goto(`${siteUrl}articles/effective-mentor/`);
      await expect(page.title()).resolves.toBe(`The effective mentor | ${SUBPATH_NAME}`);
      await expect(page.getByRole('banner').getByRole('link', { name: SUBPATH_NAME }).count()).resolves.toBe(1);
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByText(`This copy of the guide is provided by ${HOSTED_BY}.`).count()).resolves.toBe(1);
      await expect(footer.getByRole('link', { name: HOSTED_BY }).getAttribute('href')).resolves.toBe(HOSTED_BY_URL);
      await expect(footer.textContent()).resolves.toContain(`${SUBPATH_NAME} offers general guidance on mentoring.`);
      // The institution's logo beside the guide's name, named by the institution, loaded from below the base path.
      const logo = page.getByRole('banner').getByRole('img', { name: HOSTED_BY });
      await expect(logo.getAttribute('src')).resolves.toBe(`/mentoring${LOGO}`);
      await expect(logo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).resolves.toBeGreaterThan(0);

      await page.goto(`${inject('siteUrls').root}articles/effective-mentor/`);
      await expect(page.title()).resolves.toBe('The effective mentor | Mentorship Guide');
      await expect(page.getByRole('contentinfo').getByText(/This copy of the guide is provided by/).count()).resolves.toBe(0);
      await expect(page.getByRole('banner').getByRole('img').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it('prints each page with its public address and a QR code; the guide built without one prints neither', async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    try {
      const address = `${PUBLIC_URL}/mentoring/checklists/first-meeting/`;
      await page.goto(`${siteUrl}checklists/first-meeting/`);
      const printed = page.locator('.printed-address');
      await expect(printed.isHidden()).resolves.toBe(true);
      await page.emulateMedia({ media: 'print' });
      await expect(printed.isVisible()).resolves.toBe(true);
      await expect(printed.innerText()).resolves.toBe(`This page online:\n${address}`);
      const code = await printed.locator('svg.qr-code').boundingBox();
      // 24 mm square at 96 CSS pixels to the inch.
      expect(Math.round(code!.width)).toBe(91);
      expect(Math.round(code!.height)).toBe(91);

      // Links within the site print in full when the public address is known; links elsewhere as they are.
      const printedAfter = (selector: string) =>
        page.locator(selector).first().evaluate((link) => getComputedStyle(link, '::after').content);
      await expect(printedAfter('main a[href^="/mentoring/articles/"]')).resolves.toMatch(
        new RegExp(`^" \\(${PUBLIC_URL.replace(/\./g, '\\.')}/mentoring/articles/[a-z-]+/\\)"$`),
      );

      await page.goto(`${inject('siteUrls').root}checklists/first-meeting/`);
      await expect(page.locator('.printed-address').count()).resolves.toBe(0);
      // Without a public address, a path alone would be no use on paper: nothing is printed after the link.
      await expect(printedAfter('main a[href^="/articles/"]')).resolves.toBe('none');
    } finally {
      await close();
    }
  });
});

describe("the institution's settings from its config file", () => {
  /** The colour a property resolves to on the page, as the browser computes it ("rgb(…)"). */
  const accentOf = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--color-accent)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });

  it('colours links and buttons in its accent, in the light scheme and a derived lighter shade in the dark; the guide keeps its teal', async () => {
    const { page, watch, close } = await openWatchedPage(browser, origin);
    try {
      await page.goto(siteUrl);
      // #7a1f5c, as set in the config.
      await expect(accentOf(page)).resolves.toBe('rgb(122, 31, 92)');
      const button = page.locator('.first-action .button').first();
      await expect(button.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe('rgb(122, 31, 92)');
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await accentOf(page);
      expect(dark).not.toBe('rgb(122, 31, 92)');
      expect(dark).not.toBe('rgb(127, 207, 224)');
      expect(watch.cspViolations, 'the inline accent style is allowed by the CSP').toEqual([]);
      await expectNoAxeViolationsInBothSchemes(page, 'home page in the institution\'s accent');

      await page.goto(inject('siteUrls').root);
      await page.emulateMedia({ colorScheme: 'light' });
      await expect(accentOf(page)).resolves.toBe('rgb(10, 92, 112)');
    } finally {
      await close();
    }
  });

  it('welcomes readers on the home page in its own words; the guide at the root has no welcome', async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    try {
      await page.goto(siteUrl);
      await expect(page.getByRole('main').getByText(welcome).isVisible()).resolves.toBe(true);
      await page.goto(inject('siteUrls').root);
      await expect(page.locator('.home-welcome').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it("features its own tracks on the home page, in the config's order, its local track among them; the guide at the root features none", async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    try {
      await page.goto(siteUrl);
      const section = page.getByRole('region', { name: `Tracks for ${HOSTED_BY}` });
      const titles = await section.getByRole('heading', { level: 3 }).allTextContents();
      expect(titles.map((title) => title.trim())).toEqual(['Northfield faculty induction', 'New mentee']);
      await section.getByRole('link', { name: 'Northfield faculty induction' }).click();
      await page.waitForURL(`${siteUrl}tracks/northfield-induction/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Northfield faculty induction');
      await expect(page.getByRole('main').getByRole('link', { name: 'The Northfield mentoring scheme' }).getAttribute('href')).resolves.toBe('/mentoring/articles/northfield-scheme/?track=northfield-induction&step=1');

      await page.goto(inject('siteUrls').root);
      await expect(page.locator('[data-featured-tracks]').count()).resolves.toBe(0);
      await expect(fetch(`${inject('siteUrls').root}tracks/northfield-induction/`).then((response) => response.status)).resolves.toBe(404);
    } finally {
      await close();
    }
  });

  it('lists its contacts in every footer, linked to a contacts page that gives each way to reach them', async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    try {
      await page.goto(`${siteUrl}glossary/`);
      const footer = page.getByRole('contentinfo');
      await expect(footer.getByRole('heading', { name: `Who to ask at ${HOSTED_BY}` }).count()).resolves.toBe(1);
      for (const contact of contacts) await expect(footer.getByText(contact.role, { exact: true }).count()).resolves.toBe(1);
      await expect(footer.getByRole('link', { name: 'mentoring@northfield.example' }).getAttribute('href')).resolves.toBe('mailto:mentoring@northfield.example');
      await expect(footer.getByRole('link', { name: '+44 20 7946 0000' }).getAttribute('href')).resolves.toBe('tel:+442079460000');

      await footer.getByRole('link', { name: 'Who to ask for help' }).click();
      await page.waitForURL(`${siteUrl}contacts/`);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Who to ask for help');
      await expect(main.textContent()).resolves.toContain(`these people at ${HOSTED_BY} can help`);
      await expect(main.getByText('Dr Ada Example').count()).resolves.toBe(1);
      await expect(main.getByRole('link', { name: 'Web page of the Staff wellbeing service' }).getAttribute('href')).resolves.toBe('https://med.northfield.example/wellbeing');
      await expect(main.getByRole('link', { name: 'ombuds@northfield.example' }).count()).resolves.toBe(1);
      await expectNoAxeViolationsInBothSchemes(page, 'contacts page with local contacts');
    } finally {
      await close();
    }
  });

  it('shows "Who to ask here" with its contacts on the warning-signs article, and not on an article about something else', async () => {
    const { page, watch, close } = await openWatchedPage(browser, origin);
    try {
      await page.goto(`${siteUrl}articles/warning-signs/`);
      const box = page.getByRole('complementary', { name: 'Who to ask here' });
      await expect(box.textContent()).resolves.toContain(`these people at ${HOSTED_BY} can help`);
      for (const contact of contacts) await expect(box.getByText(contact.role, { exact: true }).count()).resolves.toBe(1);
      await expect(box.getByRole('link', { name: 'Who to ask for help' }).getAttribute('href')).resolves.toBe('/mentoring/contacts/');
      expect(watch.scripts, 'the article still requests no script').toEqual([]);
      await expectNoAxeViolationsInBothSchemes(page, 'warning-signs article with local contacts');

      await page.goto(`${siteUrl}articles/effective-mentor/`);
      await expect(page.getByRole('complementary', { name: 'Who to ask here' }).count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it('says whom to ask in general where the guide at the root has no contacts', async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    const root = inject('siteUrls').root;
    try {
      for (const article of ['warning-signs', 'conflicts-of-interest', 'ending-well']) {
        await page.goto(`${root}articles/${article}/`);
        const box = page.getByRole('complementary', { name: 'Who to ask here' });
        await expect(box.textContent(), article).resolves.toContain('most institutions have');
        await expect(box.getByText('An ombudsperson, if your institution has one').count(), article).resolves.toBe(1);
      }
      await expect(page.getByRole('contentinfo').innerText().then((text) => text.replace(/\s+/g, ' '))).resolves.toContain('Ask your programme lead, your department chair, an ombudsperson or your occupational health or wellbeing service.');
      await page.goto(`${root}contacts/`);
      await expect(page.getByRole('main').getByText('Occupational health or the staff wellbeing service').count()).resolves.toBe(1);
      await expectNoAxeViolationsInBothSchemes(page, 'contacts page without local contacts');
    } finally {
      await close();
    }
  });

  it('lists its own article beside the shipped ones, and shows its own version of a shipped checklist; the guide at the root has neither', async () => {
    const { page, close } = await openWatchedPage(browser, origin);
    const root = inject('siteUrls').root;
    try {
      await page.goto(`${siteUrl}articles/`);
      await page.getByRole('main').getByRole('link', { name: 'The Northfield mentoring scheme' }).click();
      await page.waitForURL(`${siteUrl}articles/northfield-scheme/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('The Northfield mentoring scheme');
      await page.goto(`${siteUrl}checklists/programme-set-up/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Setting up mentoring at Northfield');

      await expect(fetch(`${root}articles/northfield-scheme/`).then((response) => response.status)).resolves.toBe(404);
      await page.goto(`${root}checklists/programme-set-up/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Setting up a mentoring programme');
    } finally {
      await close();
    }
  });
});
