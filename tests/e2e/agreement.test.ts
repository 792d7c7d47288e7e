/**
 * The mentoring agreement builder in a real browser, against the built site: keyboard use,
 * saving and restoring, downloads, the printed document, clearing, and storage that fails.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FIELD_EXAMPLES } from '../../src/lib/agreement/agreement-examples';
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
  meetingTime: '08:30',
  meetingLength: '60',
  meetingFormat: 'In person or by video. Priya books.',
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
  } else if (field.kind === 'time') {
    // en-US time inputs take hours (1 to 12), minutes, then A or P.
    const [hours, minutes] = value.split(':').map(Number) as [number, number];
    await page.keyboard.type(`${String(hours % 12 || 12).padStart(2, '0')}${String(minutes).padStart(2, '0')}${hours < 12 ? 'A' : 'P'}`);
  } else if (field.kind === 'select') {
    const index = field.options!.findIndex((option) => option.value === value);
    for (let step = 0; step <= index; step++) await page.keyboard.press('ArrowDown');
  } else {
    // In a textarea, "\n" presses Enter and starts a new line.
    await page.keyboard.type(value);
  }
}

async function downloadBytes(page: Page, buttonName: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return { download, bytes: await readFile((await download.path())!) };
}

async function downloadFrom(page: Page, buttonName: string): Promise<{ download: Download; text: string }> {
  const { download, bytes } = await downloadBytes(page, buttonName);
  return { download, text: bytes.toString('utf8') };
}

/** How many pages the page prints on (A4), counted in the PDF Chromium makes of it. */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  expect(pages, 'pages found in the PDF').toBeGreaterThan(0);
  return pages;
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
      // Each meeting has a time and an end, and the series ends at the review.
      expect(lines).toContain('DTSTART:20260310T083000');
      expect(lines).toContain('DTEND:20260310T093000');
      expect(lines).toContain('DTSTART:20260910T083000');
      expect(lines).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;UNTIL=20260910T000000;BYDAY=TU;BYSETPOS=2');
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
      expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260910T000000');
      // No usual time chosen: the defaults the page names.
      await expect(help.innerText()).resolves.toContain('45 minutes from 12:00');
      expect(text).toContain('DTSTART:20260310T120000');
      expect(text).toContain('DTEND:20260310T124500');
    } finally {
      await close();
    }
  });

  it('shows a live preview beside the form, progress by section in words, and an example for each field', async () => {
    const { page, watch, close } = await visit({ viewport: { width: 1280, height: 800 } });
    try {
      await openBuilder(page);
      const preview = page.getByRole('region', { name: 'Preview' });
      const document = preview.locator('.agreement-document');
      await expect(document.isVisible()).resolves.toBe(true);
      // Beside the form on a wide screen, and not a live region that speaks on every keystroke.
      const [formBox, previewBox] = [await page.locator('.agreement__form').boundingBox(), await preview.boundingBox()];
      expect(previewBox!.x).toBeGreaterThanOrEqual(formBox!.x + formBox!.width);
      expect(previewBox!.y).toBeLessThan(formBox!.y + 200);
      await expect(preview.getAttribute('aria-live')).resolves.toBeNull();
      // Empty answers are quietly marked as not yet agreed.
      await expect(document.locator('.agreement-document__placeholder').count()).resolves.toBe(AGREEMENT_FIELDS.length);

      const progress = page.locator('.agreement__progress');
      await expect(progress.locator('.agreement__progress-summary').innerText()).resolves.toBe('0 of 6 sections done.');
      await expect(progress.locator('li').nth(1).innerText()).resolves.toBe('Goals: not started');

      await page.locator('#agreement-goals').pressSequentially('Submit a first grant by June.');
      await expect.poll(() => document.innerText()).toContain('Submit a first grant by June.');
      await expect(progress.locator('.agreement__progress-summary').innerText()).resolves.toBe('1 of 6 sections done.');
      await expect(progress.locator('li').nth(1).innerText()).resolves.toBe('Goals: done');

      await page.locator('#agreement-mentorName').pressSequentially('Daniel Okafor');
      await expect.poll(() => document.innerText()).toContain("Mentor's name\nDaniel Okafor");
      await expect(progress.locator('.agreement__progress-summary').innerText()).resolves.toBe('1 of 6 sections done, 1 more started.');
      await expect(progress.locator('li').nth(0).innerText()).resolves.toBe('Who and when: 1 of 3 answered');
      await expectNoAxeViolationsInBothSchemes(page, 'form with the preview showing');

      // An example opens by keyboard, under its field.
      const goals = AGREEMENT_FIELDS.find((field) => field.id === 'goals')!;
      const example = page.locator('.agreement__field', { has: page.locator('#agreement-goals') }).locator('details');
      // "See an example", named for its field for screen readers.
      await expect(example.locator('summary').textContent()).resolves.toBe(`See an example: ${goals.label}`);
      await expect(example.locator('p').isVisible()).resolves.toBe(false);
      await page.locator('#agreement-mentorName').focus();
      await tabTo(page, '.agreement__field:has(#agreement-goals) summary', 20);
      await page.keyboard.press('Enter');
      await expect(example.getAttribute('open')).resolves.toBe('');
      await expect(example.locator('p').innerText()).resolves.toContain(FIELD_EXAMPLES.goals.split('\n')[0]!);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('puts the preview after the form on a narrow screen, without sideways scrolling at 320 px', async () => {
    const { page, close } = await visit({ storage: { [STORAGE_KEY]: SAVED }, viewport: { width: 320, height: 640 } });
    try {
      await openBuilder(page);
      const preview = page.getByRole('region', { name: 'Preview' });
      await expect.poll(() => preview.innerText()).toContain('Between Daniel Okafor (mentor) and Priya Shah (mentee)');
      const [formBox, previewBox] = [await page.locator('.agreement__form').boundingBox(), await preview.boundingBox()];
      expect(previewBox!.y).toBeGreaterThanOrEqual(formBox!.y + formBox!.height);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
      await expectNoAxeViolationsInBothSchemes(page, 'filled form at 320 px');
    } finally {
      await close();
    }
  });

  it('downloads a Word file with the typed names, loading the Word library only when asked', async () => {
    const { page, watch, close } = await visit({ storage: { [STORAGE_KEY]: SAVED } });
    try {
      await openBuilder(page);
      await expect.poll(() => page.locator('#agreement-menteeName').inputValue()).toBe('Priya Shah');
      const docxScripts = () => watch.scripts.filter((url) => /agreement-docx/.test(url));
      expect(docxScripts(), 'the Word code is not requested on page load').toEqual([]);
      const before = watch.scripts.length;

      const { download, bytes } = await downloadBytes(page, 'Download for Word (.docx)');
      expect(download.suggestedFilename()).toBe('mentoring-agreement.docx');
      expect(docxScripts().length, 'the Word code loads when asked for').toBeGreaterThan(0);
      expect(watch.scripts.length).toBeGreaterThan(before);
      const files = unzipSync(new Uint8Array(bytes));
      expect(Object.keys(files)).toContain('word/document.xml');
      const xml = strFromU8(files['word/document.xml']!);
      expect(xml).toContain('Between Daniel Okafor (mentor) and Priya Shah (mentee)');
      expect(xml).toContain('Priya is first author on papers from her own project.');
      await expect(page.getByRole('status').filter({ hasText: 'downloaded as a Word file' }).count()).resolves.toBe(1);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
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
            const root = document.documentElement;
            root.dataset.printed = String(Number(root.dataset.printed ?? 0) + 1);
            root.dataset.printedText = (document.querySelector('.agreement-document') as HTMLElement).innerText;
          };
        }),
    });
    try {
      await openBuilder(page);
      await expect.poll(() => page.locator('#agreement-mentorName').inputValue()).toBe('Daniel Okafor');
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
      expect(printed).not.toContain('Preview');
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
      await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
      expect(await printedPages(page), 'the filled agreement prints on at most two pages').toBeLessThanOrEqual(2);

      // A blank agreement: the same document with no answers, lines to write on, and the form back after.
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: 'Print a blank agreement' }).click();
      await expect.poll(() => page.locator('html').getAttribute('data-printed')).toBe('2');
      const blank = (await page.locator('html').getAttribute('data-printed-text'))!;
      expect(blank).toContain('Who and when');
      expect(blank).not.toContain('Daniel Okafor');
      expect(blank).not.toContain('Submit a first grant');
      await expect.poll(() => printout.innerText()).toContain('Daniel Okafor');
    } finally {
      await close();
    }
  });

  it('prints a blank agreement with lines to write on, on at most three pages', async () => {
    const { page, close } = await visit();
    try {
      await openBuilder(page);
      await page.emulateMedia({ media: 'print' });
      const printout = page.locator('.agreement-document');
      await expect(printout.isVisible()).resolves.toBe(true);
      const lines = printout.locator('.write-line');
      // One line for each short answer, four for each long one.
      const long = AGREEMENT_FIELDS.filter((field) => field.kind === 'textarea').length;
      await expect(lines.count()).resolves.toBe(AGREEMENT_FIELDS.length - long + 4 * long);
      const first = (await lines.first().boundingBox())!;
      expect(first.width).toBeGreaterThan(100);
      await expect(printout.locator('.agreement-document__placeholder').first().isVisible()).resolves.toBe(false);
      // Lines for both names as well as signatures and dates.
      await expect(printout.locator('.signature__line').count()).resolves.toBe(6);
      expect(await printedPages(page), 'the blank agreement prints on at most three pages').toBeLessThanOrEqual(3);
    } finally {
      await close();
    }
  });

  it('is one of three distinctly named pages about the agreement, each linking to the other two', async () => {
    const { page, close } = await visit();
    try {
      const pages = [
        { path: 'articles/mentoring-agreement/', title: 'Why and how to write a mentoring agreement' },
        { path: 'checklists/mentoring-agreement/', title: 'What to cover in a mentoring agreement' },
        { path: 'agreement/', title: 'Write your mentoring agreement' },
      ];
      for (const current of pages) {
        await page.goto(`${siteUrl}${current.path}`);
        await expect(page.locator('h1').innerText(), current.path).resolves.toBe(current.title);
        const line = page.locator('.agreement-companions');
        await expect(line.count(), current.path).resolves.toBe(1);
        const links = await line.locator('a').evaluateAll((anchors) => anchors.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname]));
        const others = pages.filter((other) => other !== current);
        expect(links, current.path).toEqual(others.map((other) => [other.title, new URL(`${siteUrl}${other.path}`).pathname]));
      }
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
      await tabTo(page, 'button.link-button--danger', 120);
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
