/** Words a reader takes in per minute: a common estimate for careful reading of guidance. */
export const WORDS_PER_MINUTE = 220;

/** The text a reader sees in an MDX body: no imports, tags, URLs, code or markup symbols. */
export function plainText(mdxBody: string): string {
  return mdxBody
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`[\]|]+/g, ' ')
    .replace(/(^|\s)-+(?=\s)/g, ' ');
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Counts the words a reader sees in an MDX body. */
export function countWords(mdxBody: string): number {
  return words(plainText(mdxBody)).length;
}

/** Minutes to read, rounded up, never less than one. */
export function readingMinutes(wordCount: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(wordCount / wordsPerMinute));
}
