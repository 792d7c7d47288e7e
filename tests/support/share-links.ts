/** What the share-link tests (health check and agreement drafts) watch: requests, saved data, the QR code on screen. */
import jsQR from 'jsqr';
import type { Page, Request } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect } from 'vitest';

/** Every request the page makes, with its Referer, for asserting that nothing shared leaves the browser. */
export function recordRequests(page: Page): { url: string; referer: string }[] {
  const requests: { url: string; referer: string }[] = [];
  page.on('request', (request: Request) => requests.push({ url: request.url(), referer: request.headers()['referer'] ?? '' }));
  return requests;
}

/** Asserts that no request went to another host, carried part of the link's data, or had a fragment in its Referer. */
export function expectNoRequestCarries(link: string, origin: string, requests: { url: string; referer: string }[]) {
  const data = link.split('#')[1]!;
  for (const { url, referer } of requests) {
    expect(new URL(url).origin, url).toBe(origin);
    expect(url).not.toContain(data.slice(3, 30));
    expect(referer).not.toContain('#');
  }
}

/** Everything the site keeps in this page's localStorage, by key. */
export const siteStorage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((key) => key.startsWith('mentorship-guide:')).sort().map((key) => [key, localStorage.getItem(key)])));

/** The link on screen once it has been remade from everything typed so far (not while `aria-busy`). */
export async function currentLink(page: Page): Promise<string> {
  const box = page.getByRole('textbox', { name: 'Your link' });
  await expect.poll(() => box.getAttribute('aria-busy')).toBe('false');
  return box.inputValue();
}

/** The QR code on screen, read back from a screenshot as a phone camera would. */
export async function readQrCode(page: Page): Promise<string | undefined> {
  const shot = PNG.sync.read(await page.locator('.together__qr').screenshot());
  return jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data;
}

/** Asserts that a bad link is refused with `message`, shows nothing from it, and leaves saved data as `before`. */
export async function expectRefused(page: Page, message: string, before: Record<string, string | null>) {
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.textContent()).toContain(message);
  expect(await alert.textContent()).toContain('Nothing has been saved or changed.');
  expect(await page.locator('.together__carries').count()).toBe(0);
  expect(await page.locator('.together img').count()).toBe(0);
  expect(await siteStorage(page)).toEqual(before);
}
