import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEARCH_SHORTCUT_HASH, SEARCH_SHORTCUT_SOURCE } from '../../src/components/search-shortcut';
import { labelOf, orderedFilterValues } from '../../src/lib/search/filter-values';
import { FILTER_LABELS } from '../../src/lib/search/labels';
import { bestSections, excerptSegments, readyToSearchAsTyped, resultCountMessage, unknownFiltersMessage, type SectionLike } from '../../src/lib/search/results';
import { searchAsTypedDelay, TYPING_PAUSE_MS } from '../../src/lib/search/typing';
import { filtersWithout, hasFilters, knownFilters, limitQuery, MAX_QUERY_LENGTH, MAX_QUERY_WORDS, readSearchState, searchStateQuery } from '../../src/lib/search/state';

describe('the search page address', () => {
  it('reads the query and the filters', () => {
    expect(readSearchState('?q=credit&type=Checklist&audience=mentee')).toEqual({
      query: 'credit',
      filters: { type: 'Checklist', audience: 'mentee' },
    });
  });

  it('ignores empty and unknown parameters', () => {
    expect(readSearchState('?q=&type=&topic=failure')).toEqual({ query: '', filters: {} });
    expect(readSearchState('')).toEqual({ query: '', filters: {} });
  });

  it('keeps what the reader typed, spaces and symbols included', () => {
    expect(readSearchState('?q=speed+mentoring%20%26%20more').query).toBe('speed mentoring & more');
  });

  it('writes the state back as a query string that reads the same', () => {
    const state = { query: 'speed mentoring', filters: { audience: 'institution' } };
    expect(searchStateQuery(state)).toBe('?q=speed+mentoring&audience=institution');
    expect(readSearchState(searchStateQuery(state))).toEqual(state);
  });

  it('writes nothing for an empty search', () => {
    expect(searchStateQuery({ query: '  ', filters: {} })).toBe('');
  });

  it('removes one filter group and tells whether any filter is set', () => {
    const filters = { type: 'Article', audience: 'mentor' };
    expect(filtersWithout(filters, 'type')).toEqual({ audience: 'mentor' });
    expect(hasFilters(filtersWithout(filtersWithout(filters, 'type'), 'audience'))).toBe(false);
    expect(hasFilters(filters)).toBe(true);
  });
});

describe('search results', () => {
  const section = (title: string, scores: number[], anchored = true): SectionLike => ({
    title,
    url: anchored ? `/articles/x/#${title}` : '/articles/x/',
    anchor: anchored ? { id: title } : undefined,
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });

  it('offers the best-matching headed sections first, at most three, never the page top', () => {
    const sections = [section('top', [50], false), section('a', [1]), section('b', [5, 5]), section('c', [3]), section('d', [10])];
    expect(bestSections(sections).map((s) => s.title)).toEqual(['b', 'd', 'c']);
  });

  it('keeps page order between sections that match equally', () => {
    expect(bestSections([section('a', [2]), section('b', [2])]).map((s) => s.title)).toEqual(['a', 'b']);
  });

  it('splits an excerpt into text and highlighted words, decoding entities', () => {
    expect(excerptSegments('Agree on <mark>credit</mark> early &amp; say &lt;who&gt; leads &#39;it&#x27;')).toEqual([
      { text: 'Agree on ', marked: false },
      { text: 'credit', marked: true },
      { text: " early & say <who> leads 'it'", marked: false },
    ]);
  });

  it('never turns excerpt text into markup', () => {
    const segments = excerptSegments('&lt;img src=x onerror=alert(1)&gt; <mark>a</mark><mark>b</mark>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'a', marked: true },
      { text: 'b', marked: true },
    ]);
  });

  it('announces how many results there are, and what the filters hide', () => {
    expect(resultCountMessage({ query: ' credit ', count: 1, unfilteredCount: 1, filtered: false })).toBe('1 result for “credit”');
    expect(resultCountMessage({ query: 'credit', count: 17, unfilteredCount: 17, filtered: false })).toBe('17 results for “credit”');
    expect(resultCountMessage({ query: 'xyz', count: 0, unfilteredCount: 0, filtered: false })).toBe('No results for “xyz”');
    expect(resultCountMessage({ query: 'credit', count: 2, unfilteredCount: 17, filtered: true })).toBe(
      '2 results for “credit” with these filters (17 in all)',
    );
    expect(resultCountMessage({ query: 'credit', count: 0, unfilteredCount: 17, filtered: true })).toBe(
      'No results for “credit” with these filters (17 results without them)',
    );
  });
});

describe('filter labels', () => {
  it('name every audience and the content types pages use', () => {
    expect(FILTER_LABELS.values.audience).toEqual({
      mentee: { one: 'Mentee', many: 'Mentees' },
      mentor: { one: 'Mentor', many: 'Mentors' },
      institution: { one: 'Institution', many: 'Institutions' },
    });
    expect(Object.keys(FILTER_LABELS.values.type)).toEqual(expect.arrayContaining(['Article', 'Assessment', 'Checklist', 'Glossary']));
  });
});

