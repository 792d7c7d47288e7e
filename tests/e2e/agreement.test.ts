/**
 * The mentoring agreement builder in a real browser, against the built site: keyboard use,
 * saving and restoring, downloads, the printed document, clearing, and storage that fails.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AGREEMENT_FIELDS, type AgreementField } from '../../src/lib/agreement/agreement-fields';
import { tabTo } from '../support/assessments.ts';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { disableLocalStorage, openWatchedPage, useSharedBrowser, type WatchedPageOptions } from '../support/browser.ts';

const siteUrl = inject('siteUrls').root;
const pageUrl = `${siteUrl}agreement/`;
const STORAGE_KEY = 'mentorship-guide:agreement';
const shared = useSharedBrowser();

/** What each field is filled with (dates as the date input reports them). */
const AGREED: Record<string, string> = {
  mentorName: 'Daniel Okafor',
  menteeName: 'Priya Shah',
  startDate: '2026-03-10',
  goals: 'Submit a first grant by June.\nDecide between two career paths.',
  meetingRhythm: 'monthly',
  meetingFormat: '45 minutes, in person or by video. Priya books.',
  communication: 'Email; replies within three working days.',
  menteeExpectations: 'Send an agenda two days before each meeting.',
  mentorExpectations: 'Read one draft a term.',
  confidentiality: 'What we discuss stays between us.',
  credit: 'Priya is first author on papers from her own project.',
  ending: 'Either of us can end this at any time, without blame.',
  reviewDate: '2026-09-10',
};
const SAVED = JSON.stringify({ format: 1, fields: AGREED, updatedAt: '2026-03-10T09:00:00.000Z' });

/** A fresh browser profile that accepts confirm() unless `dialogs` says otherwise, with `storage` in localStorage first. */
function visit(options: WatchedPageOptions = {}) {
  // A fixed locale, so that typing into a date input fills month, day and year in a known order.
  return openWatchedPage(shared.browser, new URL(siteUrl).origin, { locale: 'en-US', acceptDownloads: true, dialogs: 'accept', ...options });
}

async function openBuilder(page: Page) {
  await page.goto(pageUrl);
  await page.waitForSelector('.agreement[data-hydrated]');
}

const control = (page: Page, field: AgreementField) => page.locator(`#agreement-${field.id}`);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** Fills one field with the keyboard alone: Tab to it, then type (or arrow through a select). */
async function fillByKeyboard(page: Page, field: AgreementField, value: string) {
  await tabTo(page, `#agreement-${field.id}`);
  if (field.kind === 'date') {
    const [year, month, day] = value.split('-');
    await page.keyboard.type(`${month}${day}${year}`);
  } else if (field.kind === 'select') {
    const index = field.options!.findIndex((option) => option.value === value);
    for (let step = 0; step <= index; step++) await page.keyboard.press('ArrowDown');
  } else {
    // In a textarea, "\n" presses Enter and starts a new line.
    await page.keyboard.type(value);
  }
}

async function downloadFrom(page: Page, buttonName: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return { download, text: await readFile((await download.path())!, 'utf8') };
}

