import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REPLAY_WINDOW_MS } from '../../src/lib/storage/record-store';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { checklistSchema, type Checklist } from '../../src/schemas/checklist';
import { tabTo } from '../support/assessments.ts';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { expectAsideBesideThenAfter } from '../support/layout.ts';
import { openWatchedPage, useSharedBrowser, type WatchedPage } from '../support/browser.ts';
import { PROJECT_ROOT } from '../support/site-builds.ts';

const siteUrl = inject('siteUrls').root;
const origin = new URL(siteUrl).origin;
const shared = useSharedBrowser();

function loadChecklist(id: string): Checklist {
  return checklistSchema.parse(parse(readFileSync(resolve(PROJECT_ROOT, `content/checklists/${id}.yaml`), 'utf8')));
}

const key = (id: string) => `mentorship-guide:checklist:${id}`;
const items = (checklist: Checklist) => checklist.sections.flatMap((section) => section.items);

/** Opens a checklist in a fresh browser profile (printing does nothing), with `storage` in localStorage first. */
async function open(id: string, storage: Record<string, string> = {}): Promise<WatchedPage> {
  const opened = await openWatchedPage(shared.browser, origin, {
    storage,
    setup: (context) =>
      context.addInitScript(() => {
        window.print = () => {};
      }),
  });
  await opened.page.goto(`${siteUrl}checklists/${id}/`);
  await opened.page.waitForSelector('.checklist[data-hydrated]');
  return opened;
}

const progressText = (page: Page) => page.locator('.checklist__progress-text').textContent();