describe('the `/` shortcut script', () => {
  it('is allowed by the hash of exactly the source the page inlines', () => {
    expect(SEARCH_SHORTCUT_HASH).toBe(`sha256-${createHash('sha256').update(SEARCH_SHORTCUT_SOURCE).digest('base64')}`);
    expect(SEARCH_SHORTCUT_SOURCE).not.toMatch(/<\/script/i);
  });
});

describe('searching as the reader types', () => {
  it('waits for the third letter of the word being typed', () => {
    expect(readyToSearchAsTyped('me')).toBe(false);
    expect(readyToSearchAsTyped('men')).toBe(true);
    expect(readyToSearchAsTyped('speed m')).toBe(false);
    expect(readyToSearchAsTyped('speed men')).toBe(true);
    expect(readyToSearchAsTyped('  credit  ')).toBe(true);
  });

  it('searches an emptied field, so that old results go away', () => {
    expect(readyToSearchAsTyped('')).toBe(true);
    expect(readyToSearchAsTyped('   ')).toBe(true);
  });

  it('searches at once after a pause, and waits for the next key while keys come quickly', () => {
    expect(searchAsTypedDelay(Infinity)).toBe(0);
    expect(searchAsTypedDelay(TYPING_PAUSE_MS + 50)).toBe(0);
    expect(searchAsTypedDelay(150)).toBe(TYPING_PAUSE_MS);
    // A search that waited lets the next key count as coming after a pause.
    expect(searchAsTypedDelay(searchAsTypedDelay(150))).toBe(0);
  });
});

describe('filters from a hand-edited or outdated link', () => {
  const available = { type: ['Article', 'Checklist'], audience: ['mentee', 'mentor', 'institution'] };

  it('keeps the values the index has and sets aside the others', () => {
    expect(knownFilters({ type: 'Checklist', audience: 'mentee' }, available)).toEqual({ filters: { type: 'Checklist', audience: 'mentee' }, unknown: [] });
    expect(knownFilters({ type: 'Nonsense', audience: 'mentor' }, available)).toEqual({
      filters: { audience: 'mentor' },
      unknown: [{ group: 'type', value: 'Nonsense' }],
    });
    expect(knownFilters({ type: 'Article' }, { audience: ['mentee'] })).toEqual({ filters: {}, unknown: [{ group: 'type', value: 'Article' }] });
  });

  it('tells the reader which filter was turned off, and says nothing when none was', () => {
    expect(unknownFiltersMessage([])).toBe('');
    expect(unknownFiltersMessage([{ value: 'Nonsense', groupName: 'Content type' }])).toBe(
      'This link asked for “Nonsense” (content type), which the guide does not have, so that filter is off.',
    );
    expect(unknownFiltersMessage([{ value: 'x', groupName: 'Content type' }, { value: 'y', groupName: 'Written for' }])).toMatch(
      /“x” \(content type\) and “y” \(written for\)/,
    );
  });
});

describe('filter values, as the search page lists them', () => {
  it('follow the order the labels give, with unlabelled values after them, alphabetically', () => {
    expect(orderedFilterValues(FILTER_LABELS, 'type', ['Glossary', 'Video', 'Track', 'Article', 'Handout', 'Checklist'])).toEqual([
      'Article',
      'Checklist',
      'Track',
      'Glossary',
      'Handout',
      'Video',
    ]);
  });

  it('are named by their labels, or by themselves when no label exists', () => {
    expect(labelOf(FILTER_LABELS, 'type', 'Assessment')).toEqual({ one: 'Self-assessment', many: 'Self-assessments' });
    expect(labelOf(FILTER_LABELS, 'type', 'Track')).toEqual({ one: 'Track', many: 'Tracks' });
    expect(labelOf(FILTER_LABELS, 'type', 'Video')).toEqual({ one: 'Video', many: 'Video' });
  });
});

describe('limitQuery', () => {
  it('leaves an ordinary search alone', () => {
    expect(limitQuery('  mentor is too busy ')).toEqual({ query: 'mentor is too busy', shortened: false });
  });

  it('cuts a word repeated thousands of times to a few words, and says so', () => {
    const result = limitQuery('credit '.repeat(15_000));
    expect(result.shortened).toBe(true);
    expect(result.query.split(' ')).toHaveLength(MAX_QUERY_WORDS);
  });

  it('cuts one enormous word, or long words, to the length limit at a word end where it can', () => {
    expect(limitQuery('x'.repeat(105_000)).query).toHaveLength(MAX_QUERY_LENGTH);
    const long = limitQuery(Array.from({ length: 10 }, (_, i) => `${String(i)}${'y'.repeat(30)}`).join(' '));
    expect(long.shortened).toBe(true);
    expect(long.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.query.endsWith('y')).toBe(true);
    expect(long.query.split(' ').every((word) => word.length === 31)).toBe(true);
  });
});
