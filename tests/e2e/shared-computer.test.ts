import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SHARED_MODE_KEY, STORAGE_PREFIX } from '../../src/lib/storage/keys';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { fillStorage, openWatchedPage, useSharedBrowser, type WatchedPageOptions } from '../support/browser.ts';

const siteUrl = inject('siteUrls').root;
const origin = new URL(siteUrl).origin;
const shared = useSharedBrowser();

const checkbox = (page: Page, index: number) => page.locator('.checklist input[type="checkbox"]').nth(index);
const offer = (page: Page) => page.getByRole('complementary', { name: 'On a shared computer?' });
const banner = (page: Page) => page.getByRole('region', { name: 'Shared-computer mode' });
/** The site's keys in localStorage and in sessionStorage. */
const siteKeys = (page: Page) =>
  page.evaluate((prefix) => {
    const keysOf = (area: Storage) => Object.keys(area).filter((key) => key.startsWith(prefix) && !key.endsWith('probe'));
    return { local: keysOf(localStorage), session: keysOf(sessionStorage) };
  }, STORAGE_PREFIX);

async function openChecklist(page: Page) {
  await page.goto(`${siteUrl}checklists/first-meeting/`);
  await page.waitForSelector('.checklist[data-hydrated]');
}

/**
 * Every key any page of the context writes to localStorage, by setItem or by assignment (as
 * nanostores does), kept in window.name where the test can read it.
 */
async function recordLocalWrites(context: BrowserContext) {
  await context.addInitScript(() => {
    const record = (key: string) => (window.name = JSON.stringify([...(JSON.parse(window.name || '[]') as string[]), key]));
    const real = window.localStorage;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === real) record(key);
      return setItem.call(this, key, value);
    };
    const watched = new Proxy(real, {
      get: (target, property) => {
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
      set: (target, property, value) => {
        record(String(property));
        return Reflect.set(target, property, value);
      },
    });
    Object.defineProperty(window, 'localStorage', { get: () => watched, configurable: true });
  });
}
const localWrites = async (page: Page) => (JSON.parse(await page.evaluate(() => window.name || '[]')) as string[]).filter((key) => key.startsWith(STORAGE_PREFIX) && !key.endsWith('probe'));

async function inSharedMode(options: WatchedPageOptions = {}) {
  const opened = await openWatchedPage(shared.browser, origin, options);
  await opened.page.goto(siteUrl);
  await opened.page.evaluate((key) => sessionStorage.setItem(key, '1'), SHARED_MODE_KEY);
  return opened;
}

