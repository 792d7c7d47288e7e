/**
 * The README's illustrated tour: screenshots of the main pages at four screen sizes in both
 * colour schemes, and their print previews, from the built site in dist/.
 *
 *   npm run tour            (builds first)
 *   TOUR_ONLY=home,article npm run tour
 *
 * Each view gives two images in docs/tour/: `<view>.png`, one sheet with the page at 1280x800,
 * 1366x768, 375x667 and 320x640 in the light scheme (top row) and the dark (bottom row), and
 * `<view>-print.png`, every page of its PDF side by side. Needs pdftoppm (Debian: poppler-utils);
 * pngquant, where installed, makes the images smaller.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { startStaticServer } from './lib/static-server.ts';
import { TOUR_VIEWS, type TourView } from './lib/tour-views.ts';

const OUT_DIR = resolve(import.meta.dirname, '../docs/tour');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 375, height: 667 },
  { width: 320, height: 640 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Each screenshot's height on the sheet, in pixels. */
const SHEET_ROW_HEIGHT = 360;

const only = process.env.TOUR_ONLY?.split(',').filter(Boolean);
const views = TOUR_VIEWS.filter((view) => !only || only.includes(view.id));
mkdirSync(OUT_DIR, { recursive: true });

const server = await startStaticServer({ dir: process.env.OUT_DIR ?? 'dist', base: '/', port: Number(process.env.TOUR_PORT ?? 4329) });
const browser = await launchChromium();
try {
  for (const view of views) {
    const shots: { label: string; data: string; width: number; height: number }[] = [];
    for (const scheme of SCHEMES) {
      for (const size of SIZES) {
        const page = await openView(browser, view, size, scheme);
        shots.push({ label: `${size.width}×${size.height} ${scheme}`, data: (await page.screenshot()).toString('base64'), ...size });
        await page.context().close();
      }
    }
    await writeSheet(browser, `${view.id}.png`, view.title, shots, SHEET_ROW_HEIGHT, SIZES.length);
    if (view.print !== false) await writePrintPreview(browser, view);
    console.log(`${view.id}: done`);
  }
} finally {
  await browser.close();
  await server.close();
}

async function openView(browser: Browser, view: TourView, size: { width: number; height: number }, scheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({ viewport: size, colorScheme: scheme, locale: 'en-GB', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const base = server.url.endsWith('/') ? server.url : `${server.url}/`;
  if (view.storage) {
    await page.goto(`${base}404.html`);
    await page.evaluate((entries) => Object.entries(entries).forEach(([key, value]) => localStorage.setItem(key, value)), view.storage);
  }
  await page.goto(base + view.path.replace(/^\//, ''));
  await view.prepare?.(page, size);
  // Let fonts settle, focus rings draw and islands hydrate.
  await page.waitForTimeout(150);
  return page;
}

/** A grid of screenshots, `columns` to a row, each scaled to `rowHeight`, with a caption. */
async function writeSheet(browser: Browser, file: string, title: string, shots: { label: string; data: string; width: number; height: number }[], rowHeight: number, columns: number) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  const cells = shots
    .map(
      (shot) =>
        `<figure><img src="data:image/png;base64,${shot.data}" style="height:${rowHeight}px;width:${Math.round((shot.width / shot.height) * rowHeight)}px"><figcaption>${shot.label}</figcaption></figure>`,
    )
    .join('');
  await page.setContent(`<!doctype html><html><body style="margin:0;padding:12px;background:#dde2e8;font:14px system-ui,sans-serif;display:inline-block">
    <p style="margin:0 0 8px;font-weight:700">${title}</p>
    <div style="display:grid;grid-template-columns:repeat(${columns},max-content);gap:12px">${cells}</div>
    <style>figure{margin:0}img{display:block;border:1px solid #8a96a3;box-shadow:0 1px 3px #0003}figcaption{margin-top:4px;color:#333}</style>
  </body></html>`);
  const body = page.locator('body');
  const path = join(OUT_DIR, file);
  await body.screenshot({ path });
  await page.close();
  optimise(path);
}

/** The view printed to PDF (A4), each page rendered small, side by side, with the page count. */
async function writePrintPreview(browser: Browser, view: TourView) {
  const page = await openView(browser, view, SIZES[0], 'light');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.context().close();
  const work = mkdtempSync(join(tmpdir(), 'tour-'));
  try {
    writeFileSync(join(work, 'view.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '50', join(work, 'view.pdf'), join(work, 'page')]);
    const pages = readdirSync(work)
      .filter((name) => name.startsWith('page'))
      .sort()
      .map((name) => ({ label: '', data: readFileSync(join(work, name)).toString('base64'), width: 210, height: 297 }));
    pages.forEach((sheet, index) => (sheet.label = `Page ${index + 1} of ${pages.length}`));
    await writeSheet(browser, `${view.id}-print.png`, `${view.title}: printed (A4)`, pages, 420, Math.min(pages.length, 4));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function optimise(path: string) {
  const result = spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality=60-85', '--output', path, path]);
  if (result.error) return; // pngquant is optional
}