describe('a checklist', () => {
  const id = 'choosing-a-mentor';
  const checklist = loadChecklist(id);
  const [first, second, third] = items(checklist) as [Checklist['sections'][number]['items'][number], Checklist['sections'][number]['items'][number], Checklist['sections'][number]['items'][number]];
  const total = items(checklist).length;

  it('shows every item, as a labelled checkbox, without JavaScript', async () => {
    const { page, close } = await openWatchedPage(shared.browser, origin, { javaScriptEnabled: false });
    try {
      await page.goto(`${siteUrl}checklists/${id}/`);
      for (const item of items(checklist)) {
        await expect(page.getByRole('checkbox', { name: item.text }).count(), item.text).resolves.toBe(1);
      }
    } finally {
      await close();
    }
  });

  it('saves ticks and notes as they change, by keyboard, and restores them after a reload', async () => {
    const { page, watch, close } = await open(id);
    try {
      await expect.poll(() => progressText(page)).toBe(`0 of ${total} done`);
      await tabTo(page, `#item-${first.id}`);
      await page.keyboard.press('Space');
      await tabTo(page, `#item-${third.id}`);
      await page.keyboard.press('Space');
      await expect.poll(() => progressText(page)).toBe(`2 of ${total} done`);

      await page.locator(`#item-${second.id}`).locator('xpath=ancestor::li').locator('summary').click();
      await page.getByRole('textbox', { name: `Private note for “${second.text}”` }).fill('Ask Dr Okafor in March');

      await page.reload();
      await page.waitForSelector('.checklist[data-hydrated]');
      await expect.poll(() => progressText(page)).toBe(`2 of ${total} done`);
      await expect(page.getByRole('checkbox', { name: first.text }).isChecked()).resolves.toBe(true);
      await expect(page.getByRole('checkbox', { name: second.text }).isChecked()).resolves.toBe(false);
      await expect(page.getByRole('textbox', { name: `Private note for “${second.text}”` }).inputValue()).resolves.toBe('Ask Dr Okafor in March');
      expect(watch.errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('gives a note the whole width of its item, and lets it grow with what is typed', async () => {
    const { page, close } = await open(id);
    try {
      const item = page.locator('.checklist-item').first();
      await item.locator('summary').click();
      const field = item.locator('textarea');
      const empty = await field.boundingBox();
      await field.fill(['First line of a longer note.', 'A second line.', 'A third line.', 'A fourth line.', 'And a fifth.'].join('\n'));
      const full = await field.boundingBox();
      const row = await item.locator('.checklist-item__extras').boundingBox();
      expect(full!.width).toBeGreaterThanOrEqual(row!.width - 2);
      expect(full!.height).toBeGreaterThan(empty!.height);
      // Nothing typed is cropped: the field shows all of it without scrolling.
      expect(await field.evaluate((element) => element.scrollHeight <= element.clientHeight + 2)).toBe(true);
    } finally {
      await close();
    }
  });

  it('resets with a confirmation that can be undone', async () => {
    const { page, close } = await open(id);
    try {
      await page.getByRole('checkbox', { name: first.text }).check();
      await page.getByRole('checkbox', { name: second.text }).check();
      await expect.poll(() => progressText(page)).toBe(`2 of ${total} done`);
      await page.getByRole('button', { name: 'Reset this checklist' }).click();
      await expect.poll(() => progressText(page)).toBe(`0 of ${total} done`);
      const undo = page.getByRole('button', { name: 'Undo' });
      await expect.poll(() => undo.evaluate((button) => button === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => progressText(page)).toBe(`2 of ${total} done`);
      const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key(id)))!);
      expect(saved.entries[0].ticked.sort()).toEqual([first.id, second.id].sort());
    } finally {
      await close();
    }
  });

  it('prints a blank handout or one with the user’s ticks and notes', async () => {
    const { page, close } = await open(id);
    try {
      await page.getByRole('checkbox', { name: first.text }).check();
      await page.locator(`#item-${first.id}`).locator('xpath=ancestor::li').locator('summary').click();
      await page.getByRole('textbox', { name: `Private note for “${first.text}”` }).fill('Done on Monday');
      await page.getByRole('button', { name: 'Print a blank copy' }).click();
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.print)).toBe('blank');
      const box = page.locator(`#item-${first.id}`);
      await expect(box.evaluate((input) => getComputedStyle(input).appearance)).resolves.toBe('none');
      await expect(page.locator('.checklist-item__printed-note').first().isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-header nav').filter({ visible: true }).count()).resolves.toBe(0);

      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: 'Print with my ticks and notes' }).click();
      await page.emulateMedia({ media: 'print' });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.print)).toBe('filled');
      await expect(box.evaluate((input) => getComputedStyle(input).appearance)).resolves.not.toBe('none');
      await expect(page.locator('.checklist-item__printed-note').first().innerText()).resolves.toBe('Note: Done on Monday');
    } finally {
      await close();
    }
  });

  it('drops saved ticks for items that no longer exist, with a notice, and keeps the rest', async () => {
    const stored = {
      format: 1,
      definitionVersion: 0,
      entries: [
        { id: 'entry-old', ticked: [first.id, 'an-item-since-removed'], notes: {}, createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z' },
      ],
    };
    const { page, close } = await open(id, { [key(id)]: JSON.stringify(stored) });
    try {
      await expect.poll(() => page.locator('.checklist .notice[role="status"]').innerText()).toContain('1 saved tick or note was for items that no longer exist');
      await expect.poll(() => progressText(page)).toBe(`1 of ${total} done`);
    } finally {
      await close();
    }
  });
});

