import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { listBuiltPages } from './built-pages.ts';
import { PROJECT_ROOT } from './site-builds.ts';

/**
 * Search queries derived from the content: for a page, a word (or failing that, two words) that its
 * own content file uses, in a part the page shows and Pagefind indexes, and that no other built page
 * contains in any form a stemmer or a prefix search could match. Pagefind must return that page first.
 */
export interface ContentQuery {
  /** The word to search for. */
  query: string;
  kind: 'article' | 'assessment' | 'checklist' | 'glossary';
  /** The content file's id (for the glossary, the term's id: its anchor on the page). */
  id: string;
  /** The page that must come first, relative to the base ("articles/competition/"). */
  path: string;
  audiences: string[];
}

interface Source {
  kind: ContentQuery['kind'];
  id: string;
  path: string;
  audiences: string[];
  /** The text the page shows from this file. */
  text: string;
}

const CONTENT = join(PROJECT_ROOT, 'content');

/** Lower-case words without accents, as a list (repeats kept, for frequency). */
export function words(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z]+/g) ?? [];
}

const yamlFiles = (dir: string) =>
  readdirSync(join(CONTENT, dir))
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ id: basename(file, '.yaml'), data: parse(readFileSync(join(CONTENT, dir, file), 'utf8')) as Record<string, unknown> }));

type Item = { text?: string; scenario?: string; hint?: string };

function sources(): Source[] {
  const list: Source[] = [];
  for (const file of readdirSync(join(CONTENT, 'articles')).filter((name) => name.endsWith('.mdx')).sort()) {
    const raw = readFileSync(join(CONTENT, 'articles', file), 'utf8');
    const [, frontmatter = '', body = ''] = raw.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    const data = parse(frontmatter) as { audiences: string[] };
    const id = basename(file, '.mdx');
    // The body without MDX tags (citations, links' targets, example titles).
    list.push({ kind: 'article', id, path: `articles/${id}/`, audiences: data.audiences, text: body.replace(/<[^>]*>/g, ' ') });
  }
  for (const { id, data } of yamlFiles('assessments')) {
    const items = data.items as Item[];
    const text = [data.intro as string, ...items.flatMap((item) => [item.text ?? '', item.scenario ?? ''])].join(' ');
    list.push({ kind: 'assessment', id, path: `assessments/${id}/`, audiences: data.audiences as string[], text });
  }
  for (const { id, data } of yamlFiles('checklists')) {
    const sections = data.sections as { title: string; items: Item[] }[];
    const text = [data.intro as string, ...sections.flatMap((section) => [section.title, ...section.items.map((item) => item.text ?? '')])].join(' ');
    list.push({ kind: 'checklist', id, path: `checklists/${id}/`, audiences: data.audiences as string[], text });
  }
  const glossary = parse(readFileSync(join(CONTENT, 'glossary.yaml'), 'utf8')) as { id: string; term: string; definition: string }[];
  for (const entry of glossary) {
    list.push({ kind: 'glossary', id: entry.id, path: 'glossary/', audiences: [], text: `${entry.term} ${entry.definition}` });
  }
  return list;
}

/** The words a built page shows (its text, not its markup, scripts or styles). */
function builtPageWords(outDir: string, page: string): Set<string> {
  const file = join(outDir, page.endsWith('.html') ? page : `${page}index.html`);
  const html = readFileSync(file, 'utf8')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
  return new Set(words(html));
}

/** English suffixes, longest first: more than Pagefind's Snowball stemmer ever removes at once. */
const SUFFIXES = [
  'ational', 'ization', 'fulness', 'ousness', 'iveness', 'tional', 'biliti', 'lessli', 'ements', 'ations', 'ingly', 'alism',
  'aliti', 'ousli', 'iviti', 'fulli', 'alize', 'icate', 'iciti', 'ative', 'ement', 'eedly', 'ation', 'ities', 'ments', 'ness',
  'edly', 'ance', 'ence', 'able', 'ible', 'ment', 'sses', 'ings', 'enci', 'anci', 'abli', 'entli', 'izer', 'ator', 'alli',
  'ical', 'ful', 'ies', 'ied', 'ing', 'eed', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion', 'ant', 'ent', 'bli', 'ogi',
  'ers', 'ly', 'li', 'ed', 'er', 'al', 'ic', 'es', 'us', 'ss', 's', 'e', 'y', 'i', 'l',
].sort((a, b) => b.length - a.length);

/**
 * At most what Pagefind's stemmer keeps of a word: suffixes stripped greedily and repeatedly, so
 * the result is never longer than the real stem. Pagefind matches every indexed word whose stem
 * starts with the query word's stem, so a word that no other page has any word starting with
 * this cannot match there.
 */
