/**
 * Checks on the content itself, read straight from content/: every article's frontmatter,
 * length, readability, heading outline and citations, and the links between files. The
 * build runs the same cross-file checks; these give authors the answer in a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citedIds, findContentProblems, findGlossaryProblems } from '../../src/lib/content-integrity';
import { readabilityGrade } from '../../src/lib/readability';
import { countWords } from '../../src/lib/reading-time';
import { articleSchema } from '../../src/schemas/article';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { referenceSchema } from '../../src/schemas/reference';

/** The highest Flesch–Kincaid grade an article may reach: plain English for busy professionals. */
const MAX_GRADE = 13;
const MIN_WORDS = 500;

const contentDir = resolve(import.meta.dirname, '../../content');
const filesIn = (folder: string, extension: string) =>
  readdirSync(join(contentDir, folder)).filter((file) => file.endsWith(extension));

const articles = filesIn('articles', '.mdx').map((file) => {
  const text = readFileSync(join(contentDir, 'articles', file), 'utf8');
  const [, frontmatter = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  return { file, id: file.replace(/\.mdx$/, ''), frontmatter: parse(frontmatter) as unknown, body };
});
const referenceIds = filesIn('references', '.yaml').map((file) => file.replace(/\.yaml$/, ''));
const topicIds = Object.keys(parse(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as object);

/** Heading levels in document order. */
function headingLevels(body: string): number[] {
  return body
    .split('\n')
    .map((line) => /^(#{1,6})\s/.exec(line)?.[1]?.length)
    .filter((level): level is number => level !== undefined);
}

describe('the content as a whole', () => {
  it('has consistent links between articles, topics and references', () => {
    const parsed = articles.map((article) => ({ ...article, data: articleSchema.parse(article.frontmatter) }));
    const problems = findContentProblems(
      parsed.map(({ id, file, data, body }) => ({
        id,
        filePath: `content/articles/${file}`,
        topic: data.topic,
        related: data.related,
        references: data.references,
        body,
      })),
      { articles: new Set(articles.map((a) => a.id)), references: new Set(referenceIds), topics: new Set(topicIds) },
    );
    expect(problems).toEqual([]);
  });

  it('has a glossary of valid terms, each linked to an existing article', () => {
    const terms = parse(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as { id: string; article: string }[];
    expect(terms.length).toBeGreaterThanOrEqual(10);
    for (const term of terms) expect(glossaryTermSchema.safeParse(term).error?.issues ?? [], term.id).toEqual([]);
    expect(findGlossaryProblems(terms, new Set(articles.map((a) => a.id)))).toEqual([]);
  });

  it.each(referenceIds)('reference %s is valid and cited by some article', (id) => {
    const data = parse(readFileSync(join(contentDir, 'references', `${id}.yaml`), 'utf8'));
    expect(referenceSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect(articles.some((article) => citedIds(article.body).includes(id))).toBe(true);
  });
});

describe.each(articles)('$file', ({ frontmatter, body }) => {
  it('has valid frontmatter', () => {
    expect(articleSchema.safeParse(frontmatter).error?.issues ?? []).toEqual([]);
  });

  it(`has at least ${MIN_WORDS} words of text`, () => {
    expect(countWords(body)).toBeGreaterThanOrEqual(MIN_WORDS);
  });

  it(`reads at grade ${MAX_GRADE} or below (Flesch–Kincaid)`, () => {
    expect(readabilityGrade(body)).toBeLessThanOrEqual(MAX_GRADE);
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

  it('cites at least one reference, and every listed reference in the text', () => {
    const cited = new Set(citedIds(body));
    const listed = (frontmatter as { references?: string[] }).references ?? [];
    expect(cited.size).toBeGreaterThan(0);
    expect(listed.filter((id) => !cited.has(id))).toEqual([]);
  });
});
