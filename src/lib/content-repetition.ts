/**
 * Finds padding: the same sentence (or one that differs only in a word or two at either end)
 * repeated across content files. A finding should be said fully once, in the article that owns
 * it, and linked from elsewhere. Quotations and titles are left out: quoting a source or naming
 * an article in several places is not repetition.
 *
 * Two sentences count as the same when they share a run of `minWords` consecutive words after
 * normalising (case, punctuation, citations and markup removed), so a sentence copied with a
 * word changed at the start or end is still caught.
 */

export interface TextSource {
  /** Where the text came from, e.g. "content/articles/ending-well.mdx". */
  file: string;
  /** Prose only: see `proseOfMdx` and `proseOfYaml` for getting it out of a content file. */
  text: string;
}

export interface Repetition {
  /** The first sentence found with the shared run of words, normalised. */
  words: string;
  /** The files it appears in, sorted. */
  files: string[];
}

export interface RepetitionOptions {
  /** How many consecutive words make a sentence "the same". */
  minWords?: number;
  /** How many files may share one before it counts as padding. */
  maxFiles?: number;
}

/** Straight and curly double quotes, and single curly quotes, around a span of text. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|‘[^’\n]*’/g;

/** The prose of an MDX article: no frontmatter, headings, components' attributes or markup. */
export function proseOfMdx(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line))
    .join('\n')
    .replace(/<Cite\b[^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
}

/** Keys whose values are names, not prose: titles, labels and identifiers. */
const NON_PROSE_KEYS = new Set(['id', 'title', 'term', 'label', 'article', 'articles', 'audiences', 'type']);

/** Every prose string in a parsed YAML content file, one paragraph each. */
export function proseOfYaml(data: unknown, key = ''): string {
  if (typeof data === 'string') return NON_PROSE_KEYS.has(key) ? '' : `${data}\n`;
  if (Array.isArray(data)) return data.map((value) => proseOfYaml(value, key)).join('');
  if (data && typeof data === 'object') {
    return Object.entries(data as Record<string, unknown>)
      .map(([childKey, value]) => proseOfYaml(value, childKey))
      .join('');
  }
  return '';
}

/** Sentences of a prose text, with quotations taken out. */
export function sentencesOf(text: string): string[] {
  return text
    .replace(QUOTED, ' ')
    .split(/\n\s*\n|\n\s*[-*]\s+|(?<=[.!?:;])\s+(?=\S)/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Lower-case words, with punctuation, dashes and apostrophes' variants folded away. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Sentences sharing a run of words with sentences in more than `maxFiles` other files, each reported once. */
export function findRepeatedSentences(sources: readonly TextSource[], options: RepetitionOptions = {}): Repetition[] {
  const minWords = options.minWords ?? 12;
  const maxFiles = options.maxFiles ?? 2;
  const runs = new Map<string, { files: Set<string>; sentence: string }>();
  for (const { file, text } of sources) {
    for (const sentence of sentencesOf(text)) {
      const words = wordsOf(sentence);
      for (let start = 0; start + minWords <= words.length; start += 1) {
        const run = words.slice(start, start + minWords).join(' ');
        const entry = runs.get(run) ?? { files: new Set<string>(), sentence: words.join(' ') };
        entry.files.add(file);
        runs.set(run, entry);
      }
    }
  }

  // The overlapping runs of one repeated sentence all point back to it: report it once.
  const reported = new Map<string, Set<string>>();
  for (const { files, sentence } of runs.values()) {
    if (files.size <= maxFiles) continue;
    const all = reported.get(sentence) ?? new Set<string>();
    for (const file of files) all.add(file);
    reported.set(sentence, all);
  }
  return [...reported]
    .map(([words, files]) => ({ words, files: [...files].sort() }))
    .sort((a, b) => b.files.length - a.files.length || a.words.localeCompare(b.words));
}
