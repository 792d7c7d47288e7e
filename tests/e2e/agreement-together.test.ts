/**
 * Comparing two drafts of the mentoring agreement: two partners, each in a browser of their own,
 * share a draft by link and merge the two into one (taking one side, the other, or writing a joint
 * version), which becomes the receiver's builder draft and prints for both signatures; every bad link.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { writeDraftFragment } from '../../src/lib/share/agreement-link';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { openWatchedPage, useSharedBrowser, type WatchedPageOptions } from '../support/browser.ts';
import { currentLink, expectNoRequestCarries, expectRefused, readQrCode, recordRequests, siteStorage } from '../support/share-links.ts';

const siteUrl = inject('siteUrls').root;
const origin = new URL(siteUrl).origin;
const shared = useSharedBrowser();
const COMPARE = `${siteUrl}together/agreement/`;
const AGREEMENT_KEY = 'mentorship-guide:agreement';

const visit = (options: WatchedPageOptions = {}) => openWatchedPage(shared.browser, origin, { dialogs: 'accept', ...options });

const MENTEE_DRAFT = {
  mentorName: 'Sam Okafor',
  menteeName: 'Priya Shah',
  meetingRhythm: 'fortnightly',
  goals: 'Submit a first grant by June.',
  ending: 'Either of us can end it with a short note.',
};
const saved = (fields: Record<string, string>) => JSON.stringify({ format: 1, fields, updatedAt: '2026-03-01T10:00:00.000Z' });

async function openCompare(page: Page, fragment = '') {
  await page.goto(`${COMPARE}${fragment ? `#${fragment}` : ''}`);
  await page.waitForSelector('.together[data-hydrated]');
}

describe('comparing two agreement drafts by link', () => {
  it('lets one partner share a draft and the other merge both into one agreed draft, saved and printed', async () => {
    const mentor = await visit({ acceptDownloads: true });
    const mentee = await visit({ storage: { [AGREEMENT_KEY]: saved(MENTEE_DRAFT) } });
    try {
      // The mentor fills in the builder on their own, then follows the link to share the draft.
      const mentorRequests = recordRequests(mentor.page);
      await mentor.page.goto(`${siteUrl}agreement/`);
      await mentor.page.waitForSelector('.agreement[data-hydrated]');
      await mentor.page.locator('#agreement-mentorName').fill('Sam Okafor');
      await mentor.page.locator('#agreement-menteeName').fill('Priya Shah');
      await mentor.page.locator('#agreement-meetingRhythm').selectOption('monthly');
      await mentor.page.locator('#agreement-goals').fill('Submit a first grant.\nPresent at one meeting.');
      await mentor.page.getByRole('link', { name: 'Share your draft, or compare it with your partner’s' }).click();
      await mentor.page.waitForSelector('.together[data-hydrated]');
      await mentor.page.getByLabel('Your name or initials (optional)').fill('Sam');
      const carried = mentor.page.locator('.together__carried');
      await expect.poll(() => carried.locator('dt').allTextContents()).toEqual(["Mentor's name", "Mentee's name", 'What the mentee wants to achieve this year', 'How often you will meet']);
      expect(await carried.locator('dd').nth(3).textContent()).toBe('Monthly');
      const linkBox = mentor.page.getByRole('textbox', { name: 'Your link' });
      await expect.poll(() => linkBox.inputValue()).toContain('#a1.');
      await expect.poll(async () => (await mentor.page.locator('.together__share ul').first().textContent()) ?? '').toContain('your name as you typed it: “Sam”');
      await mentor.page.locator('.together__qr').waitFor();
      const link = await currentLink(mentor.page);
      expect(link.startsWith(COMPARE)).toBe(true);
      await expect.poll(() => readQrCode(mentor.page)).toBe(link);
      const [download] = await Promise.all([mentor.page.waitForEvent('download'), mentor.page.getByRole('button', { name: 'Download it as a file' }).click()]);
      const { readFileSync } = await import('node:fs');
      const file = readFileSync((await download.path())!, 'utf8');
      expect(file).toContain('A draft of our mentoring agreement from Sam');
      expect(file).toContain(link);
      await expectNoAxeViolationsInBothSchemes(mentor.page, 'sharing an agreement draft');

      // The mentee opens the link: it says what it carries and stores nothing.
      const requests = recordRequests(mentee.page);
      await mentee.page.goto(link);
      await mentee.page.waitForSelector('.together[data-hydrated]');
      await expect.poll(() => mentee.page.locator('.together__carries').textContent()).toMatch(/^Sam’s draft of the mentoring agreement, made \d{1,2} \w+ \d{4}: 4 of 15 headings filled in\.$/);
      expect(await siteStorage(mentee.page)).toEqual({ [AGREEMENT_KEY]: saved(MENTEE_DRAFT) });

      // Field by field, every difference in words (the merging view loads once the link is read).
      await mentee.page.locator('#merge-heading').waitFor();
      const differences = await mentee.page.locator('.together__difference').allTextContents();
      expect(differences).toEqual([
        'You: Submit a first grant by June. · Sam: Submit a first grant.\nPresent at one meeting.',
        'You: Fortnightly (every two weeks) · Sam: Monthly',
        'You: Either of us can end it with a short note. · Sam: not filled in',
      ]);
      expect(await mentee.page.locator('.together__same li').allTextContents()).toEqual(["Mentor's name: Sam Okafor", "Mentee's name: Priya Shah"]);
      await expectNoAxeViolationsInBothSchemes(mentee.page, 'two agreement drafts side by side');

      // Take Sam's rhythm, keep my ending, write a joint version of the goals, by keyboard and mouse.
      await mentee.page.getByRole('group', { name: 'How often you will meet' }).getByLabel('Take Sam’s').check();
      const goals = mentee.page.getByRole('group', { name: 'What the mentee wants to achieve this year' });
      await goals.getByLabel('Write a joint version').focus();
      await mentee.page.keyboard.press('Space');
      const joint = mentee.page.getByLabel('Your joint version of “What the mentee wants to achieve this year”');
      await expect(joint.inputValue()).resolves.toBe('Submit a first grant by June.');
      await joint.fill('Submit a first grant by June.\nPresent at one meeting.');
      const agreed = mentee.page.locator('.together__agreed-list');
      await expect.poll(() => agreed.innerText()).toContain('How often you will meet\nMonthly');
      expect(await siteStorage(mentee.page)).toEqual({ [AGREEMENT_KEY]: saved(MENTEE_DRAFT) });
      await expectNoAxeViolationsInBothSchemes(mentee.page, 'a joint version being written');

      // The agreed draft replaces the mentee's own (after a confirm, accepted here).
      await mentee.page.getByRole('button', { name: 'Use this as my agreement draft' }).click();
      await expect.poll(() => mentee.page.locator('.together__agreed [role="status"]').textContent()).toContain('The agreed draft is now your agreement draft');
      const stored = JSON.parse((await siteStorage(mentee.page))[AGREEMENT_KEY]!);
      expect(stored.fields).toEqual({
        mentorName: 'Sam Okafor',
        menteeName: 'Priya Shah',
        goals: 'Submit a first grant by June.\nPresent at one meeting.',
        meetingRhythm: 'monthly',
        ending: 'Either of us can end it with a short note.',
      });

      // It opens in the builder, and prints for both signatures.
      await mentee.page.getByRole('link', { name: 'Open it in the agreement builder to print it for both of you to sign' }).click();
      await mentee.page.waitForSelector('.agreement[data-hydrated]');
      await expect.poll(() => mentee.page.locator('#agreement-meetingRhythm').inputValue()).toBe('monthly');
      await mentee.page.emulateMedia({ media: 'print' });
      const printout = mentee.page.locator('.agreement-document');
      const printed = await printout.innerText();
      expect(printed).toContain('Between Sam Okafor (mentor) and Priya Shah (mentee)');
      expect(printed).toContain('Submit a first grant by June.\nPresent at one meeting.');
      expect(printed).toContain('Either of us can end it with a short note.');
      await expect(printout.locator('.signature').count()).resolves.toBe(2);

      // No request carried the draft, and none went to another host.
      expectNoRequestCarries(link, origin, [...requests, ...mentorRequests]);
      expect(mentee.watch.errors).toEqual([]);
      expect(mentee.watch.cspViolations).toEqual([]);
      expect(mentor.watch.cspViolations).toEqual([]);
    } finally {
      await mentor.close();
      await mentee.close();
    }
  });

  it('asks before replacing your draft, and changes nothing when you say no', async () => {
    const { page, close } = await visit({ dialogs: 'dismiss', storage: { [AGREEMENT_KEY]: saved(MENTEE_DRAFT) } });
    try {
      await openCompare(page, await writeDraftFragment({ ...MENTEE_DRAFT, meetingRhythm: 'monthly' }, '2026-03-03', 'Sam'));
      await page.getByRole('group', { name: 'How often you will meet' }).getByLabel('Take Sam’s').check();
      await page.getByRole('button', { name: 'Use this as my agreement draft' }).click();
      expect(await siteStorage(page)).toEqual({ [AGREEMENT_KEY]: saved(MENTEE_DRAFT) });
      expect(await page.locator('.together__agreed [role="status"]').textContent()).toBe('');
    } finally {
      await close();
    }
  });

  it('with no draft of your own starts from your partner’s and saves it without asking', async () => {
    const { page, close } = await visit({ dialogs: 'dismiss' });
    try {
      await openCompare(page, await writeDraftFragment(MENTEE_DRAFT, '2026-03-03'));
      await expect.poll(() => page.locator('.together__carries').textContent()).toContain('Your partner’s draft');
      await page.getByRole('button', { name: 'Use this as my agreement draft' }).click();
      await expect.poll(async () => JSON.parse((await siteStorage(page))[AGREEMENT_KEY] ?? '{}').fields).toEqual(MENTEE_DRAFT);
    } finally {
      await close();
    }
  });

  it('fits a 320 px screen with nothing to scroll sideways', async () => {
    const { page, close } = await visit({ viewport: { width: 320, height: 700 }, storage: { [AGREEMENT_KEY]: saved(MENTEE_DRAFT) } });
    try {
      await openCompare(page, await writeDraftFragment({ ...MENTEE_DRAFT, goals: 'A much longer goal written with words that wrap across lines.', startDate: '2026-03-02' }, '2026-03-03', 'Sam'));
      await page.getByRole('group', { name: 'What the mentee wants to achieve this year' }).getByLabel('Write a joint version').check();
      await page.locator('.together__qr').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await close();
    }
  });
});

describe('sharing a long draft', () => {
  it('offers the link and file without a QR code when the link is too long for one, and names a heading too long for a link', async () => {
    // Hard to compress, so its link is longer than a QR code holds, yet under the 2,000 characters a heading may carry.
    const long = Array.from({ length: 250 }, (_, index) => (((index + 1) * 2654435761) % 1000000007).toString(36)).join(' ');
    expect(long.length).toBeLessThan(2000);
    const { page, close } = await visit({ storage: { [AGREEMENT_KEY]: saved({ ...MENTEE_DRAFT, goals: long }) } });
    try {
      await openCompare(page);
      await expect.poll(() => page.getByRole('textbox', { name: 'Your link' }).inputValue()).toContain('#a1.');
      await expect.poll(() => page.locator('.together__no-qr').textContent()).toContain('too long for a QR code');
      expect(await page.locator('.together__qr').count()).toBe(0);

      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [AGREEMENT_KEY, saved({ ...MENTEE_DRAFT, goals: 'x'.repeat(2001) })]);
      await openCompare(page);
      await expect.poll(() => page.locator('.together__share .notice').textContent()).toContain('Shorten “What the mentee wants to achieve this year”');
      expect(await page.getByRole('textbox', { name: 'Your link' }).count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('a bad agreement draft link', () => {
  const SAVED = { [AGREEMENT_KEY]: saved(MENTEE_DRAFT) };

  it.each([
    ['cut short', async (good: string) => good.slice(0, good.length - 25), 'This link is incomplete'],
    ['with a changed character', async (good: string) => `${good.slice(0, 8)}${good[8] === 'Q' ? 'R' : 'Q'}${good.slice(9)}`, 'This link is damaged'],
    ['from an unknown format', async (good: string) => good.replace(/^a1\./, 'a9.'), 'format 9'],
    ['far too long', async () => `a1.${'A'.repeat(30_000)}.0000000`, 'far longer than any link'],
    ['made of markup', async () => encodeURIComponent('<img src=x onerror="document.title=1">'), 'This link is damaged'],
  ])('%s says so plainly and changes nothing saved', async (_, make, message) => {
    const good = await writeDraftFragment({ goals: 'Write a review.' }, '2026-03-03', 'Sam');
    const { page, close, watch } = await visit({ storage: SAVED });
    try {
      await openCompare(page, await make(good));
      await expectRefused(page, message, SAVED);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows markup in a name or a field as plain text, and lists the fields it left out', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const { page, close, watch } = await visit();
    try {
      let dialogs = 0;
      page.on('dialog', () => (dialogs += 1));
      // A hand-made payload with a field this builder does not ask about.
      const { writeFragment } = await import('../../src/lib/share/link');
      const { DRAFT_LINK } = await import('../../src/lib/share/agreement-link');
      const fragment = await writeFragment(DRAFT_LINK, ['mentoring-agreement', 1, { goals: '<b>bold</b><script>alert(1)</script>', shoeSize: '42' }, '2026-03-03', name]);
      await openCompare(page, fragment);
      await expect.poll(() => page.locator('.together__carries').textContent()).toBe(`${name}’s draft of the mentoring agreement, made 3 March 2026: 1 of 15 headings filled in.`);
      expect(await page.locator('.together__ignored li').allTextContents()).toEqual(['shoeSize']);
      expect(await page.locator('.together__agreed-list').innerText()).toContain('<b>bold</b><script>alert(1)</script>');
      expect(await page.locator('.together img, .together b, .together script').count()).toBe(0);
      expect(dialogs).toBe(0);
      expect(await siteStorage(page)).toEqual({});
      expect(watch.errors).toEqual([]);
      await expectNoAxeViolationsInBothSchemes(page, 'a received draft with no draft of your own');
    } finally {
      await close();
    }
  });

  it('that cannot be read passes axe in both colour schemes', async () => {
    const { page, close } = await visit();
    try {
      await openCompare(page, `a1.${'A'.repeat(40)}`);
      await page.getByRole('alert').waitFor();
      await expectNoAxeViolationsInBothSchemes(page, 'an agreement link that cannot be read');
    } finally {
      await close();
    }
  });
});
