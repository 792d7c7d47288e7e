/**
 * Colour contrast as WCAG 2.2 defines it (relative luminance of sRGB colours), and the nearest
 * shade of a colour that reaches a given ratio. Pure functions: the site config's accent colour
 * is checked with them at build time.
 */

export type Rgb = readonly [number, number, number];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** True for `#rgb` or `#rrggbb`. */
export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

export function parseHex(hex: string): Rgb {
  if (!isHexColour(hex)) throw new Error(`"${hex}" is not a colour written as #rrggbb`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1);
  return [0, 2, 4].map((start) => Number.parseInt(digits.slice(start, start + 2), 16)) as unknown as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, '0')).join('')}`;
}

function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(parseHex(first)), relativeLuminance(parseHex(second))].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

/** The colour `amount` (0 to 1) of the way from `from` to `to`. */
export function mix(from: string, to: string, amount: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  return toHex(a.map((channel, index) => channel + (b[index] - channel) * amount) as unknown as Rgb);
}

/** The lowest of the colour's contrast ratios against each of the others. */
export function weakestContrast(colour: string, against: readonly string[]): number {
  return Math.min(...against.map((other) => contrastRatio(colour, other)));
}

/**
 * The nearest shade of `colour` (mixed towards black to darken, white to lighten, in steps of
 * 2 %) whose `ratioOf` is at least `minimum`; undefined if even black or white falls short.
 */
export function nearestPassingShade(
  colour: string,
  ratioOf: (shade: string) => number,
  minimum: number,
  direction: 'darker' | 'lighter',
): string | undefined {
  const target = direction === 'darker' ? '#000000' : '#ffffff';
  for (let step = 0; step <= 50; step += 1) {
    const shade = mix(colour, target, step / 50);
    if (ratioOf(shade) >= minimum) return shade;
  }
  return undefined;
}

/** A ratio as WCAG writes it, rounded down so that 4.499 never reads as 4.5: "3.21:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
