import { describe, expect, it } from 'vitest';
import { moveIslandStyleToHead } from '../../src/lib/island-style';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
const page = (head: string, body: string) => `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`;

describe("moving Astro's island style into the head", () => {
  it('takes the style out of the body and puts it last in the head, leaving the island where it was', () => {
    const island = '<astro-island uid="1"><button>Save</button></astro-island>';
    const moved = moveIslandStyleToHead(page('<link rel="stylesheet" href="/a.css">', `<main><div>${STYLE}${island}</div></main>`));
    expect(moved).toBe(page(`<link rel="stylesheet" href="/a.css">${STYLE}`, `<main><div>${island}</div></main>`));
    expect(moved.split(STYLE)).toHaveLength(2);
  });

  it('leaves a page without islands, or with the style already in its head, unchanged', () => {
    const plain = page('', '<main><p>Text</p></main>');
    expect(moveIslandStyleToHead(plain)).toBe(plain);
    const done = page(STYLE, '<main><astro-island></astro-island></main>');
    expect(moveIslandStyleToHead(done)).toBe(done);
  });

  it('moves only that exact rule, never a style of the page itself', () => {
    const own = '<style>.note{display:contents}</style>';
    const html = page('', `<main>${own}</main>`);
    expect(moveIslandStyleToHead(html)).toBe(html);
  });
});
