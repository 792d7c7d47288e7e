/**
 * The main flows in Firefox ESR as well as Chromium (issue #12): an assessment to its results, a
 * checklist ticked and reloaded, the agreement, export and import, and search. Firefox is driven
 * over WebDriver BiDi by puppeteer-core (Playwright cannot drive Debian's Firefox).
 */
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchFirefox } from '../../scripts/lib/firefox.ts';
import { loadDefinition, loadPages } from '../support/assessments.ts';

const siteUrl = inject('siteUrls').root;
const subpathUrl = inject('siteUrls').subpath;

let browser: Browser;
beforeAll(async () => {
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
});

interface FirefoxPage {
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

/** A fresh private profile (its own storage) with one page, recording uncaught errors and CSP reports. */
async function open(path: string, storage: Record<string, string> = {}): Promise<FirefoxPage> {
  const context: BrowserContext = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => void dialog.accept());
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp?: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(event.violatedDirective);
    });
    // Downloads are captured as text instead of saved: the test reads what the page offered.
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) void object.text().then((text) => ((window as unknown as { __download?: string }).__download = text));
      return create(object);
    };
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      if (!this.download) HTMLElement.prototype.click.call(this);
    };
  });
  if (Object.keys(storage).length > 0) {
    await page.goto(`${siteUrl}404.html`);
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, storage);
  }
  await page.goto(`${siteUrl}${path}`);
  return { page, errors, close: () => context.close() };
}

/** Polls `read` until it returns `expected` (compared as JSON), or fails with the last value seen. */
async function until<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(last).toEqual(expected);
}

const text = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLElement).innerText).catch(() => '');
const cspReports = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

describe('in Firefox ESR', () => {
  it('takes an assessment to its results, and keeps them after a reload', async () => {
    const id = 'relationship-health-check';
    const definition = loadDefinition(id);
    const { page, errors, close } = await open(`assessments/${id}/`);
    try {
      await page.waitForSelector('.assessment[data-hydrated]');
      // A page of questions at a time, then "check your answers", then the results.
      for (const questions of loadPages(definition)) {
        for (const item of questions) {
          await page.waitForSelector(`input[name="question-${item.id}"]`);
          await page.click(`input[name="question-${item.id}"]`);
        }
        await page.click('.assessment__form button[type="submit"]');
      }
      await page.waitForSelector('#check-heading');
      await page.click('.assessment__form button[type="submit"]');
      await page.waitForSelector('#results-heading');
      await until(() => page.$$eval('.score-table tbody tr', (rows) => rows.length), definition.domains.length);
      await page.reload();
      await page.waitForSelector('#results-heading');
      expect(await text(page, '.results__meta')).toMatch(/^Completed \d{1,2} \w+ \d{4}/);
      expect(errors).toEqual([]);
      expect(await cspReports(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('ticks a checklist item and finds it ticked after a reload, with meeting dates written out', async () => {
    const { page, errors, close } = await open('checklists/meeting-agenda/');
    try {
      await page.waitForSelector('.checklist[data-hydrated]');
      await page.click('.meetings button');
      await page.$eval('#meeting-date', (input) => {
        (input as HTMLInputElement).value = '2026-03-02';
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      const first = await page.$eval('.checklist-section input[type="checkbox"]', (input) => input.id);
      await page.click(`#${first}`);
      await until(() => text(page, '.checklist__progress-text').then((current) => current.startsWith('1 of')), true);
      await page.reload();
      await page.waitForSelector('.checklist[data-hydrated]');
      await until(() => page.$eval(`#${first}`, (input) => (input as HTMLInputElement).checked), true);
      expect(await text(page, '.meetings__list')).toMatch(/Mon,? 2 March 2026/);
      expect(await text(page, '.meetings__list')).not.toMatch(/Invalid Date/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('saves the agreement as it is typed and shows it in the printable copy', async () => {
    const { page, errors, close } = await open('agreement/');
    try {
      await page.waitForSelector('.agreement[data-hydrated]');
      await page.type('#agreement-mentorName', 'Daniel [click](javascript:alert(1))');
      await page.reload();
      await page.waitForSelector('.agreement[data-hydrated]');
      await until(() => page.$eval('#agreement-mentorName', (input) => (input as HTMLInputElement).value), 'Daniel [click](javascript:alert(1))');
      expect(await page.$$eval('.agreement a[href^="javascript:"]', (links) => links.length)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('exports what is saved to a file, and imports a file with a preview', async () => {
    const checklist = {
      format: 1,
      definitionVersion: 1,
      entries: [{ id: 'entry-1', ticked: ['agree-how-often-to-meet'], notes: {}, createdAt: '2026-02-01T09:00:00.000Z', updatedAt: '2026-02-01T09:00:00.000Z' }],
    };
    const { page, errors, close } = await open('my-data/', { 'mentorship-guide:checklist:first-meeting': JSON.stringify(checklist) });
    try {
      await page.waitForSelector('.my-data[data-hydrated]');
      await until(() => page.$$eval('.saved-list__title', (titles) => titles.length), 1);
      const exportButton = await page.waitForSelector('::-p-text(Export all my data)');
      await exportButton!.click();
      await until(() => page.evaluate(() => typeof (window as unknown as { __download?: string }).__download), 'string');
      const exported = JSON.parse(await page.evaluate(() => (window as unknown as { __download: string }).__download));
      expect(Object.keys(exported.records)).toEqual(['mentorship-guide:checklist:first-meeting']);

      const file = join(mkdtempSync(join(tmpdir(), 'firefox-import-')), 'export.json');
      writeFileSync(file, JSON.stringify({ ...exported, records: { ...exported.records, 'mentorship-guide:agreement': { format: 1, fields: { goals: 'One paper' }, updatedAt: '2026-03-01T10:00:00.000Z' } } }));
      const input = await page.$('#import-file');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      await page.waitForSelector('.import-preview h3');
      expect(await text(page, '.import-preview h3')).toBe('This file holds 2 records');
      const importButton = await page.waitForSelector('.import-preview .actions .button:not(.button--secondary)');
      await importButton!.click();
      await until(() => text(page, '.my-data__status').then((status) => status.startsWith('Import finished')), true);
      await until(() => page.$$eval('.saved-list__title', (titles) => titles.length), 2);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('searches from a link, under a base path too, and shortens an enormous query', async () => {
    const { page, errors, close } = await open('search/?q=credit');
    try {
      await page.waitForSelector('[data-search-results][aria-busy="false"][data-search-query="credit"]', { timeout: 20_000 });
      expect(await text(page, '[data-search-status]')).toMatch(/^\d+ results for “credit”$/);
      await page.goto(`${subpathUrl}search/?q=${'credit%20'.repeat(100)}`);
      const twelve = Array.from({ length: 12 }, () => 'credit').join(' ');
      await page.waitForSelector(`[data-search-results][aria-busy="false"][data-search-query="${twelve}"]`, { timeout: 20_000 });
      expect(await text(page, '[data-search-shortened]')).toContain('Your search was shortened');
      const hrefs = await page.$$eval('[data-search-list] a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.every((href) => href.startsWith('/mentoring/'))).toBe(true);
      expect(errors).toEqual([]);
      expect(await cspReports(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
