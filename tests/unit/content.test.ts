/**
 * Checks on the articles themselves, read straight from content/: length, heading outline
 * and citations. The build checks cross-references; these check what a reader gets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citedIds } from '../../src/lib/content-integrity';
import { countWords } from '../../src/lib/reading-time';

const articlesDir = resolve(import.meta.dirname, '../../content/articles');
const articles = readdirSync(articlesDir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(join(articlesDir, file), 'utf8');
    const [, frontmatter = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    return { file, data: parse(frontmatter) as { references: string[] }, body };
  });

/** Heading levels in document order, ignoring anything inside fenced code. */
function headingLevels(body: string): number[] {
  return body
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .map((line) => /^(#{1,6})\s/.exec(line)?.[1]?.length)
    .filter((level): level is number => level !== undefined);
}

describe.each(articles)('$file', ({ body, data }) => {
  it('has at least 500 words of text', () => {
    expect(countWords(body)).toBeGreaterThanOrEqual(500);
  });

  it('starts its sections at h2 and never skips a heading level', () => {
    const levels = headingLevels(body);
    expect(levels[0]).toBe(2);
    levels.forEach((level, index) => {
      if (index > 0) expect(level, `heading ${index + 1}`).toBeLessThanOrEqual(levels[index - 1]! + 1);
    });
  });

  it('has no heading of its own called References (the page adds that section)', () => {
    expect(body).not.toMatch(/^#+\s+References\s*$/im);
  });

  it('cites a reference in the text for every entry in its reference list', () => {
    const cited = new Set(citedIds(body));
    expect(data.references.filter((id) => !cited.has(id))).toEqual([]);
  });
});
