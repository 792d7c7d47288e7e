/**
 * The web app manifest and its icons: what a browser needs to offer "Install" / "Add to home
 * screen". Pure: the pages in src/pages/ (manifest.webmanifest.ts, icons/[icon].png.ts) give it
 * the site's name, base path and colours, and render the icons' SVG with resvg.
 */
import { joinBase } from '../paths';
import { SCHEME_COLOURS } from '../site-config/accent';

/** The colours of src/styles/tokens.css (light scheme) that the manifest and the icons use (a unit test keeps them in step). */
export const DEFAULT_THEME = { accent: '#0a5c70', background: SCHEME_COLOURS.light.bg } as const;

export interface AppIcon {
  /** The file name below `icons/`, e.g. "icon-192.png". */
  file: string;
  size: number;
  /** Maskable icons fill their square edge to edge: the launcher crops them to its own shape. */
  purpose: 'any' | 'maskable';
}

/**
 * 192 and 512 pixels are the sizes Chromium asks for before offering installation; maskable ones
 * for Android's shaped icons; 180 for iOS's home screen (apple-touch-icon).
 */
export const APP_ICONS: readonly AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-192.png', size: 192, purpose: 'maskable' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'maskable' },
];

export interface ManifestOptions {
  name: string;
  shortName: string;
  description: string;
  lang: string;
  /** The base path the site is built for, e.g. "/" or "/mentoring/". */
  base: string;
  /** The accent colour (the institution's, when it sets one). */
  themeColour: string;
}

/** The manifest's JSON: start page and scope are the base path, so an institution's copy installs on its own. */
export function appManifest({ name, shortName, description, lang, base, themeColour }: ManifestOptions) {
  const home = joinBase(base, '/');
  return {
    name,
    short_name: shortName,
    description,
    lang,
    id: home,
    start_url: home,
    scope: home,
    display: 'standalone',
    background_color: DEFAULT_THEME.background,
    theme_color: themeColour,
    icons: APP_ICONS.filter((icon) => icon.file !== 'apple-touch-icon.png').map((icon) => ({
      src: joinBase(base, `/icons/${icon.file}`),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

/**
 * An icon's SVG from the one source image (public/favicon.svg): its accent recoloured to the
 * site's, drawn at `size` pixels. A maskable icon fills the square with the accent and shrinks
 * the drawing into the middle 70%, inside the circle every launcher's mask keeps.
 */
export function appIconSvg(source: string, { size, purpose }: Pick<AppIcon, 'size' | 'purpose'>, accent: string = DEFAULT_THEME.accent): string {
  const viewBox = /viewBox="([^"]+)"/.exec(source)?.[1];
  const inner = /<svg[^>]*>([^]*)<\/svg>\s*$/.exec(source)?.[1];
  if (!viewBox || inner === undefined) throw new Error('The icon source must be an <svg> with a viewBox.');
  const [, , width = 0, height = 0] = viewBox.split(/[\s,]+/).map(Number);
  const recoloured = inner.replaceAll(DEFAULT_THEME.accent, accent);
  const drawing =
    purpose === 'maskable'
      ? `<rect width="${width}" height="${height}" fill="${accent}"/><g transform="translate(${width * 0.15} ${height * 0.15}) scale(0.7)">${recoloured}</g>`
      : recoloured;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${viewBox}">${drawing}</svg>`;
}
