import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { checklistSchema, type Checklist } from '../../src/schemas/checklist';
import { tabTo } from '../support/assessments.ts';
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
      await expect(page.locator('.site-header nav').isVisible()).resolves.toBe(false);

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
      // Each page's next change builds on what is stored, not on a stale copy.
      await other.getByRole('checkbox', { name: all[0]!.text }).uncheck();
      await expect.poll(async () => ((await storedTicks(page)) as string[]).sort()).toEqual(expected.filter((itemId) => itemId !== all[0]!.id));
      await expect.poll(() => progressText(page)).toBe(`${2 * trials - 1} of ${total} done`);
    } finally {
      await close();
    }
  });
});

describe('the meeting agenda', () => {
  const id = 'meeting-agenda';
  const checklist = loadChecklist(id);
  const [first, second] = items(checklist) as [Checklist['sections'][number]['items'][number], Checklist['sections'][number]['items'][number]];

  it('keeps one dated entry per meeting, and reopens earlier meetings', async () => {
    expect(checklist.sections.map((section) => section.title).slice(0, 4)).toEqual(['Career', 'Education', 'Administration', 'Personal']);
    const { page, close } = await open(id);
    try {
      await page.getByLabel('Date of the meeting').fill('2026-03-02');
      await page.getByRole('button', { name: 'Start a new meeting' }).click();
      await page.getByRole('checkbox', { name: first.text }).check();
      await page.getByLabel('Date of the meeting').fill('2026-04-06');
      await page.getByRole('button', { name: 'Start a new meeting' }).click();
      await expect.poll(() => page.getByRole('checkbox', { name: first.text }).isChecked()).toBe(false);
      await page.getByRole('checkbox', { name: second.text }).check();

      const meetings = page.locator('.meetings__list li');
      await expect.poll(() => meetings.count()).toBe(2);
      await expect(meetings.first().innerText()).resolves.toMatch(/6 April 2026: 1 of \d+ done \(open\)/);
      await page.getByRole('button', { name: /2 March 2026: 1 of \d+ done/ }).click();
      await expect.poll(() => page.getByRole('checkbox', { name: first.text }).isChecked()).toBe(true);
      await expect(page.getByRole('checkbox', { name: second.text }).isChecked()).resolves.toBe(false);

      await page.reload();
      await page.waitForSelector('.checklist[data-hydrated]');
      await expect.poll(() => page.locator('.meetings__list li').count()).toBe(2);
    } finally {
      await close();
    }
  });
});
