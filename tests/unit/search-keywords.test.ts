/**
 * Readers' keywords on every content file, and the relevance set kept a fair test: no keyword
 * may copy a query the set measures, or the hit rate would only show that the answers were
 * written into the index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRelevanceSet } from '../../scripts/lib/search-relevance';

const CONTENT = resolve(import.meta.dirname, '../../content');
const frontmatter = (mdx: string) => parse(mdx.slice(4, mdx.indexOf('\n---', 4))) as { keywords?: string[] };

const files = [
  ...readdirSync(join(CONTENT, 'articles')).map((file) => ({ file: `articles/${file}`, data: frontmatter(readFileSync(join(CONTENT, 'articles', file), 'utf8')) })),
  ...['assessments', 'checklists'].flatMap((kind) =>
    readdirSync(join(CONTENT, kind)).map((file) => ({ file: `${kind}/${file}`, data: parse(readFileSync(join(CONTENT, kind, file), 'utf8')) as { keywords?: string[] } })),
  ),
];
const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

describe('search keywords', () => {
  it.each(files)('$file gives readers\' words for what it helps with', ({ data }) => {
    expect(data.keywords?.length ?? 0).toBeGreaterThanOrEqual(4);
  });

  it('never copy a query of the relevance set, so its hit rate measures search and not the answers', () => {
    const queries = loadRelevanceSet().map((entry) => normalise(entry.query));
    const copied = files.flatMap(({ file, data }) =>
      (data.keywords ?? [])
        // A keyword that holds a whole query, or a long keyword that is most of one, answers it by rote.
        .filter((keyword) => queries.some((query) => normalise(keyword).includes(query) || (normalise(keyword).split(' ').length >= 4 && query.includes(normalise(keyword)))))
        .map((keyword) => `${file}: "${keyword}"`),
    );
    expect(copied).toEqual([]);
  });
});
