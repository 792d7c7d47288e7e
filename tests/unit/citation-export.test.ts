import { describe, expect, it } from 'vitest';
import { toBibtex, toCsl, toCslName, toRis } from '../../src/lib/citation-export';
import type { CitableReference } from '../../src/lib/references';
import { STRAUS_2013 } from '../support/reference-fixtures';

const straus = STRAUS_2013;

const webPage: CitableReference = {
  type: 'web-page',
  authors: [],
  etAl: false,
  title: 'Mentorship: Who benefits?',
  publisher: 'ALiEM',
  year: 2013,
  date: new Date('2013-01-12'),
};

describe('toCslName', () => {
  it('splits Vancouver names into family name and initials', () => {
    expect(toCslName('Straus SE')).toEqual({ family: 'Straus', given: 'S. E.' });
    expect(toCslName('Tobin MJ')).toEqual({ family: 'Tobin', given: 'M. J.' });
  });

  it('keeps an organisation whole', () => {
    expect(toCslName('World Health Organization')).toEqual({ family: 'World Health Organization' });
  });
});

describe('toCsl', () => {
  it('maps every field the page shows', () => {
    expect(toCsl('straus-2013', straus)).toMatchObject({
      id: 'straus-2013',
      type: 'article-journal',
      'container-title': 'Acad Med',
      issued: { 'date-parts': [[2013]] },
      page: '82-89',
      DOI: '10.1097/ACM.0b013e31827647a0',
      PMID: '23165266',
    });
  });

  it('dates a web page to the day', () => {
    expect(toCsl('aliem-2013', webPage)).toMatchObject({ type: 'webpage', issued: { 'date-parts': [[2013, 1, 12]] } });
  });

  it('gives an undated page no issue date, and records when it was read', () => {
    const undated = { ...webPage, date: undefined, year: undefined, accessed: new Date('2026-11-29') };
    const csl = toCsl('aad-mentoring', undated);
    expect(csl).not.toHaveProperty('issued');
    expect(csl).toMatchObject({ accessed: { 'date-parts': [[2026, 11, 29]] } });
  });
});

describe('toBibtex', () => {
  it('writes one entry per reference, keyed by its id without hyphens', () => {
    const bibtex = toBibtex([
      { id: 'straus-2013', data: straus },
      { id: 'aliem-2013', data: webPage },
    ]);
    expect(bibtex).toMatch(/@article\{straus2013,/);
    expect(bibtex).toContain('author = {Straus, S. E. and Johnson, M. O. and Marquez, C. and Feldman, M. D.}');
    expect(bibtex).toContain('doi = {10.1097/ACM.0b013e31827647a0}');
    expect(bibtex).toContain('pages = {82--89}');
    expect(bibtex).toMatch(/@misc\{aliem2013,/);
    expect(bibtex.match(/^@/gm)).toHaveLength(2);
  });
});

describe('toRis', () => {
  it('writes a record per reference with its type, authors and identifiers', () => {
    const ris = toRis([{ id: 'straus-2013', data: straus }]);
    expect(ris).toContain('TY  - JOUR');
    expect(ris).toContain('AU  - Straus, S. E.');
    expect(ris).toContain('DO  - 10.1097/ACM.0b013e31827647a0');
    expect(ris).toContain('TI  - Characteristics of successful and failed mentoring relationships');
    expect(ris.trim()).toMatch(/ER {2}-$/);
  });
});
