import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateArticles, readCorpusSource, writeGeneratedArticles } from '../../scripts/lib/scale-corpus';
import { findContentProblems } from '../../src/lib/content-integrity';
import { countWords } from '../../src/lib/reading-time';
import { articleSchema } from '../../src/schemas/article';

const root = resolve(import.meta.dirname, '../..');
const source = readCorpusSource(join(root, 'content'));
const generated = generateArticles(source, { count: 50, seed: 16 });

const split = (text: string) => {
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(frontMatter) as unknown, body };
};

describe('the generated corpus for the scale benchmark', () => {
  it('is the same for the same seed, and different for another', () => {
    expect(generateArticles(source, { count: 50, seed: 16 })).toEqual(generated);
    expect(generateArticles(source, { count: 50, seed: 17 }).map((article) => article.text)).not.toEqual(generated.map((article) => article.text));
  });

  it('has as many articles as asked, with titles and addresses used nowhere else', () => {
    expect(generated).toHaveLength(50);
    expect(generateArticles(source, { count: 7, seed: 1 })).toHaveLength(7);
    const ids = [...source.articles.map((article) => article.id), ...generated.map((article) => article.id)];
    const titles = [...source.articles.map((article) => article.title), ...generated.map((article) => article.title)].map((title) => title.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('passes the article schema and the checks between files that stop a build', () => {
    const checked = generated.map((article) => {
      const { data, body } = split(article.text);
      const result = articleSchema.safeParse(data);
      expect(result.error?.issues ?? [], article.id).toEqual([]);
      return { id: article.id, filePath: `${article.id}.mdx`, ...result.data!, body };
    });
    const problems = findContentProblems(checked, {
      articles: new Set([...source.articles.map((article) => article.id), ...generated.map((article) => article.id)]),
      references: new Set(source.referenceIds),
      topics: new Set(source.topicIds),
    });
    expect(problems).toEqual([]);
  });

  it('has the length of a real article and uses the real articles’ words, not filler', () => {
    const realWords = source.articles.map((article) => countWords(article.body));
    for (const article of generated) {
      const words = countWords(split(article.text).body);
      expect(words).toBeGreaterThan(Math.min(...realWords) * 0.8);
      expect(words).toBeLessThan(Math.max(...realWords) * 1.4);
      expect(article.text).not.toMatch(/lorem|ipsum/i);
    }
  });

  it('refuses to write into the repository, so generated articles cannot be committed', () => {
    expect(() => writeGeneratedArticles(join(root, 'content', 'articles'), generated, root)).toThrow(/Refusing to write/);
    expect(existsSync(join(root, 'content', 'articles', `${generated[0]!.id}.mdx`))).toBe(false);
    const outside = mkdtempSync(join(tmpdir(), 'scale-corpus-'));
    try {
      writeGeneratedArticles(join(outside, 'articles'), generated.slice(0, 2), root);
      expect(existsSync(join(outside, 'articles', `${generated[0]!.id}.mdx`))).toBe(true);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
