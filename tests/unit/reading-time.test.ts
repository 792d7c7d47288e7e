import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

describe('countWords', () => {
  it('counts the words a reader sees, not markup', () => {
    const body = [
      '## A heading here',
      '',
      'Mentors listen <Cite id="straus-2013" /> and **advise**.',
      '',
      '<Example title="Not counted">',
      'Priya asks for [feedback](https://example.org/long/url).',
      '</Example>',
      '- one item',
    ].join('\n');
    expect(countWords(body)).toBe(3 + 4 + 4 + 2);
  });

  it('ignores import lines and code blocks', () => {
    expect(countWords("import X from './x';\n\nTwo words\n```\nnot these words\n```")).toBe(2);
  });

  it('counts nothing in an empty body', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n  ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds up to whole minutes', () => {
    expect(readingMinutes(220)).toBe(1);
    expect(readingMinutes(221)).toBe(2);
    expect(readingMinutes(1100)).toBe(5);
  });

  it('never says zero minutes', () => {
    expect(readingMinutes(0)).toBe(1);
  });
});