describe('the agreement builder', () => {
  it('is filled in by keyboard alone, saved as typed, and restored after a reload', async () => {
    const { page, watch, close } = await visit();
    try {
      await openBuilder(page);
      await expectNoAxeViolationsInBothSchemes(page, 'empty form');
      for (const field of AGREEMENT_FIELDS) {
        // Every control has a visible label and a hint that describes it.
        await expect(page.getByLabel(field.label, { exact: true }).count(), field.id).resolves.toBe(1);
        await expect(control(page, field).getAttribute('aria-describedby')).resolves.toBe(`agreement-${field.id}-hint`);
        await expect(page.locator(`#agreement-${field.id}-hint`).innerText()).resolves.toContain(field.hint.slice(0, 20));
      }

      await page.locator('h1').click();
      for (const field of AGREEMENT_FIELDS) await fillByKeyboard(page, field, AGREED[field.id]!);
      for (const field of AGREEMENT_FIELDS) await expect(control(page, field).inputValue(), field.id).resolves.toBe(AGREED[field.id]);
      await expect.poll(async () => JSON.parse((await stored(page)) ?? '{}').fields).toEqual(AGREED);
      await expectNoAxeViolationsInBothSchemes(page, 'filled form');

      await page.reload();
      await page.waitForSelector('.agreement[data-hydrated]');
      for (const field of AGREEMENT_FIELDS) {
        await expect.poll(() => control(page, field).inputValue(), { message: field.id }).toBe(AGREED[field.id]);
      }

      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('downloads the agreement as Markdown and plain text', async () => {
    const { page, close } = await visit({ storage: { [STORAGE_KEY]: SAVED } });
    try {
      await openBuilder(page);
      await expect.poll(() => page.locator('#agreement-menteeName').inputValue()).toBe('Priya Shah');

      const markdown = await downloadFrom(page, 'Download as Markdown');
      expect(markdown.download.suggestedFilename()).toBe('mentoring-agreement.md');
      expect(markdown.text).toMatch(/^# Mentoring agreement\n\nBetween Daniel Okafor \(mentor\) and Priya Shah \(mentee\)\n/);
      expect(markdown.text).toContain('- **Start date:** 10 March 2026');
      expect(markdown.text).toContain('- **How often you will meet:** Monthly');
      expect(markdown.text).toContain('### How credit is shared\n\nPriya is first author on papers from her own project.');
      expect(markdown.text).toContain('- **Review date:** 10 September 2026');
      expect(markdown.text.match(/^Signature: _+/gm)).toHaveLength(2);
      expect(markdown.text.match(/^Date: _+/gm)).toHaveLength(2);
      await expect(page.getByRole('status').filter({ hasText: 'downloaded as a Markdown file' }).count()).resolves.toBe(1);

      const text = await downloadFrom(page, 'Download as plain text');
      expect(text.download.suggestedFilename()).toBe('mentoring-agreement.txt');
      expect(text.text).toMatch(/^MENTORING AGREEMENT\n=+\n/);
      expect(text.text).toContain('Mentee: Priya Shah');
    } finally {
      await close();
    }
  });

  it('loads the calendar library only when asked, and downloads a calendar file', async () => {
    const { page, watch, close } = await visit({ storage: { [STORAGE_KEY]: SAVED } });
    try {
      await openBuilder(page);
      const button = page.getByRole('button', { name: 'Download calendar file (.ics)' });
      await expect.poll(() => button.getAttribute('aria-disabled')).toBeNull();
      const before = watch.scripts.length;
      const { download, text } = await downloadFrom(page, 'Download calendar file (.ics)');
      expect(watch.scripts.length, 'the calendar code loads on demand').toBeGreaterThan(before);
      expect(download.suggestedFilename()).toBe('mentoring-agreement.ics');
      const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines).toContain('END:VCALENDAR');
      expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
      expect(lines).toContain('DTSTART;VALUE=DATE:20260310');
      expect(lines).toContain('DTSTART;VALUE=DATE:20260910');
      expect(lines).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2');
      await expect(page.getByRole('status').filter({ hasText: 'calendar file was downloaded' }).count()).resolves.toBe(1);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('explains what the calendar file needs until the dates are filled in', async () => {
    const { page, close } = await visit();
    try {
      await openBuilder(page);
      const button = page.getByRole('button', { name: 'Download calendar file (.ics)' });
      await expect(button.getAttribute('aria-disabled')).resolves.toBe('true');
      const help = page.locator('#agreement-calendar-help');
      await expect(button.getAttribute('aria-describedby')).resolves.toBe('agreement-calendar-help');
      await expect(help.innerText()).resolves.toContain('Fill in the start date.');
      // Still focusable, so keyboard users reach it and hear why; pressing it downloads nothing.
      let downloads = 0;
      page.on('download', () => downloads++);
      await tabTo(page, 'button[aria-describedby="agreement-calendar-help"]', 80);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'No calendar file yet' }).count()).toBe(1);
      expect(downloads).toBe(0);

      const fields = Object.fromEntries(AGREEMENT_FIELDS.map((field) => [field.id, field]));
      await control(page, fields.startDate!).fill('2026-03-10');
      await control(page, fields.meetingRhythm!).selectOption('fortnightly');
      await expect(help.innerText()).resolves.toContain('Fill in the review date.');
      await control(page, fields.reviewDate!).fill('2026-01-10');
      await expect(help.innerText()).resolves.toContain('Set a review date after the start date.');
      await control(page, fields.reviewDate!).fill('2026-09-10');
      await expect.poll(() => button.getAttribute('aria-disabled')).toBeNull();
      const { text } = await downloadFrom(page, 'Download calendar file (.ics)');
      expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2');
    } finally {
      await close();
    }
  });

  it('prints as a two-person document with the agreed text and signature lines, without the form', async () => {
    const { page, close } = await visit({
      storage: { [STORAGE_KEY]: SAVED },
      setup: (context) =>
        context.addInitScript(() => {
          window.print = () => {
            document.documentElement.dataset.printed = String(Number(document.documentElement.dataset.printed ?? 0) + 1);
          };
        }),
    });
    try {
      await openBuilder(page);
      await expect.poll(() => page.locator('#agreement-mentorName').inputValue()).toBe('Daniel Okafor');
      await expect(page.locator('.agreement-document').isVisible()).resolves.toBe(false);
      await page.getByRole('button', { name: 'Print or save as PDF' }).click();
      await expect(page.locator('html').getAttribute('data-printed')).resolves.toBe('1');

      await page.emulateMedia({ media: 'print' });
      const printout = page.locator('.agreement-document');
      await expect(printout.isVisible()).resolves.toBe(true);
      const printed = await printout.innerText();
      expect(printed).toContain('Between Daniel Okafor (mentor) and Priya Shah (mentee)');
      expect(printed).toContain('Submit a first grant by June.\nDecide between two career paths.');
      expect(printed).toContain('10 September 2026');
      expect(printed).toContain('Priya is first author on papers from her own project.');
      const signatures = printout.locator('.signature');
      await expect(signatures.count()).resolves.toBe(2);
      await expect(signatures.nth(0).innerText()).resolves.toMatch(/^Mentor: Daniel Okafor\s+Signature\s+Date$/);
      await expect(signatures.nth(1).innerText()).resolves.toMatch(/^Mentee: Priya Shah\s+Signature\s+Date$/);
      for (const line of await signatures.locator('.signature__line').all()) await expect(line.isVisible()).resolves.toBe(true);
      // Side by side, one column for each person.
      const [mentorBox, menteeBox] = [await signatures.nth(0).boundingBox(), await signatures.nth(1).boundingBox()];
      expect(mentorBox!.y).toBe(menteeBox!.y);
      expect(mentorBox!.x + mentorBox!.width).toBeLessThan(menteeBox!.x);

      const visibleControls = await page
        .locator('main input, main textarea, main select, main button')
        .evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).length);
      expect(visibleControls, 'form controls shown in print').toBe(0);
      await expect(page.locator('h1').isVisible()).resolves.toBe(false);
    } finally {
      await close();
    }
  });

  it('clears the form only after confirmation', async () => {
    const declined = await visit({ storage: { [STORAGE_KEY]: SAVED }, dialogs: 'dismiss' });
    try {
      await openBuilder(declined.page);
      await expect.poll(() => declined.page.locator('#agreement-goals').inputValue()).toBe(AGREED.goals);
      await declined.page.getByRole('button', { name: 'Clear the form' }).click();
      await expect(declined.page.locator('#agreement-goals').inputValue()).resolves.toBe(AGREED.goals);
      expect(JSON.parse((await stored(declined.page))!).fields).toEqual(AGREED);
    } finally {
      await declined.close();
    }

    const { page, close } = await visit({ storage: { [STORAGE_KEY]: SAVED } });
    try {
      await openBuilder(page);
      await expect.poll(() => page.locator('#agreement-goals').inputValue()).toBe(AGREED.goals);
      await tabTo(page, 'button.link-button', 80);
      await page.keyboard.press('Enter');
      for (const field of AGREEMENT_FIELDS) await expect.poll(() => control(page, field).inputValue(), { message: field.id }).toBe('');
      expect(JSON.parse((await stored(page))!).fields).toEqual({});
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('agreement-mentorName');
      await expect(page.getByRole('status').filter({ hasText: 'The form has been cleared.' }).count()).resolves.toBe(1);
      await page.reload();
      await page.waitForSelector('.agreement[data-hydrated]');
      await expect(page.locator('#agreement-goals').inputValue()).resolves.toBe('');
    } finally {
      await close();
    }
  });

  it('works for the visit when storage is disabled, saying that nothing will be kept', async () => {
    const { page, watch, close } = await visit({ setup: disableLocalStorage });
    try {
      await openBuilder(page);
      await expect.poll(() => page.locator('.storage-notices').innerText()).toContain('not letting this site save anything');
      await page.locator('#agreement-mentorName').fill('Daniel Okafor');
      await page.locator('#agreement-goals').fill('Publish one paper.');
      await expect(page.locator('#agreement-goals').inputValue()).resolves.toBe('Publish one paper.');
      const { text } = await downloadFrom(page, 'Download as Markdown');
      expect(text).toContain('Publish one paper.');
      expect(text).toContain("- **Mentor's name:** Daniel Okafor");
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
