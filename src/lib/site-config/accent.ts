/**
 * An institution's accent colour, turned into the custom properties the stylesheets use
 * (--color-accent, -strong, -soft) for each colour scheme, and checked for WCAG AA contrast
 * against the colours it meets on the site: as text on the page and surface backgrounds and on
 * its own soft tint, and behind the text of buttons (--color-on-accent).
 */
import { contrastRatio, mix, nearestPassingShade } from '../contrast';

export type ColourScheme = 'light' | 'dark';

/** WCAG 2.2 AA for normal text. */
export const MINIMUM_TEXT_CONTRAST = 4.5;

/** The backgrounds and button text of src/styles/tokens.css (a unit test keeps them in step). */
export const SCHEME_COLOURS = {
  light: { bg: '#ffffff', surface: '#f4f6f9', onAccent: '#ffffff' },
  dark: { bg: '#11161d', surface: '#1a212b', onAccent: '#0b1a1f' },
} as const satisfies Record<ColourScheme, { bg: string; surface: string; onAccent: string }>;

export interface AccentShades {
  accent: string;
  strong: string;
  soft: string;
}

/** The hover shade (further from the background) and the soft tint (boxes) that go with an accent. */
export function accentShades(accent: string, scheme: ColourScheme): AccentShades {
  return scheme === 'light'
    ? { accent, strong: mix(accent, '#000000', 0.3), soft: mix(accent, '#ffffff', 0.9) }
    : { accent, strong: mix(accent, '#ffffff', 0.4), soft: mix(accent, SCHEME_COLOURS.dark.bg, 0.8) };
}

/** The weakest contrast the accent makes in a scheme, where it is text and where it is a background. */
export function accentContrast(accent: string, scheme: ColourScheme): number {
  const { bg, surface, onAccent } = SCHEME_COLOURS[scheme];
  const { soft } = accentShades(accent, scheme);
  return Math.min(...[bg, surface, soft, onAccent].map((other) => contrastRatio(accent, other)));
}

/** The nearest shade that passes in the scheme: darker for the light scheme, lighter for the dark one. */
export function nearestPassingAccent(accent: string, scheme: ColourScheme): string | undefined {
  return nearestPassingShade(accent, (shade) => accentContrast(shade, scheme), MINIMUM_TEXT_CONTRAST, scheme === 'light' ? 'darker' : 'lighter');
}

/**
 * The dark scheme's accent when the config gives one colour: the colour itself if it passes on
 * the dark background, else the nearest lighter shade that does.
 */
export function derivedDarkAccent(light: string): string | undefined {
  return nearestPassingAccent(light, 'dark');
}

/** The style that sets the accent's custom properties for both schemes (inlined, hashed for the CSP). */
export function accentStyle(accent: { light: string; dark: string }): string {
  const declarations = (scheme: ColourScheme) => {
    const shades = accentShades(accent[scheme], scheme);
    return `--color-accent:${shades.accent};--color-accent-strong:${shades.strong};--color-accent-soft:${shades.soft}`;
  };
  // `:root:root` outranks tokens.css's `:root` wherever the stylesheet's link falls in the page.
  return `:root:root{${declarations('light')}}@media (prefers-color-scheme: dark){:root:root{${declarations('dark')}}}`;
}