export function shortestStem(word: string): string {
  let stem = word;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const suffix of SUFFIXES) {
      if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
        stem = stem.slice(0, -suffix.length);
        stripped = true;
        break;
      }
    }
  }
  return stem;
}

/** A page's words, sorted, to look up "any word starting with" by binary search. */
class WordList {
  private readonly sorted: string[];
  constructor(found: Iterable<string>) {
    // The stemmer turns a final y into i: keep both spellings.
    this.sorted = [...new Set([...found].flatMap((word) => [word, word.replace(/y$/, 'i')]))].sort();
  }
  hasWordStartingWith(prefix: string): boolean {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return this.sorted[low]?.startsWith(prefix) ?? false;
  }
}

/**
 * For each content page, the queries that only that built page can match, best first: single words
 * where it has some, otherwise pairs of words that no other page has both of (Pagefind returns only
 * pages that match every word). A glossary term counts as a source of its own: no other term on
 * the glossary page may match either.
 */
export function uniqueQueriesByPage(outDir: string): { source: Source; queries: string[] }[] {
  const pageWords = new Map(listBuiltPages(outDir).map((page) => [page, builtPageWords(outDir, page)]));
  const pageLists = new Map([...pageWords].map(([page, found]) => [page, new WordList(found)]));
  const allSources = sources();
  return allSources.map((source) => {
    const counts = new Map<string, number>();
    for (const word of words(source.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const own = pageWords.get(source.path) ?? new Set<string>();
    const siblings = allSources.filter((other) => other !== source && other.path === source.path).map((other) => new WordList(words(other.text)));
    /** Where else a word could match: other pages, and other glossary terms on the same page. */
    const elsewhere = new Map<string, Set<string>>();
    for (const word of [...counts.keys()].filter((candidate) => candidate.length >= 5 && own.has(candidate))) {
      const stem = shortestStem(word);
      const found = new Set<string>();
      for (const [page, list] of pageLists) {
        if (page !== source.path && list.hasWordStartingWith(stem)) found.add(page);
      }
      siblings.forEach((sibling, index) => {
        if (sibling.hasWordStartingWith(stem)) found.add(`sibling:${index}`);
      });
      elsewhere.set(word, found);
    }
    const byUse = (a: string, b: string) => counts.get(b)! - counts.get(a)! || b.length - a.length || a.localeCompare(b);
    const singles = [...elsewhere].filter(([word, found]) => word.length >= 6 && found.size === 0).map(([word]) => word).sort(byUse);
    if (singles.length > 0) return { source, queries: singles };
    const candidates = [...elsewhere.keys()].sort((a, b) => elsewhere.get(a)!.size - elsewhere.get(b)!.size || byUse(a, b)).slice(0, 60);
    const pairs: { query: string; spread: number }[] = [];
    for (const [i, a] of candidates.entries()) {
      for (const b of candidates.slice(i + 1)) {
        if (shortestStem(a) === shortestStem(b)) continue;
        const both = [...elsewhere.get(a)!].filter((page) => elsewhere.get(b)!.has(page));
        if (both.length === 0) pairs.push({ query: `${a} ${b}`, spread: elsewhere.get(a)!.size + elsewhere.get(b)!.size });
      }
    }
    pairs.sort((x, y) => x.spread - y.spread || x.query.localeCompare(y.query));
    return { source, queries: pairs.map((pair) => pair.query) };
  });
}

/**
 * At least `perKind` queries for each kind of content, covering every audience among the articles,
 * one word per page: `[query, expected page]` pairs for the tests.
 */
export function contentQueries(outDir: string, perKind = 3): ContentQuery[] {
  const candidates = uniqueQueriesByPage(outDir).filter((entry) => entry.queries.length > 0);
  const chosen: ContentQuery[] = [];
  const take = (entry: (typeof candidates)[number]) => {
    if (chosen.some((query) => query.kind === entry.source.kind && query.id === entry.source.id)) return;
    const { kind, id, path, audiences } = entry.source;
    chosen.push({ query: entry.queries[0]!, kind, id, path, audiences });
  };
  for (const audience of ['mentee', 'mentor', 'institution']) {
    // An article written for that audience, for as few others as possible.
    const article = candidates
      .filter((entry) => entry.source.kind === 'article' && entry.source.audiences.includes(audience))
      .filter((entry) => !chosen.some((query) => query.id === entry.source.id))
      .sort((a, b) => a.source.audiences.length - b.source.audiences.length)[0];
    if (article) take(article);
  }
  for (const kind of ['article', 'assessment', 'checklist', 'glossary'] as const) {
    for (const entry of candidates.filter((candidate) => candidate.source.kind === kind)) {
      if (chosen.filter((query) => query.kind === kind).length >= perKind) break;
      take(entry);
    }
  }
  return chosen;
}
