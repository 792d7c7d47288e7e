import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREVIEW_FONTS, PREVIEW_IMAGE, previewImageSvg, wrapText, type MeasureText } from '../../src/lib/link-preview-image';

/** A stand-in for a font: every character is half as wide as the type is high. */
const halfEm: MeasureText = (text, { size }) => text.length * size * 0.5;
/** resvg's own measure with the machine's fonts, as the build uses. */
const resvgMeasure: MeasureText = (text, { size, weight }) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="8000" height="400"><text x="0" y="200" font-family="${PREVIEW_FONTS}" font-size="${size}" font-weight="${weight}">${text.replace(/&/g, '&#38;')}</text></svg>`;
  const box = new Resvg(svg).getBBox();
  return box && box.x + box.width;
};
const iconSvg = readFileSync(join(import.meta.dirname, '../../public/favicon.svg'), 'utf8');

describe('wrapText', () => {
  it('breaks words into lines no wider than asked, keeping every word in order', () => {
    const lines = wrapText('Evidence-based guidance for mentoring in academic medicine', 400, { size: 20, weight: 400 }, halfEm);
    expect(lines.join(' ')).toBe('Evidence-based guidance for mentoring in academic medicine');
    for (const line of lines) expect(line.length * 10).toBeLessThanOrEqual(400);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('gives a word wider than a line a line of its own rather than lose it', () => {
    expect(wrapText('A Supercalifragilisticexpialidocious B', 100, { size: 20, weight: 400 }, halfEm)).toEqual(['A', 'Supercalifragilisticexpialidocious', 'B']);
  });

  it('stops the build with what to install when no font can draw the text', () => {
    expect(() => wrapText('Mentorship Guide', 1000, { size: 80, weight: 700 }, () => undefined)).toThrow(/needs a font.*fonts-dejavu-core/);
  });
});

describe('the link preview image', () => {
  it('names the site in its accent colour, and escapes what the name may contain', () => {
    const svg = previewImageSvg({ name: 'Mentoring <&> Guide', tagline: 'Practical help', host: 'Northfield School of Medicine', accent: '#7a1f5c', iconSvg, measure: halfEm });
    expect(svg).toContain('Mentoring &#60;&#38;&#62; Guide');
    expect(svg).toContain('Northfield School of Medicine');
    expect(svg).toContain('fill="#7a1f5c"');
    expect(svg).not.toContain('#0a5c70');
  });

  it('keeps the longest name and institution the site config allows inside the picture', () => {
    const svg = previewImageSvg({
      // Nearly 60 characters, the most the site config allows.
      name: 'The Northfield & District Faculty Mentoring Programme Guide',
      tagline: 'Evidence-based guidance for mentoring in academic medicine and science',
      host: 'The Northfield and District School of Medicine, Dentistry, Nursing and Allied Health Professions at Northfield University',
      iconSvg,
      measure: resvgMeasure,
    });
    // The drawing without its background: the text and the icon.
    const box = new Resvg(svg.replace(/<rect [^>]*\/>/g, '')).innerBBox();
    expect(box).toBeDefined();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PREVIEW_IMAGE.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(PREVIEW_IMAGE.height);
    // Every word is drawn: none was cut off to make it fit.
    const drawn = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]).join(' ');
    expect(drawn).toContain('Guide');
    expect(drawn).toContain('Northfield University');
    expect(drawn).toContain('academic medicine and science');
  });
});