describe('a checklist saved elsewhere or in two tabs', () => {
  const id = 'choosing-a-mentor';
  const checklist = loadChecklist(id);
  const all = items(checklist);
  const total = all.length;
  const storedTicks = (page: Page) =>
    page.evaluate((storageKey) => JSON.parse(localStorage.getItem(storageKey) ?? '{"entries":[]}').entries.flatMap((entry: { ticked: string[] }) => entry.ticked), key(id));

  it('keeps a record saved by a newer version of the checklist as it is, ticks for unknown items included', async () => {
    const stored = {
      format: 1,
      definitionVersion: 24,
      entries: [
        { id: 'entry-new', ticked: [all[0]!.id, 'an-item-added-later'], notes: { 'an-item-added-later': 'kept' }, createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z' },
      ],
    };
    const { page, close } = await open(id, { [key(id)]: JSON.stringify(stored) });
    try {
      await expect.poll(() => page.locator('.checklist .notice[role="status"]').innerText()).toContain('saved by a newer version');
      await expect.poll(() => progressText(page)).toBe(`1 of ${total} done`);
      await page.getByRole('checkbox', { name: all[1]!.text }).check();
      await expect.poll(() => storedTicks(page)).toEqual([all[0]!.id, 'an-item-added-later', all[1]!.id]);
      const saved = await page.evaluate((storageKey) => JSON.parse(localStorage.getItem(storageKey)!), key(id));
      expect(saved.definitionVersion).toBe(24);
      expect(saved.entries[0].notes).toEqual({ 'an-item-added-later': 'kept' });
    } finally {
      await close();
    }
  });

  it('keeps every tick when two tabs tick different items in the same instant, many times over', async () => {
    const { page, context, close } = await open(id);
    const other = await context.newPage();
    try {
      await other.goto(`${siteUrl}checklists/${id}/`);
      await other.waitForSelector('.checklist[data-hydrated]');
      // Leave at least one item unticked, so progress reads "N of M done".
      const trials = Math.min(7, Math.floor((total - 1) / 2));
      for (let trial = 0; trial < trials; trial++) {
        const mine = all[2 * trial]!;
        const theirs = all[2 * trial + 1]!;
        // Both clicks are dispatched in one go from each page, as close together as the browser allows.
        await Promise.all([
          page.evaluate((itemId) => document.getElementById(`item-${itemId}`)!.click(), mine.id),
          other.evaluate((itemId) => document.getElementById(`item-${itemId}`)!.click(), theirs.id),
        ]);
      }
      const expected = all.slice(0, 2 * trials).map((item) => item.id).sort();
      await expect.poll(async () => ((await storedTicks(page)) as string[]).sort()).toEqual(expected);
      await expect.poll(() => progressText(page)).toBe(`${2 * trials} of ${total} done`);
      await expect.poll(() => progressText(other)).toBe(`${2 * trials} of ${total} done`);
      // Each page's next change builds on what is stored, not on a stale copy. (A tab re-applies its
      // own changes for REPLAY_WINDOW_MS when another tab's write drops them, and cannot tell a
      // dropped change from one deliberately undone elsewhere in that window: no person switches
      // tabs and unticks that fast, so the test waits the window out as a person would.)
      await page.waitForTimeout(REPLAY_WINDOW_MS + 100);
      await other.getByRole('checkbox', { name: all[0]!.text }).uncheck();
      await expect.poll(async () => ((await storedTicks(page)) as string[]).sort()).toEqual(expected.filter((itemId) => itemId !== all[0]!.id));
      await expect.poll(() => progressText(page)).toBe(`${2 * trials - 1} of ${total} done`);
    } finally {
      await close();
    }
  });
});

/** The number of pages in a PDF (each page object is "/Type /Page", the tree "/Type /Pages"). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
const printedPages = async (page: Page) => pageCount(await page.pdf({ format: 'A4' }));

describe('the meeting log', () => {
  const id = 'meeting-agenda';
  const checklist = loadChecklist(id);
  const [first, second] = items(checklist) as [Checklist['sections'][number]['items'][number], Checklist['sections'][number]['items'][number]];
  const meetingButtons = (page: Page) => page.locator('.meetings__list li');
  const carried = (page: Page) => page.locator('.actions-list--carried');
  const stored = (page: Page) => page.evaluate((storageKey) => JSON.parse(localStorage.getItem(storageKey) ?? 'null'), key(id));

  /** Starts a new meeting by keyboard; focus moves to its one date control, which is then set. */
  async function startMeeting(page: Page, date: string) {
    const count = await meetingButtons(page).count();
    await page.getByRole('button', { name: 'Start a new meeting' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => meetingButtons(page).count()).toBe(count + 1);
    const field = page.getByLabel('Date of this meeting');
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
    await expect(field.inputValue()).resolves.toBe(new Date().toISOString().slice(0, 10));
    await field.fill(date);
    await expect.poll(() => page.locator('.meetings__list [aria-current]').innerText()).toContain(
      new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    );
  }

  /** Adds an action with the keyboard alone: typing, Tab between fields, Enter on the button. */
  async function addAction(page: Page, what: string, who: string, due: string) {
    await tabTo(page, '#new-action-what', 200);
    await page.keyboard.type(what);
    await page.keyboard.press('Tab');
    await page.keyboard.type(who);
    await page.keyboard.press('Tab');
    if (due) await page.locator('#new-action-due').fill(due);
    await tabTo(page, '.action-form button[type="submit"]');
    await page.keyboard.press('Enter');
  }

  it('keeps one dated entry per meeting, and reopens earlier meetings', async () => {
    expect(checklist.sections.map((section) => section.title).slice(0, 4)).toEqual(['Career', 'Education', 'Administration', 'Personal']);
    const { page, close } = await open(id);
    try {
      await expect(page.getByLabel('Date of this meeting').count()).resolves.toBe(1);
      // Before any meeting is recorded, the one date control already shows today.
      await expect(page.getByLabel('Date of this meeting').inputValue()).resolves.toBe(new Date().toISOString().slice(0, 10));
      await expect(page.getByRole('button', { name: 'Print the meeting log' }).isDisabled()).resolves.toBe(true);
      await startMeeting(page, '2026-03-02');
      await page.getByRole('checkbox', { name: first.text }).check();
      await startMeeting(page, '2026-04-06');
      await expect.poll(() => page.getByRole('checkbox', { name: first.text }).isChecked()).toBe(false);
      await page.getByRole('checkbox', { name: second.text }).check();

      await expect.poll(() => meetingButtons(page).count()).toBe(2);
      await expect.poll(() => meetingButtons(page).first().innerText()).toMatch(/6 April 2026: 1 of \d+ done \(open\)/);
      await page.getByRole('button', { name: /2 March 2026: 1 of \d+ done/ }).click();
      await expect.poll(() => page.getByRole('checkbox', { name: first.text }).isChecked()).toBe(true);
      await expect(page.getByRole('checkbox', { name: second.text }).isChecked()).resolves.toBe(false);
      await expect(page.getByLabel('Date of this meeting').inputValue()).resolves.toBe('2026-03-02');

      await page.reload();
      await page.waitForSelector('.checklist[data-hydrated]');
      await expect.poll(() => meetingButtons(page).count()).toBe(2);
    } finally {
      await close();
    }
  });

  it('carries an open action forward to later meetings until it is ticked done, and keeps it all after a reload', async () => {
    const { page, watch, close } = await open(id);
    const what = 'Send the grant draft to the mentor';
    try {
      await startMeeting(page, '2026-03-02');
      await addAction(page, what, 'Priya', '2026-03-20');
      const own = page.locator('.actions-list:not(.actions-list--carried) .action');
      await expect.poll(() => own.count()).toBe(1);
      await expect(own.first().innerText()).resolves.toContain('Who: Priya, by Fri 20 March 2026. Open');
      // The form is ready for the next action, with focus back in its first field, and says what was saved.
      await expect(page.locator('.action-form [role="status"]').textContent()).resolves.toBe(`Saved: ${what}`);
      await expect(page.locator('#new-action-what').inputValue()).resolves.toBe('');
      await expect(page.locator('#new-action-what').evaluate((input) => input === document.activeElement)).resolves.toBe(true);
      await expect(carried(page).count()).resolves.toBe(0);

      // Meeting 2: the action is listed at the top, with the meeting it came from, and ticked done there.
      await startMeeting(page, '2026-04-06');
      await expect.poll(() => carried(page).count()).toBe(1);
      const carriedText = await carried(page).innerText();
      expect(carriedText).toContain('Open actions from earlier meetings');
      expect(carriedText).toContain(what);
      expect(carriedText).toContain('From the meeting of Mon 2 March 2026');
      const box = carried(page).getByRole('checkbox', { name: what });
      await box.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => carried(page).innerText()).toContain('at the meeting of Mon 6 April 2026');
      await expect(box.isChecked()).resolves.toBe(true);

      // Meeting 3: done, so no longer carried forward.
      await startMeeting(page, '2026-05-04');
      await expect.poll(() => carried(page).count()).toBe(0);

      // Meeting 1 shows it done, and where.
      await page.getByRole('button', { name: /2 March 2026/ }).click();
      await expect.poll(() => own.first().innerText()).toMatch(/Done on .+, at the meeting of Mon 6 April 2026/);
      await expect(own.first().getByRole('checkbox', { name: what }).isChecked()).resolves.toBe(true);

      await page.reload();
      await page.waitForSelector('.checklist[data-hydrated]');
      await expect.poll(() => meetingButtons(page).count()).toBe(3);
      await expect(carried(page).count()).resolves.toBe(0);
      await page.getByRole('button', { name: /6 April 2026/ }).click();
      await expect.poll(() => carried(page).getByRole('checkbox', { name: what }).isChecked()).toBe(true);
      const saved = await stored(page);
      expect(saved.format).toBe(2);
      const withAction = saved.entries.find((entry: { date: string }) => entry.date === '2026-03-02');
      const meeting2 = saved.entries.find((entry: { date: string }) => entry.date === '2026-04-06');
      expect(withAction.actions).toEqual([expect.objectContaining({ what, who: 'Priya', due: '2026-03-20', done: { at: expect.any(String), in: meeting2.id } })]);
      expect(watch.errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('changes and removes an action by keyboard, with an undo', async () => {
    const { page, close } = await open(id);
    try {
      await addAction(page, 'Book a room', 'mentor', '');
      const row = page.locator('.action').first();
      await expect.poll(() => row.innerText()).toContain('Who: mentor. Open');
      await page.getByRole('button', { name: 'Change “Book a room”' }).focus();
      await page.keyboard.press('Enter');
      const field = page.getByRole('textbox', { name: 'What is to be done' }).first();
      await field.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' for May');
      await tabTo(page, '.action button[type="submit"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => row.getByRole('checkbox').count()).toBe(1);
      await expect(row.getByRole('checkbox', { name: 'Book a room for May' }).count()).resolves.toBe(1);
      await expect.poll(() => page.getByRole('button', { name: 'Change “Book a room for May”' }).evaluate((button) => button === document.activeElement)).toBe(true);

      await page.getByRole('button', { name: 'Remove “Book a room for May”' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.action').count()).toBe(0);
      await expect.poll(() => page.getByRole('button', { name: 'Undo' }).evaluate((button) => button === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.action').count()).toBe(1);
      expect((await stored(page)).entries[0].actions.map((action: { what: string }) => action.what)).toEqual(['Book a room for May']);
    } finally {
      await close();
    }
  });

  it('shows an error message, and saves nothing, when an action is added without its "what"', async () => {
    const { page, close } = await open(id);
    try {
      await tabTo(page, '#new-action-who', 200);
      await page.keyboard.type('Priya');
      await tabTo(page, '.action-form button[type="submit"]');
      await page.keyboard.press('Enter');
      const message = page.locator('.action-form .error-message');
      await expect.poll(() => message.textContent()).toBe('Error: Enter what the action is, for example “Send the draft to Priya”');
      const what = page.locator('#new-action-what');
      await expect(what.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
      await expect(what.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(what.evaluate((input) => input.getAttribute('aria-describedby') === input.previousElementSibling?.id)).resolves.toBe(true);
      // What was typed is kept, and nothing was saved.
      await expect(page.locator('#new-action-who').inputValue()).resolves.toBe('Priya');
      expect(await stored(page)).toBeNull();
      await expect(page.locator('.action').count()).resolves.toBe(0);
      await expectNoAxeViolationsInBothSchemes(page, 'meeting log with an error message');
    } finally {
      await close();
    }
  });

  it('loads a meeting log saved before actions existed (format 1), with its ticks', async () => {
    const old = {
      format: 1,
      definitionVersion: 1,
      entries: [
        { id: 'entry-march', date: '2026-03-02', ticked: [first.id], notes: { [first.id]: 'Grant due in June' }, createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z' },
        { id: 'entry-april', date: '2026-04-06', ticked: [second.id], notes: {}, createdAt: '2026-04-06T09:00:00.000Z', updatedAt: '2026-04-06T10:00:00.000Z' },
      ],
    };
    const { page, watch, close } = await open(id, { [key(id)]: JSON.stringify(old) });
    try {
      await expect.poll(() => meetingButtons(page).count()).toBe(2);
      await expect.poll(() => page.getByRole('checkbox', { name: second.text }).isChecked()).toBe(true);
      await page.getByRole('button', { name: /2 March 2026/ }).click();
      await expect.poll(() => page.getByRole('checkbox', { name: first.text }).isChecked()).toBe(true);
      await expect(page.getByRole('textbox', { name: `Private note for “${first.text}”` }).inputValue()).resolves.toBe('Grant due in June');
      // Nothing is refused or set aside: the reader is told only that it was brought up to date.
      await expect(page.locator('.storage-notices').innerText()).resolves.toBe('What was saved here came from an earlier version of this site and has been updated.');
      await addAction(page, 'Ask about the June grant', '', '');
      await expect.poll(async () => (await stored(page)).format).toBe(2);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  const LOG = {
    format: 2,
    definitionVersion: 1,
    entries: [
      {
        id: 'm1',
        date: '2026-03-02',
        ticked: [first.id],
        notes: { [first.id]: 'Grant due in June' },
        actions: [
          { id: 'a1', what: 'Send the grant draft', who: 'Priya', due: '2026-03-20', done: { at: '2026-04-06T10:00:00.000Z', in: 'm2' }, createdAt: '2026-03-02T10:00:00.000Z' },
          { id: 'a2', what: 'Introduce Priya to the statistician', who: 'mentor', createdAt: '2026-03-02T10:00:00.000Z' },
        ],
        createdAt: '2026-03-02T09:00:00.000Z',
        updatedAt: '2026-04-06T10:00:00.000Z',
      },
      { id: 'm2', date: '2026-04-06', ticked: [second.id], notes: {}, actions: [{ id: 'a3', what: 'Draft the teaching portfolio', who: 'Priya', createdAt: '2026-04-06T10:00:00.000Z' }], createdAt: '2026-04-06T09:00:00.000Z', updatedAt: '2026-04-06T10:00:00.000Z' },
      { id: 'm3', date: '2026-05-04', ticked: [], notes: {}, actions: [], createdAt: '2026-05-04T09:00:00.000Z', updatedAt: '2026-05-04T09:00:00.000Z' },
    ],
  };

  it('says on "My saved data" how many actions are still open', async () => {
    const { page, close } = await openWatchedPage(shared.browser, origin, { storage: { [key(id)]: JSON.stringify(LOG) } });
    try {
      await page.goto(`${siteUrl}my-data/`);
      await page.waitForSelector('.my-data[data-hydrated]');
      await expect.poll(() => page.locator('.saved-list').innerText()).toContain('3 filled in, 2 open actions; latest (4 May 2026): 0 of');
    } finally {
      await close();
    }
  });

  it('prints every meeting, newest first, with its date, ticked items, notes and actions', async () => {
    const { page, close } = await open(id, { [key(id)]: JSON.stringify(LOG) });
    try {
      await expect.poll(() => meetingButtons(page).count()).toBe(3);
      await page.getByRole('button', { name: 'Print the meeting log' }).click();
      await page.emulateMedia({ media: 'print' });
      const log = page.locator('.meeting-log');
      await expect(log.isVisible()).resolves.toBe(true);
      await expect(page.locator('.checklist__live').isVisible()).resolves.toBe(false);
      await expect(page.locator('.site-header nav').filter({ visible: true }).count()).resolves.toBe(0);
      await expect(page.locator('.site-footer nav').isVisible()).resolves.toBe(false);
      await expect(log.locator('h3').allInnerTexts()).resolves.toEqual(['Meeting of Mon 4 May 2026', 'Meeting of Mon 6 April 2026', 'Meeting of Mon 2 March 2026']);
      const text = await log.innerText();
      expect(text).toContain('newest meeting first');
      expect(text).toContain(first.text);
      expect(text).toContain('Grant due in June');
      expect(text).toContain('Send the grant draft (Who: Priya, by Fri 20 March 2026): Done on Mon 6 April 2026, at the meeting of Mon 6 April 2026');
      expect(text).toContain('Introduce Priya to the statistician (Who: mentor): Open');
      expect(text).toContain('Draft the teaching portfolio (Who: Priya): Open');
      await expect(log.locator('h3').first().evaluate((heading) => getComputedStyle(heading).breakAfter)).resolves.toBe('avoid');
      const pages = await printedPages(page);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    } finally {
      await close();
    }
  });

  it('prints a blank agenda with lines to write on, for actions, notes, names and the date', async () => {
    const { page, close } = await open(id, { [key(id)]: JSON.stringify(LOG) });
    try {
      await page.getByRole('button', { name: 'Print a blank copy' }).click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.meeting-log').isVisible()).resolves.toBe(false);
      await expect(page.locator('.actions-list').first().isVisible()).resolves.toBe(false);
      await expect(page.getByRole('checkbox', { name: first.text }).evaluate((input) => getComputedStyle(input).appearance)).resolves.toBe('none');
      const lines = page.locator('.blank-lines');
      await expect(lines.isVisible()).resolves.toBe(true);
      const text = await lines.innerText();
      for (const label of ['Actions: what, who, by when', 'Notes', 'Mentee', 'Mentor', 'Date']) expect(text).toContain(label);
      // Four for actions, two for notes, and one each for the mentee, the mentor and the date.
      await expect(lines.locator('.blank-lines__line').count()).resolves.toBe(9);
      await expect(printedPages(page)).resolves.toBe(1);
    } finally {
      await close();
    }
  });

  it('is accessible with actions present, in both colour schemes, and fits 320 px without scrolling sideways', async () => {
    const { page, close } = await open(id, { [key(id)]: JSON.stringify(LOG) });
    try {
      await page.getByRole('button', { name: /6 April 2026/ }).click();
      await expect.poll(() => carried(page).count()).toBe(1);
      await expectNoAxeViolationsInBothSchemes(page, 'meeting log with actions');
      await page.setViewportSize({ width: 320, height: 700 });
      await page.getByRole('button', { name: 'Change “Draft the teaching portfolio”' }).click();
      await expect(page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).resolves.toBe(true);
    } finally {
      await close();
    }
  });
});

describe('checklists on paper and on screen', () => {
  const CHECKLIST_IDS = readdirSync(resolve(PROJECT_ROOT, 'content/checklists')).map((file) => file.replace(/\.yaml$/, ''));

  it('sets the guidance behind a checklist beside it on a wide screen, and after it on a phone', async () => {
    const { page, close } = await open('first-meeting');
    try {
      const aside = page.getByRole('complementary', { name: 'The guidance behind it' });
      const linked = [...new Set(items(loadChecklist('first-meeting')).map((item) => `/articles/${item.article}/`))];
      const hrefs = await aside.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(hrefs).toEqual(linked);
      await expectAsideBesideThenAfter(page, '.checklist', aside);
    } finally {
      await close();
    }
  });

  it('makes "Why this matters" and "Add a note" quieter than the item', async () => {
    const { page, close } = await open('first-meeting');
    try {
      const item = page.locator('.checklist-item').first();
      const style = (selector: string) =>
        item.locator(selector).first().evaluate((element) => ({ size: parseFloat(getComputedStyle(element).fontSize), colour: getComputedStyle(element).color }));
      const label = await style('label');
      for (const quiet of ['.checklist-item__why', 'summary']) {
        const found = await style(quiet);
        expect(found.size, quiet).toBeLessThan(label.size);
        expect(found.colour, quiet).not.toBe(label.colour);
      }
    } finally {
      await close();
    }
  });

  // Every checklist so far (13 to 17 items) fits one A4 page blank; a much longer one may take two.
  it.each(CHECKLIST_IDS)('prints %s blank on one A4 page, with lines for notes, names and dates', async (checklistId) => {
    const { page, close } = await open(checklistId);
    try {
      await page.getByRole('button', { name: 'Print a blank copy' }).click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.blank-lines').innerText()).resolves.toMatch(/Mentee[\s\S]*Mentor[\s\S]*Date/);
      await expect(page.locator('.site-footer nav').isVisible()).resolves.toBe(false);
      await expect(printedPages(page)).resolves.toBe(1);
    } finally {
      await close();
    }
  });

  it('prints every checklist blank on one page even with the page’s printed address and QR code', async () => {
    const { page, close } = await openWatchedPage(shared.browser, origin);
    try {
      for (const checklistId of CHECKLIST_IDS) {
        await page.goto(`${inject('siteUrls').subpath}checklists/${checklistId}/`);
        await page.waitForSelector('.checklist[data-hydrated]');
        await page.evaluate(() => (document.documentElement.dataset.print = 'blank'));
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.printed-address').isVisible()).resolves.toBe(true);
        await expect(printedPages(page), checklistId).resolves.toBe(1);
        await page.emulateMedia({ media: 'screen' });
      }
    } finally {
      await close();
    }
  });
});
