import { describe, expect, it } from 'vitest';
import {
  articlesWithoutPractice,
  citedIds,
  claimsCitedTo,
  findContentProblems,
  findGlossaryProblems,
  linkedArticleIds,
  type ArticleToCheck,
} from '../../src/lib/content-integrity';

const known = {
  articles: new Set(['a', 'b']),
  references: new Set(['straus-2013', 'zerzan-2009']),
  topics: new Set(['people']),
};

const article = (overrides: Partial<ArticleToCheck> = {}): ArticleToCheck => ({
  id: 'a',
  filePath: 'content/articles/a.mdx',
  topic: 'people',
  related: ['b'],
  references: ['straus-2013'],
  body: 'A claim <Cite id="straus-2013" />. See <ArticleLink to="b">b</ArticleLink>.',
  ...overrides,
});

describe('citedIds and linkedArticleIds', () => {
  it('find every id, including several in one citation', () => {
    expect(citedIds('x <Cite id="a b" /> y <Cite id=\'c\' />')).toEqual(['a', 'b', 'c']);
    expect(linkedArticleIds('<ArticleLink to="x">x</ArticleLink> and <ArticleLink to="y" section="s">')).toEqual([
      'x',
      'y',
    ]);
  });
});

describe('findContentProblems', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(findContentProblems([article()], known)).toEqual([]);
  });

  it('names the file and field of a related entry that names no article', () => {
    const [problem] = findContentProblems([article({ related: ['b', 'missing'] })], known);
    expect(problem).toMatch(/^content\/articles\/a\.mdx: related\[1\]: "missing" names no article\. Known ids: a, b\./);
  });

  it('rejects an article related to itself', () => {
    expect(findContentProblems([article({ related: ['a'] })], known)).toEqual([
      'content/articles/a.mdx: related[0]: an article cannot be related to itself.',
    ]);
  });

  it('names an unknown topic and an unknown reference', () => {
    const problems = findContentProblems(
      [article({ topic: 'nope', references: ['straus-2013', 'nobody-1999'], body: '<Cite id="straus-2013 nobody-1999" />' })],
      known,
    );
    expect(problems.some((p) => p.startsWith('content/articles/a.mdx: topic: "nope"'))).toBe(true);
    expect(problems.some((p) => p.startsWith('content/articles/a.mdx: references[1]: "nobody-1999" names no file'))).toBe(
      true,
    );
  });

  it('reports a citation missing from the reference list, and a reference never cited', () => {
    const problems = findContentProblems(
      [article({ references: ['straus-2013'], body: 'x <Cite id="zerzan-2009" />' })],
      known,
    );
    expect(problems).toEqual([
      'content/articles/a.mdx: body: <Cite id="zerzan-2009"> cites a reference missing from the frontmatter\'s references list.',
      'content/articles/a.mdx: references[0]: "straus-2013" is listed but never cited with <Cite id="straus-2013" />.',
    ]);
  });

  it('asks for the references in the order the text first cites them, since citations are numbered by that order', () => {
    const twoSources = article({
      references: ['straus-2013', 'zerzan-2009'],
      body: 'First <Cite id="zerzan-2009" />, then <Cite id="straus-2013 zerzan-2009" />.',
    });
    expect(findContentProblems([twoSources], known)).toEqual([
      'content/articles/a.mdx: references: list the references in the order the text first cites them, since they are numbered that way: [zerzan-2009, straus-2013].',
    ]);
    expect(findContentProblems([{ ...twoSources, references: ['zerzan-2009', 'straus-2013'] }], known)).toEqual([]);
  });

  it('reports a body link to an article that does not exist', () => {
    const problems = findContentProblems([article({ body: '<Cite id="straus-2013" /> <ArticleLink to="gone">' })], known);
    expect(problems).toEqual([
      'content/articles/a.mdx: body: <ArticleLink to="gone"> links to no article. Known ids: a, b.',
    ]);
  });
});

describe('findGlossaryProblems', () => {
  it('names a term whose article does not exist', () => {
    expect(findGlossaryProblems([{ id: 'sponsor', article: 'gone' }, { id: 'mentor', article: 'a' }], new Set(['a']))).toEqual([
      'content/glossary.yaml: sponsor.article: "gone" names no article. Known ids: a.',
    ]);
  });
});

describe('claimsCitedTo', () => {
  it('gives the words each citation supports, from the start of the sentence or the previous citation', () => {
    const body =
      'First claim. Helped set goals <Cite id="straus-2013" />, and the summary adds emotional support <Cite id="aliem-2013" />.\n\n' +
      'Another paragraph says both <Cite id="aliem-2013 straus-2013" />.';
    expect(claimsCitedTo(body, 'straus-2013')).toEqual(['Helped set goals', 'Another paragraph says both']);
    expect(claimsCitedTo(body, 'aliem-2013')).toEqual([', and the summary adds emotional support', 'Another paragraph says both']);
  });

  it('finds nothing for a reference the text does not cite', () => {
    expect(claimsCitedTo('No citations here.', 'straus-2013')).toEqual([]);
  });
});

describe('articlesWithoutPractice', () => {
  it('lists the articles no assessment domain, scenario or checklist item links to', () => {
    const tools = [
      { domains: [{ articles: ['a'] }], items: [{ id: 'q1' }, { id: 'q2', article: 'b' }] },
      { sections: [{ items: [{ article: 'c' }] }] },
    ];
    expect(articlesWithoutPractice(['a', 'b', 'c', 'd', 'e'], tools)).toEqual(['d', 'e']);
    expect(articlesWithoutPractice(['a', 'b', 'c'], tools)).toEqual([]);
  });
});
