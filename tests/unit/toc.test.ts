import { describe, expect, it } from 'vitest';
import { buildToc, shouldShowToc } from '../../src/lib/toc';

const heading = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('buildToc', () => {
  it('nests subsections under their section and drops deeper headings', () => {
    const toc = buildToc([heading(2, 'a'), heading(3, 'a1'), heading(4, 'a1x'), heading(2, 'b'), heading(3, 'b1')]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [{ slug: 'b1', text: 'B1', children: [] }] },
    ]);
  });

  it('ignores a subsection that comes before any section', () => {
    expect(buildToc([heading(3, 'orphan'), heading(2, 'a')])).toEqual([{ slug: 'a', text: 'A', children: [] }]);
  });
});

describe('shouldShowToc', () => {
  it('shows a table of contents only on pages with three or more sections', () => {
    expect(shouldShowToc(buildToc([heading(2, 'a'), heading(2, 'b')]))).toBe(false);
    expect(shouldShowToc(buildToc([heading(2, 'a'), heading(2, 'b'), heading(2, 'c')]))).toBe(true);
  });
});
