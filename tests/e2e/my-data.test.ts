import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openWatchedPage, useSharedBrowser, type WatchedPage } from '../support/browser.ts';

const siteUrl = inject('siteUrls').root;
const shared = useSharedBrowser();

const ASSESSMENT_KEY = 'mentorship-guide:assessment:relationship-health-check';
const CHECKLIST_KEY = 'mentorship-guide:checklist:first-meeting';

const attempt = (day: string, score: number) => ({
  id: `attempt-${day}`,
  completedAt: `${day}T10:00:00.000Z`,
  definitionVersion: 1,
  answers: {},
  scores: { reciprocity: score },
});
const assessmentRecord = (days: string[]) => JSON.stringify({ format: 2, draft: null, attempts: days.map((day, i) => attempt(day, 50 + i)) });
const checklistRecord = (ticked: string[], updatedAt = '2026-02-01T09:00:00.000Z') =>
  JSON.stringify({ format: 1, definitionVersion: 1, entries: [{ id: 'entry-1', ticked, notes: {}, createdAt: updatedAt, updatedAt }] });

/** Opens "My saved data" in a fresh browser profile that accepts confirm(), with `storage` in localStorage first. */
async function openMyData(storage: Record<string, string> = {}): Promise<WatchedPage> {
  const opened = await openWatchedPage(shared.browser, new URL(siteUrl).origin, { acceptDownloads: true, dialogs: 'accept', storage });
  await opened.page.goto(`${siteUrl}my-data/`);
  await opened.page.waitForSelector('.my-data[data-hydrated]');
  return opened;
}

const savedTitles = (page: Page) => page.locator('.saved-list__title').allTextContents();
const siteKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('mentorship-guide:')).sort());

