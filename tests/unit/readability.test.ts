import { describe, expect, it } from 'vitest';
import { readabilityGrade, sentences } from '../../src/lib/readability';

describe('sentences', () => {
  it('splits prose into sentences, with headings and list items on their own', () => {
    const body = '## Start here\n\nMentors listen. They ask questions <Cite id="x" />! Do they?\n\n- Set goals\n- Meet often';
    expect(sentences(body)).toEqual(['Start here', 'Mentors listen.', 'They ask questions!', 'Do they?', 'Set goals', 'Meet often']);
  });

  it('does not split at an abbreviation followed by a lower-case word', () => {
    expect(sentences('Straus et al. described it.')).toEqual(['Straus et al. described it.']);
  });
});

describe('readabilityGrade', () => {
  it('rates short plain sentences at a low grade', () => {
    expect(readabilityGrade('The cat sat on the mat. It was a good day. We all had fun.')).toBeLessThan(3);
  });

  it('rates long sentences of long words at a high grade', () => {
    const dense =
      'Institutional mentorship infrastructures necessitate comprehensive organisational commitment, ' +
      'interdisciplinary coordination, and sustained administrative prioritisation of developmental relationships.';
    expect(readabilityGrade(dense)).toBeGreaterThan(16);
  });

  it('is zero for an empty body', () => {
    expect(readabilityGrade('')).toBe(0);
  });
});
