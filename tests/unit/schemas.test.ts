import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';
import { referenceSchema } from '../../src/schemas/reference';
import { topicSchema } from '../../src/schemas/topic';

const validArticle = {
  title: 'The effective mentor',
  description: 'What faculty members valued in the mentors who helped them most.',
  audiences: ['mentor', 'mentee'],
  topic: 'people',
  order: 1,
  lastReviewed: '2026-11-25',
  related: ['effective-mentee'],
  references: ['straus-2013'],
};

const validReference = {
  type: 'journal-article',
  authors: ['Straus SE', 'Johnson MO'],
  title: 'Characteristics of successful and failed mentoring relationships',
  journal: 'Acad Med',
  year: 2013,
  volume: 88,
  pages: '82-89',
  doi: '10.1097/ACM.0b013e31827647a0',
  pmid: 23165266,
};

/** The messages of a failed parse, as "path: message" lines, the way the build prints them. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article frontmatter', () => {
  it('accepts a complete article and turns the review date into a date', () => {
    const parsed = articleSchema.parse(validArticle);
    expect(parsed.lastReviewed).toEqual(new Date('2026-11-25'));
  });

  it('requires a title', () => {
    const { title: _, ...untitled } = validArticle;
    expect(problems(articleSchema.safeParse(untitled))).toEqual(['title: Every article needs a title.']);
  });

  it('names an unknown audience and its position', () => {
    expect(problems(articleSchema.safeParse({ ...validArticle, audiences: ['mentor', 'students'] }))).toEqual([
      'audiences.1: Unknown audience "students": use one of mentee, mentor, institution.',
    ]);
  });

  it('requires at least one audience and one reference', () => {
    const result = problems(articleSchema.safeParse({ ...validArticle, audiences: [], references: [] }));
    expect(result).toContain('audiences: List at least one audience: mentee, mentor or institution.');
    expect(result).toContain('references: List at least one reference: every claim rests on one.');
  });

  it('rejects a related article listed twice', () => {
    expect(problems(articleSchema.safeParse({ ...validArticle, related: ['a', 'a'] }))).toEqual([
      'related.1: "a" is listed twice in related: remove the repeat.',
    ]);
  });

  it('rejects an id that is not kebab case, and a field it does not know', () => {
    const result = problems(articleSchema.safeParse({ ...validArticle, topic: 'Effective People', author: 'me' }));
    expect(result.some((line) => line.startsWith('topic: Ids are lower-case words'))).toBe(true);
    expect(result.some((line) => line.includes('author'))).toBe(true);
  });

  it('rejects a review date that is not a date', () => {
    expect(problems(articleSchema.safeParse({ ...validArticle, lastReviewed: 'last spring' }))).toEqual([
      'lastReviewed: Give the date the article was last reviewed, e.g. 2026-11-25.',
    ]);
  });
});

describe('reference entries', () => {
  it('accepts a journal article and reads numbers written without quotes as text', () => {
    const parsed = referenceSchema.parse(validReference);
    expect(parsed.volume).toBe('88');
    expect(parsed.pmid).toBe('23165266');
    expect(parsed.etAl).toBe(false);
  });

  it('requires a year, saying how to record one that cannot be confirmed', () => {
    const { year: _, ...undated } = validReference;
    expect(problems(referenceSchema.safeParse(undated))).toEqual([
      'year: Give the year of publication. A detail that cannot be confirmed is left out, not guessed: then say why with incomplete: "…", e.g. incomplete: "authors not listed on PubMed".',
    ]);
  });

  it('rejects a year that is not a number', () => {
    expect(problems(referenceSchema.safeParse({ ...validReference, year: 'recent' }))).toEqual([
      'year: Give the year of publication as a number, e.g. 2013.',
    ]);
  });

  it('rejects a DOI written as a link', () => {
    expect(problems(referenceSchema.safeParse({ ...validReference, doi: 'https://doi.org/10.1097/x' }))).toEqual([
      'doi: A DOI starts with "10." and has no "https://doi.org/" prefix.',
    ]);
  });

  it('requires a journal for a journal article', () => {
    const { journal: _, ...noJournal } = validReference;
    expect(problems(referenceSchema.safeParse(noJournal))).toEqual(['journal: A journal-article needs the journal or magazine name.']);
  });

  it('refuses a journal article with no authors, volume or pages unless it says why', () => {
    const { volume: _v, pages: _p, ...bare } = validReference;
    const result = problems(referenceSchema.safeParse({ ...bare, authors: [] }));
    expect(result.map((line) => line.split(':')[0])).toEqual(['authors', 'volume', 'pages']);
    expect(result[0]).toContain('incomplete: "authors not listed on PubMed"');
    const explained = { ...bare, authors: [], incomplete: 'authors not shown on the PubMed record seen' };
    expect(referenceSchema.safeParse(explained).success).toBe(true);
  });

  it('accepts a web page by an organisation, with what was verified and when it was read', () => {
    const page = {
      type: 'web-page',
      authors: ['American Academy of Dermatology'],
      title: 'Ending the mentorship',
      publisher: 'American Academy of Dermatology',
      url: 'https://www.aad.org/',
      accessed: '2026-11-29',
      verified: 'publisher page',
      incomplete: 'the page carries no date',
    };
    const parsed = referenceSchema.parse(page);
    expect(parsed.year).toBeUndefined();
    expect(parsed.accessed).toEqual(new Date('2026-11-29'));
  });

  it('refuses an undated web page that does not say why it has no year', () => {
    const page = { type: 'web-page', authors: ['ALiEM'], title: 'Mentorship: Who benefits?', publisher: 'ALiEM' };
    expect(problems(referenceSchema.safeParse(page)).map((line) => line.split(':')[0])).toEqual(['year']);
  });
});

describe('topics', () => {
  it('requires a title, description and order', () => {
    expect(problems(topicSchema.safeParse({ title: 'Basics' }))).toEqual([
      'description: Describe the topic in one sentence.',
      'order: Give the topic an order (a number: lower comes first).',
    ]);
  });
});
