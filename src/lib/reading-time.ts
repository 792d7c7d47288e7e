/** Words a reader takes in per minute: a common estimate for careful reading of guidance. */
export const WORDS_PER_MINUTE = 220;

/** Counts the words a reader sees in an MDX body: no imports, tags, URLs or markup. */
export function countWords(mdxBody: string): number {
  const prose = mdxBody
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`[\]|-]+/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes to read, rounded up, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
