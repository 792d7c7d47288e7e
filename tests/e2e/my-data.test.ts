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

const exportWith = (records: Record<string, unknown>, unreadable: Record<string, string> = {}) =>
  JSON.stringify({ format: 'mentorship-guide-export', version: 1, exportedAt: '2026-05-01T10:00:00.000Z', records, unreadable });

const meetingEntry = (id: string, date: string, ticked: string[]) => ({ id, date, ticked, notes: {}, createdAt: `${date}T09:00:00.000Z`, updatedAt: `${date}T09:00:00.000Z` });
const twinEntries = () => ({ format: 1, definitionVersion: 1, entries: [meetingEntry('same', '2026-03-02', ['a']), meetingEntry('same', '2026-04-06', ['b'])] });

/** Fills the origin's storage until not even a short value fits (keys outside the site's prefix). */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let index = 0; chunk.length >= 8; ) {
      try {
        localStorage.setItem(`filler-${index}`, chunk);
        index += 1;
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
}

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

  it('puts export first, keeps each row’s delete quiet, and says a date once', async () => {
    const { page, close } = await openMyData({
      [ASSESSMENT_KEY]: assessmentRecord(['2026-01-10', '2026-03-12']),
      [CHECKLIST_KEY]: checklistRecord(['agree-how-often-to-meet']),
    });
    try {
      await expect.poll(() => savedTitles(page)).toHaveLength(2);
      await expect(page.locator('.my-data h2').allTextContents()).resolves.toEqual(['Export', 'Saved in this browser', 'Import', 'Delete everything']);
      const rowDeletes = page.locator('.saved-list button', { hasText: 'Delete' });
      await expect(rowDeletes.evaluateAll((buttons) => buttons.every((button) => button.classList.contains('link-button')))).resolves.toBe(true);
      await expect(page.locator('.my-data > section .button--danger').count()).resolves.toBe(1);
      // The assessment's summary already dates it; the checklist's does not, so it gets one line.
      const rows = await page.locator('.saved-list__item').allInnerTexts();
      expect(rows[0]).not.toContain('Last changed');
      expect(rows[1]!.match(/Last changed/g)).toHaveLength(1);
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
    ['a file one byte over the size limit', 'x'.repeat(1_000_001), /it is 1,000,001 bytes, and the limit is 1,000,000 bytes/],
    [
      'a meeting agenda with two entries sharing one id',
      exportWith({ 'mentorship-guide:checklist:meeting-agenda': twinEntries() }),
      /two of its entries share one id/,
    ],
    [
      'a meeting dated on a day that does not exist',
      exportWith({ 'mentorship-guide:checklist:meeting-agenda': { ...twinEntries(), entries: [{ ...twinEntries().entries[0], date: '2026-13-45' }] } }),
      /dated "2026-13-45", which is not a real day/,
    ],
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

  it('never writes over unreadable saved text when storage fills during an import, and says exactly what it changed', async () => {
    const unreadableAgreement = '{"format":1,"fields":{"goals":"half a sav';
    const { page, close } = await openMyData({ 'mentorship-guide:agreement': unreadableAgreement });
    try {
      await expect.poll(() => page.locator('.saved-list').innerText()).toContain('cannot be read');
      await fillStorage(page);
      const agreement = { format: 1, fields: { goals: 'Publish one paper this year.' }, updatedAt: '2026-04-01T10:00:00.000Z' };
      await importFile(page, 'agreement.json', exportWith({ 'mentorship-guide:agreement': agreement }));
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const problem = page.locator('.error-summary');
      await expect.poll(() => problem.innerText()).toContain('the import stopped part-way');
      await expect(problem.innerText()).resolves.toMatch(/It changed nothing\. It did not change text kept aside from the mentoring agreement and the mentoring agreement/);
      const kept = await page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('mentorship-guide:agreement')).map(([, value]) => value));
      expect(kept).toContain(unreadableAgreement);

      // With room again, the same import keeps the unreadable text aside first, then writes.
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('filler-')).forEach((key) => localStorage.removeItem(key)));
      await importFile(page, 'agreement.json', exportWith({ 'mentorship-guide:agreement': agreement }));
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => page.locator('.my-data__status').textContent()).toMatch(/^Import finished/);
      await expect(page.evaluate(() => localStorage.getItem('mentorship-guide:agreement:unreadable'))).resolves.toBe(unreadableAgreement);
    } finally {
      await close();
    }
  });

  it('lists records for assessments and checklists this site does not have as unknown, and leaves them out unless asked', async () => {
    const strange = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'no-such-assessment', 'relationship-health-check\u200b'];
    const records: Record<string, unknown> = { [ASSESSMENT_KEY]: JSON.parse(assessmentRecord(['2026-01-10'])) };
    for (const name of strange) {
      records[`mentorship-guide:assessment:${name}`] = JSON.parse(assessmentRecord(['2026-02-10']));
      records[`mentorship-guide:checklist:${name}`] = JSON.parse(checklistRecord(['x']));
    }
    const { page, close } = await openMyData();
    try {
      await importFile(page, 'strange.json', exportWith(records));
      const preview = page.locator('.import-preview');
      await expect.poll(() => preview.locator('.import-preview__unknown li').count()).toBe(strange.length * 2);
      await expect(preview.locator('.import-preview__unknown').innerText()).resolves.toContain('relationship-health-check[U+200B]');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => siteKeys(page)).toEqual([ASSESSMENT_KEY]);

      await importFile(page, 'strange.json', exportWith(records));
      await page.getByLabel(/^Import them too/).check();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => siteKeys(page)).toHaveLength(1 + strange.length * 2);
      const listed = page.locator('.saved-list__item');
      await expect.poll(() => listed.count()).toBe(1 + strange.length * 2);
      // Only the real assessment is a link, and it leads to a page that exists.
      const hrefs = await page.locator('.saved-list__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual(['/assessments/relationship-health-check/']);
      expect(await page.locator('.saved-list').innerText()).not.toContain('[object Object]');
      expect(await page.locator('.saved-list').innerText()).toContain('This site has no assessment by this name');
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
