import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ICONS, appIconSvg, appManifest, DEFAULT_THEME } from '../../src/lib/offline/app-manifest';
import { formatBytes, searchCacheName, searchFiles } from '../../src/lib/offline/caches';
import { offlineSearchWarning, progressText, savedIndex, searchIndexStatus } from '../../src/lib/offline/search-progress';

const favicon = readFileSync(resolve(import.meta.dirname, '../../public/favicon.svg'), 'utf8');

describe('the web app manifest', () => {
  const options = { name: 'Northfield Mentoring Guide', shortName: 'NF Mentoring', description: 'd', lang: 'en-GB', themeColour: '#7a1f5c' };

  it("names the institution's copy, starts and stays within its base path, and links its icons there", () => {
    const manifest = appManifest({ ...options, base: '/mentoring' });
    expect(manifest).toMatchObject({ name: 'Northfield Mentoring Guide', short_name: 'NF Mentoring', start_url: '/mentoring/', scope: '/mentoring/', display: 'standalone', theme_color: '#7a1f5c' });
    expect(manifest.icons.every((icon) => icon.src.startsWith('/mentoring/icons/') && icon.src.endsWith('.png'))).toBe(true);
    expect(appManifest({ ...options, base: '/' }).start_url).toBe('/');
  });

  it('offers the 192 and 512 pixel icons browsers ask for before installing, in both purposes', () => {
    const icons = appManifest({ ...options, base: '/' }).icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(icons).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']));
    expect(APP_ICONS.some((icon) => icon.file === 'apple-touch-icon.png' && icon.size === 180)).toBe(true);
  });

  it("takes the guide's colours from tokens.css", () => {
    const tokens = readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
    expect(tokens.split('@media')[0]).toContain(`--color-accent: ${DEFAULT_THEME.accent};`);
    expect(favicon).toContain(DEFAULT_THEME.accent);
  });
});

describe('the app icons', () => {
  it('recolour the source image with the accent and draw it at the size asked for', () => {
    const svg = appIconSvg(favicon, { size: 192, purpose: 'any' }, '#7a1f5c');
    expect(svg).toMatch(/^<svg [^>]*width="192" height="192" viewBox="0 0 32 32">/);
    expect(svg).toContain('#7a1f5c');
    expect(svg).not.toContain(DEFAULT_THEME.accent);
  });

  it('fill a maskable icon edge to edge and keep the drawing inside the safe middle', () => {
    const svg = appIconSvg(favicon, { size: 512, purpose: 'maskable' });
    expect(svg).toContain(`<rect width="32" height="32" fill="${DEFAULT_THEME.accent}"/><g transform="translate(4.8 4.8) scale(0.7)">`);
  });

  it('refuses a source that is not an SVG with a viewBox', () => {
    expect(() => appIconSvg('<png/>', { size: 192, purpose: 'any' })).toThrow(/viewBox/);
  });
});

describe('the search index kept offline', () => {
  it("lists the files searching needs, not Pagefind's own UI", () => {
    const paths = ['pagefind.js', 'pagefind-entry.json', 'pagefind-ui.js', 'pagefind-component-ui.css', 'pagefind.en-gb_81656.pf_meta', 'pagefind.old.pf_meta', 'wasm.en-gb.pagefind', 'wasm.unknown.pagefind', 'index/en-gb_1.pf_index', 'fragment/en-gb_2.pf_fragment', 'filter/en-gb_3.pf_filter'];
    expect(searchFiles(paths, [{ hash: 'en-gb_81656', wasm: 'en-gb' }])).toEqual([
      'filter/en-gb_3.pf_filter',
      'fragment/en-gb_2.pf_fragment',
      'index/en-gb_1.pf_index',
      'pagefind-entry.json',
      'pagefind.en-gb_81656.pf_meta',
      'pagefind.js',
      'wasm.en-gb.pagefind',
    ]);
  });

  it('keeps one cache per copy of the guide on a host', () => {
    expect(searchCacheName('/mentoring')).toBe(searchCacheName('/mentoring/'));
    expect(searchCacheName('/')).not.toBe(searchCacheName('/mentoring/'));
  });

  const files = [
    { url: '/a', bytes: 100 * 1024 },
    { url: '/b', bytes: 200 * 1024 },
  ];

  it('says how much is saved, in words and sizes', () => {
    expect(searchIndexStatus(savedIndex(files, () => false))).toBe('Search needs a connection: the search index (300 KB) is not saved on this device yet.');
    expect(searchIndexStatus(savedIndex(files, (file) => file.url === '/a'))).toBe(
      'Search works offline only in part: 1 of 2 files of the search index (100 KB of 300 KB) are saved on this device.',
    );
    expect(searchIndexStatus(savedIndex(files, () => true))).toBe('Search works offline: all of the search index (300 KB) is saved on this device.');
    expect(progressText(1, 2, 100 * 1024, 300 * 1024)).toBe('Saved 1 of 2 files (100 KB of 300 KB)');
    expect(formatBytes(3 * 1024 * 1024 + 200 * 1024)).toBe('3.2 MB');
  });

  it('warns offline only when part of the index is missing', () => {
    expect(offlineSearchWarning(savedIndex(files, () => true))).toBeUndefined();
    expect(offlineSearchWarning(savedIndex(files, (file) => file.url === '/b'))).toMatch(/only part of the search index is saved on this device \(1 of 2 files\): some pages may be missing/);
    expect(offlineSearchWarning(savedIndex(files, () => false))).toMatch(/^You are offline, and the search index is not saved/);
  });
});
