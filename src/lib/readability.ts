import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { plainText, words } from './reading-time';

/**
 * Sentences of running prose in an MDX body. Headings and list items count as sentences
 * of their own, since a reader takes each in separately.
 */
export function sentences(mdxBody: string): string[] {
  return mdxBody
    .split('\n')
    .map((line) => plainText(line).replace(/\s+/g, ' ').replace(/ ([.!?,;:])/g, '$1').trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘(])/))
    .filter((sentence) => words(sentence).length > 0);
}

/** The Flesch–Kincaid grade level of an article's text (US school grade). */
export function readabilityGrade(mdxBody: string): number {
  const allSentences = sentences(mdxBody);
  const allWords = allSentences.flatMap(words);
  if (allWords.length === 0) return 0;
  return fleschKincaid({
    sentence: allSentences.length,
    word: allWords.length,
    syllable: allWords.reduce((total, word) => total + syllable(word), 0),
  });
}
