import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { previewImageSvg, PREVIEW_FONTS, type TextStyle } from '../lib/link-preview-image';
import { SITE_ACCENT, SITE_HOST, SITE_TAGLINE, SITE_TITLE } from '../site';

/** resvg draws text with the machine's fonts (PREVIEW_FONTS names the ones it looks for). */
const FONT_OPTIONS = { loadSystemFonts: true } as const;

/** A line's width as resvg draws it; undefined when no font was found to draw it. */
function measure(text: string, { size, weight }: TextStyle): number | undefined {
  const escaped = text.replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="400"><text x="0" y="200" font-family="${PREVIEW_FONTS}" font-size="${size}" font-weight="${weight}">${escaped}</text></svg>`;
  const box = new Resvg(svg, { font: FONT_OPTIONS }).getBBox();
  return box && box.x + box.width;
}

/**
 * The link preview image (og:image, see src/components/LinkPreview.astro): drawn at build time in
 * the site's or the institution's name and colour. Built for every site, linked from pages only
 * when the build knows its public address (og:image must be an absolute URL).
 */
export const GET: APIRoute = async () => {
  const iconSvg = await readFile(join(process.cwd(), 'public/favicon.svg'), 'utf8');
  const svg = previewImageSvg({ name: SITE_TITLE, tagline: SITE_TAGLINE, host: SITE_HOST?.name, accent: SITE_ACCENT?.light, iconSvg, measure });
  const png = new Resvg(svg, { font: FONT_OPTIONS }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
