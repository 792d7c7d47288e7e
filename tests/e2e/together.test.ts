/**
 * Together: two partners, each in a browser of their own, compare their health checks by link,
 * with no server: sharing, a QR code that opens the same link, reading a link that stores nothing
 * until the reader chooses, the comparison, the agenda added to the next meeting, and every bad link.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedFrom } from '../../src/lib/share/compare';
import { writeShareFragment } from '../../src/lib/share/link';
import { loadDefinition, loadPages, storageKey } from '../support/assessments.ts';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { openWatchedPage, useSharedBrowser, type WatchedPageOptions } from '../support/browser.ts';
import { currentLink, expectNoRequestCarries, expectRefused, readQrCode, recordRequests, siteStorage } from '../support/share-links.ts';

const siteUrl = inject('siteUrls').root;
const origin = new URL(siteUrl).origin;
const shared = useSharedBrowser();
const ID = 'relationship-health-check';
const definition = loadDefinition(ID);
const TOGETHER = `${siteUrl}together/`;
const AGENDA_KEY = 'mentorship-guide:checklist:meeting-agenda';
const KEPT_KEY = `mentorship-guide:together:${ID}`;

const visit = (options: WatchedPageOptions = {}) => openWatchedPage(shared.browser, origin, { dialogs: 'accept', ...options });

/** Completes the health check with the mouse, choosing option `pick` for every question. */
async function takeHealthCheck(page: Page, pick: number) {
  await page.goto(`${siteUrl}assessments/${ID}/`);
  await page.waitForSelector('.assessment[data-hydrated]');
  for (const questions of loadPages(definition)) {
    for (const item of questions) {
      const inputs = page.locator(`input[name="question-${item.id}"]`);
      await inputs.first().waitFor();
      await inputs.nth(pick).check();
    }
    await page.locator('.assessment__form button[type="submit"]').click();
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.waitForSelector('#results-heading');
}

async function openTogether(page: Page, fragment = '') {
  await page.goto(`${TOGETHER}${fragment ? `#${fragment}` : ''}`);
  await page.waitForSelector('.together[data-hydrated]');
}

const today = () => new Date().toISOString().slice(0, 10);

describe('comparing two partners’ health checks by link', () => {
  it('lets a mentor share and a mentee compare, keep, add the agenda to the next meeting, and forget', async () => {
    const mentor = await visit({ acceptDownloads: true });
    const mentee = await visit();
    try {
      // The mentor takes the check and shares it, with a name.
      const mentorRequests = recordRequests(mentor.page);
      await takeHealthCheck(mentor.page, 4);
      await expect(mentor.page.getByRole('link', { name: 'Compare your answers with your mentoring partner' }).count()).resolves.toBe(1);
      await mentor.page.getByRole('link', { name: 'Compare your answers with your mentoring partner' }).click();
      await mentor.page.waitForSelector('.together[data-hydrated]');
      await mentor.page.getByLabel('Your name or initials (optional)').fill('Sam');
      const linkBox = mentor.page.getByRole('textbox', { name: 'Your link' });
      await expect.poll(() => linkBox.inputValue()).toContain('#v1.');
      await expect.poll(async () => (await mentor.page.locator('.together__share ul').textContent()) ?? '').toContain('your name as you typed it: “Sam”');
      const link = await currentLink(mentor.page);
      expect(link.startsWith(TOGETHER)).toBe(true);
      expect(link.length).toBeLessThan(400);
      await expect.poll(() => readQrCode(mentor.page)).toBe(link);
      const [download] = await Promise.all([mentor.page.waitForEvent('download'), mentor.page.getByRole('button', { name: 'Download it as a file' }).click()]);
      const { readFileSync } = await import('node:fs');
      expect(readFileSync((await download.path())!, 'utf8')).toContain(link);
      await expectNoAxeViolationsInBothSchemes(mentor.page, 'sharing your answers');

      // The mentee opens the link: it says what it carries and stores nothing.
      const requests = recordRequests(mentee.page);
      await mentee.page.goto(link);
      await mentee.page.waitForSelector('.together[data-hydrated]');
      await expect.poll(() => mentee.page.locator('.together__carries').textContent()).toMatch(
        /^Sam’s answers to the relationship health check, 30 answers, taken \d{1,2} \w+ \d{4}\.$/,
      );
      expect(await siteStorage(mentee.page)).toEqual({});
      await expectNoAxeViolationsInBothSchemes(mentee.page, 'a link received before taking the check');
      await mentee.page.getByRole('link', { name: 'take the relationship health check' }).first().click();
      await takeHealthCheck(mentee.page, 1);

      // Back to the link: both views side by side, and an agenda.
      await mentee.page.goto(link);
      await mentee.page.waitForSelector('#comparison-heading');
      expect(await mentee.page.locator('.score-table tbody tr').count()).toBe(definition.domains.length);
      expect(await mentee.page.locator('.score-table thead th').allTextContents()).toEqual(['Area', 'You', 'Sam', 'Gap', 'Agreement']);
      const agendaItems = await mentee.page.locator('.agenda__item').count();
      expect(agendaItems).toBeGreaterThanOrEqual(3);
      expect(agendaItems).toBeLessThanOrEqual(5);
      expect(await mentee.page.locator('.agenda__item').first().textContent()).toMatch(/To open: “.+\?”.*Read: .+Checklist: /);
      expect(Object.keys(await siteStorage(mentee.page))).toEqual([storageKey(ID)]);
      await expectNoAxeViolationsInBothSchemes(mentee.page, 'the comparison and agenda');

      // One click adds the agenda to the next meeting, once however often it is pressed.
      await mentee.page.getByRole('button', { name: 'Add to my next meeting agenda' }).click();
      await expect.poll(() => mentee.page.locator('.together__agenda [role="status"]').textContent()).toMatch(new RegExp(`Added ${agendaItems} topics to your meeting of`));
      await mentee.page.getByRole('button', { name: 'Add to my next meeting agenda' }).click();
      await expect.poll(() => mentee.page.locator('.together__agenda [role="status"]').textContent()).toContain('already on your meeting agenda');
      const agenda = JSON.parse((await siteStorage(mentee.page))[AGENDA_KEY]!);
      expect(agenda.entries).toHaveLength(1);
      expect(agenda.entries[0].date).toBe(today());
      expect(agenda.entries[0].actions).toHaveLength(agendaItems);
      expect(agenda.entries[0].actions.every((action: { who: string }) => action.who === 'Both of us')).toBe(true);
      await mentee.page.getByRole('link', { name: 'Open the meeting agenda' }).click();
      await mentee.page.waitForSelector('.checklist[data-hydrated]');
      await expect.poll(() => mentee.page.locator('.checklist').textContent()).toContain('Talk about ');

      // Kept by choice: listed on My saved data, then forgotten on the page.
      await mentee.page.goto(link);
      await mentee.page.getByRole('button', { name: 'Keep these answers in this browser' }).click();
      expect(await siteStorage(mentee.page)).toHaveProperty([KEPT_KEY]);
      await mentee.page.goto(`${siteUrl}my-data/`);
      await expect.poll(() => mentee.page.locator('main').textContent()).toContain('Your partner’s answers to the relationship health check');
      await openTogether(mentee.page);
      await expect.poll(() => mentee.page.locator('#received-heading').textContent()).toBe('Answers you kept');
      await mentee.page.waitForSelector('#comparison-heading');
      await mentee.page.getByRole('button', { name: 'Forget Sam’s answers' }).click();
      await expect.poll(async () => Object.keys(await siteStorage(mentee.page))).not.toContain(KEPT_KEY);
      await expect.poll(() => mentee.page.locator('#comparison-heading').count()).toBe(0);

      // No request carried the answers, and none went to another host.
      expectNoRequestCarries(link, origin, [...requests, ...mentorRequests]);
      expect(mentee.watch.errors).toEqual([]);
      expect(mentee.watch.cspViolations).toEqual([]);
      expect(mentor.watch.cspViolations).toEqual([]);
    } finally {
      await mentor.close();
      await mentee.close();
    }
  });

  it('fits a 320 px screen with nothing to scroll sideways', async () => {
    const { page, close } = await visit({ viewport: { width: 320, height: 700 } });
    try {
      await takeHealthCheck(page, 2);
      const fragment = await writeShareFragment(sharedFrom(definition, Object.fromEntries(definition.items.map((item) => [item.id, 0])), '2026-03-03', 'Sam'));
      await openTogether(page, fragment);
      await page.waitForSelector('#comparison-heading');
      await page.locator('.together__qr').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await close();
    }
  });
});

describe('a bad link', () => {
  const answers = Object.fromEntries(definition.items.map((item, index) => [item.id, index % 5]));
  const SAVED = { [storageKey('mentor-self-assessment')]: '{"format":2,"draft":null,"attempts":[]}' };

  it.each([
    ['cut short', async (good: string) => good.slice(0, good.length - 25), 'This link is incomplete'],
    ['with a changed character', async (good: string) => `${good.slice(0, 8)}${good[8] === 'Q' ? 'R' : 'Q'}${good.slice(9)}`, 'This link is damaged'],
    ['from an unknown format', async (good: string) => good.replace(/^v1\./, 'v9.'), 'format 9'],
    ['far too long', async () => `v1.${'A'.repeat(3000)}.0000000`, 'far longer than any link'],
    ['made of markup', async () => encodeURIComponent('<img src=x onerror="document.title=1">'), 'This link is damaged'],
  ])('%s says so plainly and changes nothing saved', async (_, make, message) => {
    const good = await writeShareFragment(sharedFrom(definition, answers, '2026-03-03', 'Sam'));
    const { page, close, watch } = await visit({ storage: SAVED });
    try {
      const before = await siteStorage(page);
      await openTogether(page, await make(good));
      await expectRefused(page, message, before);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a name made of markup as plain text, never as HTML', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const fragment = await writeShareFragment(sharedFrom(definition, answers, '2026-03-03', name));
    const { page, close, watch } = await visit();
    try {
      let dialogs = 0;
      page.on('dialog', () => (dialogs += 1));
      await openTogether(page, fragment);
      await expect.poll(() => page.locator('.together__carries').textContent()).toBe(`${name}’s answers to the relationship health check, 30 answers, taken 3 March 2026.`);
      expect(await page.locator('.together img').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(await siteStorage(page)).toEqual({});
      expect(watch.errors).toEqual([]);
      await expectNoAxeViolationsInBothSchemes(page, 'a received link with no attempt of your own');
    } finally {
      await close();
    }
  });

  it('that cannot be read passes axe in both colour schemes', async () => {
    const { page, close } = await visit();
    try {
      await openTogether(page, `v1.${'A'.repeat(40)}`);
      await page.getByRole('alert').waitFor();
      await expectNoAxeViolationsInBothSchemes(page, 'a link that cannot be read');
    } finally {
      await close();
    }
  });
});

describe('a link made before the questions changed', () => {
  it('compares the unchanged questions and lists the ones it has no answer for', async () => {
    const answers = Object.fromEntries(definition.items.map((item) => [item.id, 3]));
    const made = sharedFrom(definition, answers, '2026-03-03', 'Sam');
    const fragment = await writeShareFragment({ ...made, keys: ['zzz', ...made.keys.slice(1)] });
    const { page, close } = await visit();
    try {
      await openTogether(page, fragment);
      const notice = page.locator('.together__received .notice');
      await expect.poll(() => notice.textContent()).toContain('The questions have changed since these answers were given, so only the 29 answers to unchanged questions are compared. 1 answer is to a question this version no longer asks. These questions are not in the link');
      expect(await notice.locator('li').allTextContents()).toEqual([definition.items[0]!.text]);
      expect(await page.locator('.together__carries').textContent()).toContain('30 answers');
    } finally {
      await close();
    }
  });
});
