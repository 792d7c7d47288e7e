/**
 * The picture a chat app or email shows with a pasted link (og:image): one for the whole site,
 * drawn at build time (src/pages/preview.png.ts renders this SVG with resvg). It shows the site's
 * icon, its name (an institution's own), the tagline and who hosts this copy, in the colours of
 * src/styles/tokens.css and the institution's accent. Pure: text widths come from the caller.
 */
import { DEFAULT_THEME } from './offline/app-manifest';

/** The size Open Graph and Twitter's large card ask for (1.91:1). */
export const PREVIEW_IMAGE = { path: '/preview.png', width: 1200, height: 630 } as const;

/** The light scheme's text colours of tokens.css (--color-text, --color-muted). */
const TEXT = '#1b2430';
const MUTED = '#4a5463';
/** Fonts resvg finds on Debian (fonts-dejavu-core, which Chromium's packages pull in), macOS and Windows. */
export const PREVIEW_FONTS = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

const MARGIN = 96;
const TEXT_WIDTH = PREVIEW_IMAGE.width - 2 * MARGIN;
const ICON_SIZE = 96;

export interface TextStyle {
  size: number;
  weight: 400 | 700;
}

/** The width in pixels that `text` takes in `style`, or undefined when no font could draw it. */
export type MeasureText = (text: string, style: TextStyle) => number | undefined;

/**
 * Words broken into lines no wider than `width`; a word wider than a line keeps a line of its own.
 * Throws when no font could draw the text: a preview without the site's name would be no use.
 */
export function wrapText(text: string, width: number, style: TextStyle, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    const joined = last === undefined ? word : `${last} ${word}`;
    const joinedWidth = measure(joined, style);
    if (joinedWidth === undefined) {
      throw new Error(
        'The link preview image (preview.png) needs a font to draw the site\'s name, and none was found. Install one (on Debian: apt-get install fonts-dejavu-core).',
      );
    }
    if (last === undefined || joinedWidth <= width) lines.splice(-1, last === undefined ? 0 : 1, joined);
    else lines.push(word);
  }
  return lines;
}

/** The largest of `sizes` at which `text` fits in `maxLines` lines (else the smallest, with however many lines it takes). */
function fitText(text: string, sizes: readonly number[], weight: TextStyle['weight'], maxLines: number, measure: MeasureText) {
  let fitted = { style: { size: sizes.at(-1)!, weight }, lines: [] as string[] };
  for (const size of sizes) {
    const style = { size, weight };
    fitted = { style, lines: wrapText(text, TEXT_WIDTH, style, measure) };
    if (fitted.lines.length <= maxLines) break;
  }
  return fitted;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function textBlock(lines: readonly string[], { size, weight }: TextStyle, top: number, colour: string) {
  const lineHeight = Math.round(size * 1.2);
  const tspans = lines.map((line, index) => `<tspan x="${MARGIN}" y="${top + size + index * lineHeight}">${escapeXml(line)}</tspan>`).join('');
  return {
    svg: `<text font-family="${escapeXml(PREVIEW_FONTS)}" font-size="${size}" font-weight="${weight}" fill="${colour}">${tspans}</text>`,
    bottom: top + size + (lines.length - 1) * lineHeight + Math.round(size * 0.3),
  };
}

export interface PreviewImageOptions {
  /** The site's name: "Mentorship Guide", or an institution's own. */
  name: string;
  tagline: string;
  /** Who hosts this copy, when an institution says so. */
  host?: string | undefined;
  /** The accent colour of the light scheme (the institution's, when it sets one). */
  accent?: string | undefined;
  /** The site's icon (public/favicon.svg), drawn in the accent colour. */
  iconSvg: string;
  measure: MeasureText;
}

/**
 * The preview's SVG: a band of the accent colour along the top, the icon, then the name (in two
 * lines, in smaller type for a long one), the tagline and, for an institution, its name. The
 * longest names the site config allows (60 characters; 120 for the institution) still fit.
 */
export function previewImageSvg({ name, tagline, host, accent = DEFAULT_THEME.accent, iconSvg, measure }: PreviewImageOptions): string {
  const { width, height } = PREVIEW_IMAGE;
  const icon = /<svg[^>]*viewBox="([^"]+)"[^>]*>([^]*)<\/svg>\s*$/.exec(iconSvg);
  if (!icon) throw new Error('The icon source must be an <svg> with a viewBox.');
  const [, viewBox, inner] = icon;
  const iconTop = 72;

  const title = fitText(name, [80, 68, 56, 48], 700, 2, measure);
  const titleBlock = textBlock(title.lines, title.style, iconTop + ICON_SIZE + 32, TEXT);
  const taglineFit = fitText(tagline, [36, 30], 400, 2, measure);
  const taglineBlock = textBlock(taglineFit.lines, taglineFit.style, titleBlock.bottom + 16, MUTED);
  const hostFit = host ? fitText(host, [32, 26], 700, 2, measure) : undefined;
  const hostBlock = hostFit && textBlock(hostFit.lines, hostFit.style, taglineBlock.bottom + 20, accent);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${DEFAULT_THEME.background}"/>`,
    `<rect width="${width}" height="24" fill="${accent}"/>`,
    `<svg x="${MARGIN}" y="${iconTop}" width="${ICON_SIZE}" height="${ICON_SIZE}" viewBox="${viewBox}">${inner!.replaceAll(DEFAULT_THEME.accent, accent)}</svg>`,
    titleBlock.svg,
    taglineBlock.svg,
    hostBlock?.svg ?? '',
    '</svg>',
  ].join('');
}