describe('the shared-computer mode', () => {
  it('is offered on a page that saves; choosing it moves what was entered into the session, and nothing is written to localStorage after', async () => {
    const { page, watch, close } = await openWatchedPage(shared.browser, origin, { setup: recordLocalWrites });
    try {
      await openChecklist(page);
      await expect(offer(page).isVisible()).resolves.toBe(true);
      await expect(banner(page).isVisible()).resolves.toBe(false);
      await checkbox(page, 0).check();
      await expect.poll(() => siteKeys(page).then((keys) => keys.local)).toEqual([`${STORAGE_PREFIX}checklist:first-meeting`]);
      await expect(localWrites(page), 'the write is seen before the mode').resolves.toContain(`${STORAGE_PREFIX}checklist:first-meeting`);

      // The button's work loads on the press, then reloads the page.
      const reloaded = page.waitForEvent('load');
      await offer(page).getByRole('button', { name: 'Use shared-computer mode' }).click();
      await reloaded;
      await page.waitForSelector('.checklist[data-hydrated]');
      await expect(checkbox(page, 0).isChecked(), 'what was ticked before choosing moved with it').resolves.toBe(true);
      await expect(siteKeys(page)).resolves.toEqual({ local: [], session: [`${STORAGE_PREFIX}checklist:first-meeting`] });
      await expect(banner(page).innerText()).resolves.toContain('kept only in this browser tab until you close it');
      await expect(offer(page).isVisible()).resolves.toBe(false);
      await page.evaluate(() => (window.name = '[]'));

      await checkbox(page, 1).check();
      await page.goto(`${siteUrl}agreement/`);
      await page.waitForSelector('.agreement[data-hydrated]');
      await page.locator('.agreement textarea').first().fill('Meet every two weeks.');
      await expect.poll(() => siteKeys(page).then((keys) => keys.session.length)).toBe(2);

      watch.scripts.length = 0;
      await page.goto(`${siteUrl}articles/first-meeting/`);
      await expect(banner(page).isVisible(), 'the banner is on every page').resolves.toBe(true);
      expect(watch.scripts, 'an article still requests no script').toEqual([]);

      await page.goto(`${siteUrl}my-data/`);
      await expect.poll(() => page.locator('main').innerText()).toContain('Checklist: The first meeting');
      await expect(page.locator('main').innerText()).resolves.toContain('Mentoring agreement');

      await expect(localWrites(page), 'writes to localStorage in the mode').resolves.toEqual([]);
      await expect(siteKeys(page).then((keys) => keys.local)).resolves.toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }

    const { page: later, close: closeLater } = await openWatchedPage(shared.browser, origin);
    try {
      await openChecklist(later);
      await expect(checkbox(later, 0).isChecked(), 'a new browser session finds nothing').resolves.toBe(false);
      await expect(banner(later).isVisible()).resolves.toBe(false);
      await expect(offer(later).isVisible()).resolves.toBe(true);
    } finally {
      await closeLater();
    }
  });

  it('forgets everything entered in the session, after asking, and stays on', async () => {
    const { page, close } = await inSharedMode({ dialogs: 'accept' });
    try {
      await openChecklist(page);
      await checkbox(page, 0).check();
      await expect.poll(() => siteKeys(page).then((keys) => keys.session.length)).toBe(1);
      await expectNoAxeViolationsInBothSchemes(page, 'a checklist in the shared-computer mode');
      const reloaded = page.waitForEvent('load');
      await banner(page).getByRole('button', { name: 'Forget everything now' }).click();
      await reloaded;
      await page.waitForSelector('.checklist[data-hydrated]');
      await expect(checkbox(page, 0).isChecked()).resolves.toBe(false);
      await expect(siteKeys(page)).resolves.toEqual({ local: [], session: [] });
      await expect(banner(page).isVisible()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it('is chosen by keyboard, and declining it hides the offer for the session while saving goes on as usual', async () => {
    const { page, close } = await openWatchedPage(shared.browser, origin);
    try {
      await openChecklist(page);
      await expectNoAxeViolationsInBothSchemes(page, 'a checklist offering the shared-computer mode');
      const decline = offer(page).getByRole('button', { name: 'No, this is my own computer' });
      await decline.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => offer(page).isVisible()).toBe(false);
      await checkbox(page, 0).check();
      await expect.poll(() => siteKeys(page).then((keys) => keys.local)).toEqual([`${STORAGE_PREFIX}checklist:first-meeting`]);
      await page.reload();
      await page.waitForSelector('.checklist[data-hydrated]');
      await expect(offer(page).isVisible(), 'not offered again this session').resolves.toBe(false);
    } finally {
      await close();
    }
  });

  it('says so, as for any storage, when the session storage is full, and keeps what was entered on the page', async () => {
    const { page, close } = await inSharedMode();
    try {
      await fillStorage(page, 'sessionStorage');
      await openChecklist(page);
      await checkbox(page, 0).check();
      await expect.poll(() => page.locator('.storage-notices').innerText()).toContain('storage for this site is full');
      await expect(checkbox(page, 0).isChecked()).resolves.toBe(true);
      await expect(siteKeys(page)).resolves.toEqual({ local: [], session: [] });
    } finally {
      await close();
    }
  });
});
