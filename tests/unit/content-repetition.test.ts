import { describe, expect, it } from 'vitest';
import { findRepeatedSentences, proseOfMdx, proseOfYaml, sentencesOf, wordsOf } from '../../src/lib/content-repetition';

const SENTENCE = 'Junior people found it harder to raise a failing relationship with senior colleagues, fearing harm to their careers.';

describe('findRepeatedSentences', () => {
  it('reports a sentence of twelve or more words that three files share, naming the files', () => {
    const sources = ['a.mdx', 'b.mdx', 'c.mdx'].map((file) => ({ file, text: `Something else here. ${SENTENCE}` }));
    expect(findRepeatedSentences(sources)).toEqual([{ words: wordsOf(SENTENCE).join(' '), files: ['a.mdx', 'b.mdx', 'c.mdx'] }]);
  });

  it('allows the same sentence in two files', () => {
    const sources = ['a.mdx', 'b.mdx'].map((file) => ({ file, text: SENTENCE }));
    expect(findRepeatedSentences(sources)).toEqual([]);
  });

  it('catches a copy with a word changed at either end, or different punctuation and citations', () => {
    const sources = [
      { file: 'a.mdx', text: SENTENCE },
      { file: 'b.mdx', text: `Participants suggested that ${SENTENCE.toLowerCase().replace('.', '')}, as we saw.` },
      { file: 'c.mdx', text: proseOfMdx(`---\ntitle: x\n---\n\n${SENTENCE.replace('.', ' <Cite id="straus-2013" />.')}`) },
    ];
    expect(findRepeatedSentences(sources).map((repetition) => repetition.files)).toEqual([['a.mdx', 'b.mdx', 'c.mdx']]);
  });

  it('ignores short sentences, however often they recur', () => {
    const sources = ['a', 'b', 'c', 'd'].map((file) => ({ file, text: 'See the article on ending well for more.' }));
    expect(findRepeatedSentences(sources)).toEqual([]);
  });

  it('does not join the end of one sentence to the start of the next', () => {
    const first = 'One two three four five six. Seven eight nine ten eleven twelve.';
    const sources = ['a', 'b', 'c'].map((file) => ({ file, text: first }));
    expect(findRepeatedSentences(sources)).toEqual([]);
  });

  it('leaves quotations out: quoting a source in several places is not padding', () => {
    const quoted = 'The abstract says "Successful mentoring relationships were characterized by reciprocity, mutual respect, clear expectations, personal connection, and shared values".';
    const sources = ['a', 'b', 'c'].map((file) => ({ file, text: quoted }));
    expect(findRepeatedSentences(sources)).toEqual([]);
  });
});

describe('proseOfMdx', () => {
  it('keeps the text of links and examples but drops frontmatter, headings and citations', () => {
    const prose = proseOfMdx(
      '---\ntitle: A long title that appears in every file of the site\n---\n\n## A heading\n\nRead <ArticleLink to="x">the **other** article</ArticleLink> <Cite id="a b" />.\n\n<Example title="T">\n\nStory.\n\n</Example>\n',
    );
    expect(prose).not.toContain('title');
    expect(prose).not.toContain('heading');
    expect(prose).not.toContain('Cite');
    expect(prose.replace(/\s+/g, ' ')).toContain('Read the other article');
    expect(prose).toContain('Story.');
  });
});

describe('proseOfYaml', () => {
  it('collects prose values but not ids, titles or labels', () => {
    const prose = proseOfYaml({ id: 'x', title: 'Title', intro: 'An intro.', items: [{ label: 'Label', explanation: 'Why.' }] });
    expect(sentencesOf(prose)).toEqual(['An intro.', 'Why.']);
  });
});
