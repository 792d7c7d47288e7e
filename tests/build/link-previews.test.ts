import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PREVIEW_IMAGE } from '../../src/lib/link-preview-image.ts';
import { builtHtmlFiles } from '../../src/integrations/hosting-headers.ts';
import { listBuiltPages } from '../support/built-pages.ts';
import { SITE_BUILDS } from '../support/site-builds.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&#39;': "'", '&#34;': '"', '&quot;': '"', '&lt;': '<', '&gt;': '>' };
/** Text as written in HTML, as a reader sees it. */
const decode = (html: string) => html.replace(/&(?:amp|#39|#34|quot|lt|gt);/g, (entity) => ENTITIES[entity]!);

/** The content of each `<meta property|name="…">` of a page, by its name, as plain text. */
function metaTags(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)].map((match) => [match[1]!, decode(match[2]!)]));
}

const read = (outDir: string, page: string) => readFileSync(join(outDir, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');

describe('link previews', () => {
  it.each(Object.keys(SITE_BUILDS) as (keyof typeof SITE_BUILDS)[])(
    'in the %s build, every page tells a chat app or email its title, description and site name',
    (name) => {
      const { outDir } = SITE_BUILDS[name];
      for (const page of listBuiltPages(outDir)) {
        const html = read(outDir, page);
        const meta = metaTags(html);
        const title = decode(/<title>([^<]+)<\/title>/.exec(html)![1]!);
        expect(title.startsWith(meta.get('og:title')!), `/${page}: og:title "${meta.get('og:title')}" begins "${title}"`).toBe(true);
        expect(meta.get('og:description'), page).toBe(meta.get('description'));
        // The large card needs the picture, which needs the public address.
        expect(meta.get('twitter:card'), page).toBe('SITE_URL' in SITE_BUILDS[name].env ? 'summary_large_image' : 'summary');
        expect(meta.get('twitter:title'), page).toBe(meta.get('og:title'));
        expect(meta.get('og:site_name'), page).toBeTruthy();
      }
    },
  );

  it.each(Object.keys(SITE_BUILDS) as (keyof typeof SITE_BUILDS)[])(
    'in the %s build, the preview picture is a 1200 × 630 PNG small enough for a chat app to fetch, and not saved for offline reading',
    (name) => {
      const { outDir } = SITE_BUILDS[name];
      const file = readFileSync(join(outDir, 'preview.png'));
      const png = PNG.sync.read(file);
      expect([png.width, png.height]).toEqual([1200, 630]);
      expect(file.length).toBeLessThan(60 * 1024);
      expect(readFileSync(join(outDir, 'sw.js'), 'utf8')).not.toContain('preview.png');
    },
  );
});

describe('a build without a public address (SITE_URL)', () => {
  const { outDir } = SITE_BUILDS.root;

  it('leaves out canonical links, og:url, og:image and the sitemap, rather than point them at localhost', async () => {
    const files = await builtHtmlFiles(outDir);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/rel="canonical"|property="og:url"|property="og:image|localhost/);
    }
    expect(existsSync(join(outDir, 'sitemap-index.xml'))).toBe(false);
    expect(read(outDir, '')).not.toContain('sitemap-index.xml');
  });
});

describe('a build with a public address', () => {
  const { outDir, base, env } = SITE_BUILDS.subpath;

  it('gives every indexed page its canonical address, also as og:url, and writes the sitemap the footer links to', () => {
    // The 404 and offline pages stand in for other pages and are marked noindex: no address of their own.
    const standIns = ['404.html', 'offline/'];
    for (const page of listBuiltPages(outDir).filter((page) => !standIns.includes(page))) {
      const html = read(outDir, page);
      const address = `${env.SITE_URL}${base}${page}`;
      expect(html, page).toContain(`<link rel="canonical" href="${address}">`);
      expect(metaTags(html).get('og:url'), page).toBe(address);
    }
    for (const page of standIns) expect(read(outDir, page), page).not.toMatch(/rel="canonical"|og:url/);
    expect(existsSync(join(outDir, 'sitemap-index.xml'))).toBe(true);
    expect(read(outDir, '')).toContain(`href="${base}sitemap-index.xml"`);
  });

  it('shows its picture with every page, at an absolute address, with its size and a text alternative', () => {
    const image = `${env.SITE_URL}${base}preview.png`;
    for (const page of listBuiltPages(outDir)) {
      const meta = metaTags(read(outDir, page));
      expect(meta.get('og:image'), page).toBe(image);
      expect([meta.get('og:image:width'), meta.get('og:image:height')], page).toEqual([String(PREVIEW_IMAGE.width), String(PREVIEW_IMAGE.height)]);
      expect(meta.get('og:image:alt'), page).toBe('Northfield Mentoring Guide. Evidence-based guidance for mentoring in academic medicine and science. Northfield School of Medicine');
      expect(meta.get('twitter:image:alt'), page).toBe(meta.get('og:image:alt'));
    }
  });
});