async function importFile(page: Page, name: string, text: string) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('My saved data', () => {
  it('lists what is saved, with links back, and exports it all to one file', async () => {
    const { page, close } = await openMyData({
      [ASSESSMENT_KEY]: assessmentRecord(['2026-01-10', '2026-03-12']),
      [CHECKLIST_KEY]: checklistRecord(['agree-how-often-to-meet']),
    });
    try {
      await expect.poll(() => savedTitles(page)).toEqual(['Relationship health check', 'Checklist: The first meeting']);
      // Listed by kind: the agreement, then assessments, then checklists.
      await expect(page.locator('.saved-list').innerText()).resolves.toContain('2 attempts, last on 12 March 2026');
      await expect(page.getByRole('link', { name: 'Relationship health check' }).getAttribute('href')).resolves.toBe(
        '/assessments/relationship-health-check/',
      );
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all my data' }).click()]);
      expect(file.suggestedFilename()).toMatch(/^mentorship-guide-data-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(await readFile((await file.path())!, 'utf8'));
      expect(exported.format).toBe('mentorship-guide-export');
      expect(Object.keys(exported.records).sort()).toEqual([ASSESSMENT_KEY, CHECKLIST_KEY].sort());
    } finally {
      await close();
    }
  });

  it('restores everything from an export into a fresh browser', async () => {
    const source = await openMyData({
      [ASSESSMENT_KEY]: assessmentRecord(['2026-01-10']),
      [CHECKLIST_KEY]: checklistRecord(['agree-how-often-to-meet']),
    });
    let exportText: string;
    try {
      await expect.poll(() => savedTitles(source.page)).toHaveLength(2);
      const [file] = await Promise.all([source.page.waitForEvent('download'), source.page.getByRole('button', { name: 'Export all my data' }).click()]);
      exportText = await readFile((await file.path())!, 'utf8');
    } finally {
      await source.close();
    }

    const { page, close } = await openMyData();
    try {
      await expect(page.locator('.my-data').innerText()).resolves.toContain('Nothing is saved in this browser yet');
      await importFile(page, 'export.json', exportText);
      await expect.poll(() => page.locator('.import-preview h3').textContent()).toBe('This file holds 2 records');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => page.locator('.my-data__status').textContent()).toMatch(/^Import finished: 2 added/);
      await expect.poll(() => savedTitles(page)).toHaveLength(2);
      await page.goto(`${siteUrl}assessments/relationship-health-check/`);
      await expect.poll(() => page.locator('#results-heading').count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('merges with newest winning per record, or replaces everything', async () => {
    const file = JSON.stringify({
      format: 'mentorship-guide-export',
      version: 1,
      exportedAt: '2026-05-01T10:00:00.000Z',
      records: { [CHECKLIST_KEY]: JSON.parse(checklistRecord(['a', 'b'], '2025-01-01T00:00:00.000Z')) },
      unreadable: {},
    });
    const { page, close } = await openMyData({
      [ASSESSMENT_KEY]: assessmentRecord(['2026-01-10']),
      [CHECKLIST_KEY]: checklistRecord(['newer'], '2026-02-01T09:00:00.000Z'),
    });
    try {
      await importFile(page, 'older.json', file);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => page.locator('.my-data__status').textContent()).toContain('1 kept as they were');
      const kept = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).entries[0].ticked, CHECKLIST_KEY);
      expect(kept).toEqual(['newer']);

      await importFile(page, 'older.json', file);
      await page.getByLabel(/^Replace:/).check();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => siteKeys(page)).toEqual([CHECKLIST_KEY]);
      const replaced = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).entries[0].ticked, CHECKLIST_KEY);
      expect(replaced).toEqual(['a', 'b']);
    } finally {
      await close();
    }
  });

  it.each([
    ['a file that is not JSON', 'not json at all {', /not valid JSON|could not be read|not JSON/i],
    ['a JSON file of another kind', JSON.stringify({ hello: 'world' }), /not a Mentorship Guide export/i],
    ['an export from a newer version of the site', JSON.stringify({ format: 'mentorship-guide-export', version: 99, records: {} }), /newer version/i],
    [
      'a record that fails validation',
      JSON.stringify({ format: 'mentorship-guide-export', version: 1, records: { [ASSESSMENT_KEY]: { format: 2, draft: 'oops', attempts: [] } } }),
      /relationship-health-check/,
    ],
    ['a file over the size limit', 'x'.repeat(1_100_000), /too large/i],
  ])('refuses %s with a clear message and changes nothing', async (_, text, message) => {
    const before = { [CHECKLIST_KEY]: checklistRecord(['agree-how-often-to-meet']) };
    const { page, close } = await openMyData(before);
    try {
      await importFile(page, 'bad.json', text);
      const problem = page.locator('.error-summary');
      await expect.poll(() => problem.innerText()).toMatch(message);
      await expect(problem.innerText()).resolves.toContain('Nothing was changed');
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      await expect(page.evaluate((key) => localStorage.getItem(key), CHECKLIST_KEY)).resolves.toBe(before[CHECKLIST_KEY]);
    } finally {
      await close();
    }
  });

  it('shows HTML in an import file as text, never as markup', async () => {
    const hostile = 'mentorship-guide:assessment:<img src=x onerror="window.__pwned=1">';
    const { page, close } = await openMyData();
    try {
      await importFile(page, 'hostile.json', JSON.stringify({ format: 'mentorship-guide-export', version: 1, records: { [hostile]: { format: 2 } } }));
      await expect.poll(() => page.locator('.error-summary').innerText()).toContain('<img');
      await expect(page.locator('.my-data img').count()).resolves.toBe(0);
      await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    } finally {
      await close();
    }
  });

  it('deletes one item, or everything, after a confirmation', async () => {
    const { page, close } = await openMyData({
      [ASSESSMENT_KEY]: assessmentRecord(['2026-01-10']),
      [CHECKLIST_KEY]: checklistRecord(['agree-how-often-to-meet']),
    });
    try {
      await page.getByRole('button', { name: 'Delete Relationship health check' }).click();
      await expect.poll(() => siteKeys(page)).toEqual([CHECKLIST_KEY]);
      await page.getByRole('button', { name: 'Delete all my data' }).click();
      await expect.poll(() => siteKeys(page)).toEqual([]);
      await expect(page.locator('.my-data').innerText()).resolves.toContain('Nothing is saved in this browser yet');
    } finally {
      await close();
    }
  });
});
