import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

/** One headless Chromium, as every browser test and benchmark launches it. */
export const launchBrowser = launchChromium;

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

export interface WatchedPageOptions extends BrowserContextOptions {
  /**
   * Written to the site's localStorage before the test's first page loads: the page visits the
   * site's /404.html and writes them there, once. (An init script would write them again on every
   * navigation, over what the site itself saved.) Leaves the page at /404.html.
   */
  storage?: Record<string, string>;
  /** Runs on the new context before its page opens, e.g. to add init scripts. */
  setup?: (context: BrowserContext) => Promise<unknown>;
  /** How to answer alert(), confirm() and prompt(); left unset, Playwright dismisses them. */
  dialogs?: 'accept' | 'dismiss';
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  watch: PageWatch;
  /** Closes the page's context (and any other page opened in it). */
  close: () => Promise<void>;
}

/** A fresh page, in a context of its own, whose requests, CSP reports and errors are recorded for assertions. */
export async function openWatchedPage(browser: Browser, siteOrigin: string, options: WatchedPageOptions = {}): Promise<WatchedPage> {
  const { storage = {}, setup, dialogs, ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  await setup?.(context);
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
  if (dialogs) page.on('dialog', (dialog) => (dialogs === 'accept' ? dialog.accept() : dialog.dismiss()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  if (Object.keys(storage).length > 0) {
    await page.goto(`${siteOrigin}/404.html`);
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, storage);
  }
  return { page, context, watch, close: () => context.close() };
}

/** A `setup` for openWatchedPage: every page of the context finds localStorage disabled, as a browser set to block site data does. */
export async function disableLocalStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
  });
}

export interface BrowserSession {
  browser: Browser;
  page: Page;
}

/** One Chromium for a test file's tests to share: launched before them, closed after them. Read `.browser` inside tests. */
export function useSharedBrowser(): { browser: Browser } {
  const shared = {} as { browser: Browser };
  beforeAll(async () => {
    shared.browser = await launchBrowser();
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  return shared;
}

/** One Chromium and one page for a test file: launched before its tests, closed after them. */
export function useBrowser(pageOptions: BrowserContextOptions = {}): BrowserSession {
  const session = useSharedBrowser() as BrowserSession;
  beforeAll(async () => {
    session.page = await session.browser.newPage(pageOptions);
  });
  return session;
}

/**
 * A `setup` for openWatchedPage: localStorage accepts writes, but every read throws, as some
 * locked-down or damaged browser profiles do. Writes still land, so what is stored can be checked
 * afterwards with the original getItem, kept on `window.__realGetItem`.
 */
export async function unreadableLocalStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const proto = Storage.prototype;
    (window as unknown as { __realGetItem: typeof proto.getItem }).__realGetItem = proto.getItem;
    const refuse = () => {
      throw new DOMException('Reading storage is not allowed', 'SecurityError');
    };
    proto.getItem = refuse;
    proto.key = refuse;
    Object.defineProperty(proto, 'length', { get: refuse, configurable: true });
  });
}

/**
 * Fills the origin's localStorage or sessionStorage, leaving room for the site's tiny write test
 * only (far too little for a saved record), as a browser whose storage is full does.
 */
export async function fillStorage(page: Page, area: 'localStorage' | 'sessionStorage'): Promise<void> {
  await page.evaluate((name) => {
    const storage = window[name];
    const sizes = new Map<number, string>();
    let chunk = 'x'.repeat(1024 * 1024);
    for (let index = 0; chunk.length >= 1; index++) {
      try {
        storage.setItem(`filler-${index}`, chunk);
        sizes.set(chunk.length, `filler-${index}`);
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    storage.removeItem(sizes.get(32)!);
  }, area);
}
