import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium, INSTALL_HINT } from '../../scripts/lib/chromium.ts';

/** Flags for a headless Chromium on a machine with no network beyond loopback. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface PageWatch {
  /** Requests to any host other than the site's own. */
  foreignRequests: string[];
  /** Content Security Policy violations the browser reported. */
  cspViolations: string[];
  /** Every script the page requested. */
  scripts: string[];
  /** Uncaught errors in the page. */
  errors: string[];
}

/** A fresh page whose requests, CSP reports and errors are recorded for assertions. */
export async function openWatchedPage(
  browser: Browser,
  siteOrigin: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; watch: PageWatch; close: () => Promise<void> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const watch: PageWatch = { foreignRequests: [], cspViolations: [], scripts: [], errors: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== siteOrigin) watch.foreignRequests.push(request.url());
    if (request.resourceType() === 'script') watch.scripts.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, watch, close: () => context.close() };
}

export interface BrowserSession {
  browser: Browser;
  page: Page;
}

/** One Chromium and one page for a test file: launched before its tests, closed after them. */
export function useBrowser(pageOptions: BrowserContextOptions = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage(pageOptions);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
