import { describe, expect, it } from 'vitest';
import { anchoredHeadings, pinnedAnchor, sectionHeading } from '../../src/lib/heading-anchors';

describe('pinned section anchors', () => {
  it('reads an anchor pinned at the end of a heading, and leaves it out of the words', () => {
    expect(pinnedAnchor('Where and when to meet [#where-to-meet]')).toEqual({ text: 'Where and when to meet', anchor: 'where-to-meet' });
    expect(pinnedAnchor('Where to meet')).toEqual({ text: 'Where to meet', anchor: undefined });
  });

  it('treats brackets elsewhere in a heading as words', () => {
    expect(pinnedAnchor('The [#1] rule of meetings')).toEqual({ text: 'The [#1] rule of meetings', anchor: undefined });
  });

  it.each(['Where To Meet', 'where to meet', '1-first', 'meet--often', ''])('refuses the anchor %j, saying what an anchor may hold', (anchor) => {
    expect(() => pinnedAnchor(`Where to meet [#${anchor}]`)).toThrow(/lower-case letters, digits and hyphens/);
  });

  it("keeps each heading's derived anchor unless the author pinned one, for the contents", () => {
    const headings = anchoredHeadings(
      [
        { depth: 2, slug: 'where-and-when-to-meet-where-to-meet', text: 'Where and when to meet [#where-to-meet]' },
        { depth: 3, slug: 'if-you-are-the-mentee', text: 'If you are the mentee' },
      ],
      'first-meeting',
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'where-to-meet', text: 'Where and when to meet' },
      { depth: 3, slug: 'if-you-are-the-mentee', text: 'If you are the mentee' },
    ]);
  });

  it('fails the build when two sections of an article would share an anchor, naming both', () => {
    expect(() =>
      anchoredHeadings(
        [
          { depth: 2, slug: 'expectations', text: 'Expectations' },
          { depth: 3, slug: 'what-you-expect-expectations', text: 'What you expect [#expectations]' },
        ],
        'first-meeting',
      ),
    ).toThrow('Article "first-meeting": the headings "Expectations" and "What you expect" both have the anchor #expectations.');
  });
});

describe('the heading on the page', () => {
  it('takes the pinned anchor as its id and drops the pin from its HTML', () => {
    expect(sectionHeading('how-to-prepare-prep', 'How to <em>prepare</em> [#prep]')).toEqual({ id: 'prep', html: 'How to <em>prepare</em>', text: 'How to prepare' });
  });

  it("keeps Astro's id otherwise, and names the link after the heading's plain words", () => {
    expect(sectionHeading('questions-and-answers', 'Questions &amp; <strong>answers</strong>')).toEqual({
      id: 'questions-and-answers',
      html: 'Questions &amp; <strong>answers</strong>',
      text: 'Questions & answers',
    });
  });
});
