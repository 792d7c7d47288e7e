import type { CitableReference } from '../../src/lib/references';

/** The core study, as its reference file describes it. */
export const STRAUS_2013: CitableReference = {
  type: 'journal-article',
  authors: ['Straus SE', 'Johnson MO', 'Marquez C', 'Feldman MD'],
  etAl: false,
  title: 'Characteristics of successful and failed mentoring relationships',
  journal: 'Acad Med',
  year: 2013,
  volume: '88',
  issue: '1',
  pages: '82-89',
  doi: '10.1097/ACM.0b013e31827647a0',
  pmid: '23165266',
  pmcid: 'PMC3665769',
};
