import { describe, expect, it } from 'vitest';
import {
  familyName,
  formatAuthors,
  formatSource,
  referenceLinks,
  shortCitation,
  type CitableReference,
} from '../../src/lib/references';
import { STRAUS_2013 } from '../support/reference-fixtures';

const straus = STRAUS_2013;

describe('familyName', () => {
  it('drops the initials', () => {
    expect(familyName('Straus SE')).toBe('Straus');
    expect(familyName('van der Berg AB')).toBe('van der Berg');
  });

  it('keeps an organisation or a single name whole', () => {
    expect(familyName('World Health Organization')).toBe('World Health Organization');
    expect(familyName('Gawande')).toBe('Gawande');
  });
});

describe('shortCitation', () => {
  it('uses "et al." for three or more authors', () => {
    expect(shortCitation(straus)).toBe('Straus et al., 2013');
  });

  it('names one or two authors in full', () => {
    expect(shortCitation({ ...straus, authors: ['Tobin MJ'], year: 2004 })).toBe('Tobin, 2004');
    expect(shortCitation({ ...straus, authors: ['Higgins MC', 'Kram KE'], year: 2001 })).toBe('Higgins and Kram, 2001');
  });

  it('uses "et al." when the list is marked incomplete', () => {
    expect(shortCitation({ ...straus, authors: ['Fleming M'], etAl: true })).toBe('Fleming et al., 2013');
  });

  it('falls back to the publisher, then the journal, when there are no authors', () => {
    expect(shortCitation({ ...straus, authors: [], publisher: 'ALiEM' })).toBe('ALiEM, 2013');
    expect(shortCitation({ ...straus, authors: [], year: 2010, journal: 'Med Teach' })).toBe('Med Teach, 2010');
  });

  it('says "n.d." for a page that carries no date', () => {
    expect(shortCitation({ ...straus, authors: ['American Academy of Dermatology'], year: undefined })).toBe(
      'American Academy of Dermatology, n.d.',
    );
  });
});

describe('formatAuthors', () => {
  it('lists up to six authors in Vancouver style', () => {
    expect(formatAuthors(straus)).toBe('Straus SE, Johnson MO, Marquez C, Feldman MD.');
  });

  it('cuts a long list after six with "et al"', () => {
    const seven = ['A A', 'B B', 'C C', 'D D', 'E E', 'F F', 'G G'];
    expect(formatAuthors({ ...straus, authors: seven })).toBe('A A, B B, C C, D D, E E, F F, et al.');
  });

  it('adds "et al" when the list is marked incomplete', () => {
    expect(formatAuthors({ ...straus, authors: ['Fleming M', 'House S'], etAl: true })).toBe(
      'Fleming M, House S, et al.',
    );
  });
});

describe('formatSource', () => {
  it('gives journal, year, volume, issue and pages', () => {
    expect(formatSource(straus)).toBe('Acad Med. 2013;88(1):82-89.');
  });

  it('copes with missing volume and pages', () => {
    expect(formatSource({ ...straus, volume: undefined, issue: undefined, pages: undefined })).toBe('Acad Med. 2013.');
  });

  it('dates a web page by its day of publication', () => {
    const page = { ...straus, type: 'web-page', journal: undefined, publisher: 'ALiEM', date: new Date('2013-01-12') };
    expect(formatSource({ ...page, volume: undefined, issue: undefined, pages: undefined })).toBe('ALiEM. 12 Jan 2013.');
  });

  it('marks an undated web page "n.d." and says when it was read', () => {
    const page = { ...straus, type: 'web-page', journal: undefined, publisher: 'AAD', year: undefined, accessed: new Date('2026-11-29') };
    expect(formatSource({ ...page, volume: undefined, issue: undefined, pages: undefined })).toBe('AAD. n.d. [cited 29 Nov 2026].');
  });
});

describe('referenceLinks', () => {
  it('links DOI, PubMed and PubMed Central', () => {
    expect(referenceLinks(straus).map((link) => link.href)).toEqual([
      'https://doi.org/10.1097/ACM.0b013e31827647a0',
      'https://pubmed.ncbi.nlm.nih.gov/23165266/',
      'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3665769/',
    ]);
  });

  it('gives no links when the work has no identifiers', () => {
    expect(referenceLinks({ ...straus, doi: undefined, pmid: undefined, pmcid: undefined })).toEqual([]);
  });
});
