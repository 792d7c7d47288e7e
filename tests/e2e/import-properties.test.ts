/**
 * Random, valid-looking exports imported into a browser that already holds data (issue #12):
 * prototype-named and look-alike ids, repeated entry ids, impossible and future dates, attempts
 * from other versions. Whatever the file, nothing saved is lost, "My saved data" links only to
 * pages that exist, and every page it links to still opens without an error.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SITE_REGISTRY } from '../../src/lib/storage/registry';
import { classifyKey } from '../../src/lib/storage/saved-data';
import { openWatchedPage, useSharedBrowser } from '../support/browser.ts';
import { awkwardExportArb } from '../support/record-arbitraries.ts';

const siteUrl = inject('siteUrls').root;
const origin = new URL(siteUrl).origin;
const shared = useSharedBrowser();

/** Runs per test run: each opens a fresh profile and several pages, so keep it modest. */
const RUNS = Number(process.env.IMPORT_PROPERTY_RUNS ?? 10);

const SAVED: Record<string, string> = {
  'mentorship-guide:assessment:mentor-self-assessment': JSON.stringify({
    format: 2,
    draft: null,
    attempts: [{ id: 'mine', completedAt: '2026-03-01T10:00:00.000Z', definitionVersion: 1, answers: {}, scores: {} }],
  }),
  'mentorship-guide:checklist:first-meeting': JSON.stringify({
    format: 1,
    definitionVersion: 1,
    entries: [{ id: 'entry-1', ticked: ['agree-how-often-to-meet'], notes: {}, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' }],
  }),
  'mentorship-guide:agreement': '{"format":1,"fields":{"goals":"unreadable, half saved',
};

const lastChanged = (key: string, text: string | undefined): number | undefined => {
  const found = classifyKey(key, SITE_REGISTRY);
  if (found.type !== 'record' || text === undefined) return undefined;
  const result = found.entry.codec.parse(text);
  if (result.status !== 'ok' && result.status !== 'migrated') return undefined;
  const date = found.entry.describer.lastChanged(result.record);
  return date === undefined ? undefined : Date.parse(date);
};

const siteStorage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('mentorship-guide:'))));

describe('importing random valid-looking exports', () => {
  it('never loses saved data, and leaves "My saved data" linking only to pages that open', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(awkwardExportArb, fc.boolean(), async (file, includeUnknown) => {
        run += 1;
        const { page, watch, close } = await openWatchedPage(shared.browser, origin, { storage: SAVED, dialogs: 'accept' });
        try {
          await page.goto(`${siteUrl}my-data/`);
          await page.waitForSelector('.my-data[data-hydrated]');
          await page.locator('#import-file').setInputFiles({ name: `run-${run}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
          const outcome = page.locator('.import-preview, .error-summary');
          await outcome.first().waitFor();
          if (await page.locator('.import-preview').count()) {
            const unknown = page.getByLabel(/^Import them too/);
            if (includeUnknown && (await unknown.count())) await unknown.check();
            await page.getByRole('button', { name: 'Import', exact: true }).click();
            await expect.poll(() => page.locator('.my-data__status').textContent()).toMatch(/^Import finished/);
          } else {
            await expect(page.locator('.error-summary').innerText()).resolves.toContain('Nothing was changed');
          }

          // Nothing saved is lost: each saved value is still there, kept aside, or replaced by a record at least as new.
          const after = await siteStorage(page);
          const values = new Set(Object.values(after));
          for (const [key, text] of Object.entries(SAVED)) {
            if (after[key] === text || values.has(text)) continue;
            const before = lastChanged(key, text);
            const now = lastChanged(key, after[key]);
            expect(before !== undefined && now !== undefined && now >= before, `${key} was lost`).toBe(true);
          }

          // Every link on the list leads to a page that exists and opens without an error.
          const hrefs = await page.locator('.saved-list__title a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
          expect(await page.locator('.saved-list').innerText()).not.toMatch(/\[object Object\]|undefined/);
          for (const href of hrefs) {
            expect(new URL(href).origin).toBe(origin);
            const response = await page.goto(href);
            expect(response?.status(), href).toBe(200);
            await page.waitForSelector('[data-hydrated]');
          }
          expect(watch.errors).toEqual([]);
          expect(watch.cspViolations).toEqual([]);
        } finally {
          await close();
        }
      }),
      { numRuns: RUNS, seed: process.env.IMPORT_PROPERTY_SEED ? Number(process.env.IMPORT_PROPERTY_SEED) : undefined, endOnFailure: true },
    );
  });
});
