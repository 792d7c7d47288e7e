/**
 * A generated corpus for `npm run bench:scale`: articles made from the real articles' own
 * sentences, headings, keywords and vocabulary, so that the search index built from them has the
 * term frequencies of real guidance rather than of lorem ipsum. Each article recombines real
 * sentences, a quarter of whose content words are swapped for other words of the same ending
 * drawn from the whole corpus; it has the real articles' shape (sections, sub-sections, lists,
 * an example, citations, links to other articles) and one of their lengths, give or take 15%.
 *
 * `generateArticles` is pure and deterministic for a seed; `readCorpusSource` reads a content
 * folder; `writeGeneratedArticles` refuses to write inside the repository, so a generated
 * article can never land in content/ and be committed.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { random as seededRandom } from '../../src/lib/assessment/pages.ts';
import { AUDIENCES } from '../../src/schemas/audience.ts';

export interface SourceArticle {
  id: string;
  title: string;
  keywords: string[];
  /** The MDX body, front matter removed. */
  body: string;
}

export interface CorpusSource {
  articles: SourceArticle[];
  referenceIds: string[];
  topicIds: string[];
}

export interface GeneratedArticle {
  id: string;
  title: string;
  /** The whole .mdx file: front matter and body. */
  text: string;
  /** Words of prose in the body. */
  words: number;
}

const STOP_WORDS = new Set(
  'that this with from have they their them then than there these those what when where which while would could should about after before being because into over also only more most much many some such your yours will were been does done each other just like make made very even ever well both same mentor mentee mentors mentees mentoring'.split(
    ' ',
  ),
);

/** Words are swapped only for words with the same ending, so that sentences keep their grammar. */
const ending = (word: string) => /(ing|ed|ly|tion|s)$/.exec(word)?.[1] ?? '';

/** Prose without MDX components, citations, emphasis or link markup. */
function plainText(line: string): string {
  return line
    .replace(/<Cite[^>]*\/>/g, '')
    .replace(/<ArticleLink[^>]*>([\s\S]*?)<\/ArticleLink>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`{}<>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Pools {
  sentences: string[];
  listItems: string[];
  headings: string[];
  keywords: string[];
  vocabulary: Map<string, string[]>;
  wordCounts: number[];
  articleTitles: Map<string, string>;
}

function collectPools(source: CorpusSource): Pools {
  const sentences: string[] = [];
  const listItems: string[] = [];
  const headings = new Set<string>();
  const keywords = new Set<string>();
  const words = new Set<string>();
  const wordCounts: number[] = [];
  for (const article of source.articles) {
    headings.add(article.title);
    article.keywords.forEach((keyword) => keywords.add(keyword));
    let count = 0;
    for (const rawLine of article.body.split('\n')) {
      const line = rawLine.trim();
      if (!line || /^<\/?[A-Z]/.test(line)) continue;
      const heading = /^#{2,3}\s+(.*)$/.exec(line);
      if (heading) {
        headings.add(plainText(heading[1]!));
        continue;
      }
      const item = /^(?:-|\d+\.)\s+(.*)$/.exec(line);
      const text = plainText(item ? item[1]! : line);
      if (!text) continue;
      count += text.split(' ').length;
      if (item) listItems.push(text.replace(/[;.]$/, ''));
      else sentences.push(...text.split(/(?<=[.!?])\s+(?=[A-Z"“‘])/).filter((sentence) => sentence.split(' ').length >= 4));
      for (const word of text.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []) if (!STOP_WORDS.has(word)) words.add(word);
    }
    wordCounts.push(count);
  }
  const vocabulary = new Map<string, string[]>();
  for (const word of [...words].sort()) vocabulary.set(ending(word), [...(vocabulary.get(ending(word)) ?? []), word]);
  return {
    sentences,
    listItems,
    headings: [...headings],
    keywords: [...keywords],
    vocabulary,
    wordCounts,
    articleTitles: new Map(source.articles.map((article) => [article.id, article.title])),
  };
}

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');

/** Generates `count` articles from the real ones, the same for the same seed. */
export function generateArticles(source: CorpusSource, { count, seed }: { count: number; seed: number }): GeneratedArticle[] {
  const random = seededRandom(seed);
  const pools = collectPools(source);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const sample = <T>(list: readonly T[], size: number): T[] => {
    const copy = [...list];
    const chosen: T[] = [];
    while (chosen.length < size && copy.length > 0) chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!);
    return chosen;
  };
  /** Swaps some content words for others of the same ending: "agree on credit" → "agree on funding". */
  const vary = (text: string, share = 0.25) =>
    text.replace(/\b[a-z]{4,}\b/g, (word) => (STOP_WORDS.has(word) || random() >= share ? word : pick(pools.vocabulary.get(ending(word)) ?? [word])));
  const sentence = () => vary(pick(pools.sentences));
  const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  const realIds = source.articles.map((article) => article.id);
  const usedIds = new Set(realIds);
  const usedTitles = new Set(source.articles.map((article) => article.title.toLowerCase()));
  const articles: GeneratedArticle[] = [];

  for (let index = 0; index < count; index++) {
    let title = '';
    for (let attempt = 0; !title || usedTitles.has(title.toLowerCase()) || title.length > 90; attempt++) {
      const base = capitalise(vary(pick(pools.headings), 0.4));
      title = attempt < 5 ? base : `${base}: ${vary(pick(pools.headings), 0.4).toLowerCase()}`;
      if (title.length > 90) title = '';
      if (attempt > 50) title = `${base} (${index + 1})`;
    }
    usedTitles.add(title.toLowerCase());
    let id = slugOf(title) || 'article';
    for (let suffix = 2; usedIds.has(id); suffix++) id = `${slugOf(title)}-${suffix}`;
    usedIds.add(id);

    let description = '';
    while (description.length < 40 || description.length > 200) description = sentence();

    const references = sample(source.referenceIds, between(1, 3));
    const linked = sample(realIds, between(1, 3));
    const target = Math.round(pick(pools.wordCounts) * (0.85 + random() * 0.3));

    /** Paragraphs and other blocks, in order; citations go into paragraphs afterwards. */
    const blocks: { text: string; paragraph: boolean }[] = [];
    let words = 0;
    const paragraph = () => {
      const text = Array.from({ length: between(2, 5) }, sentence).join(' ');
      words += text.split(' ').length;
      blocks.push({ text, paragraph: true });
    };
    const heading = (level: 2 | 3) => {
      const text = capitalise(vary(pick(pools.headings), 0.4));
      words += text.split(' ').length;
      blocks.push({ text: `${'#'.repeat(level)} ${text}`, paragraph: false });
    };
    paragraph();
    paragraph();
    let example = false;
    while (words < target) {
      heading(2);
      for (let n = between(1, 3); n > 0; n--) paragraph();
      if (random() < 0.3) {
        const items = Array.from({ length: between(3, 5) }, () => vary(pick(pools.listItems)));
        words += items.join(' ').split(' ').length;
        blocks.push({ text: items.map((item) => `- ${item};`).join('\n').replace(/;$/, '.'), paragraph: false });
      }
      if (random() < 0.4) {
        heading(3);
        paragraph();
      }
      if (!example && random() < 0.3) {
        example = true;
        blocks.push({ text: `<Example title="${vary(pick(pools.headings), 0.4).replace(/"/g, '')}">`, paragraph: false });
        paragraph();
        paragraph();
        blocks.push({ text: '</Example>', paragraph: false });
      }
    }
    // Each reference is cited once, in list order, in the paragraphs spread through the article.
    const paragraphs = blocks.filter((block) => block.paragraph);
    references.forEach((reference, n) => {
      const block = paragraphs[Math.floor((n * paragraphs.length) / references.length)]!;
      block.text = block.text.replace(/^(.*?)([.!?])(\s|$)/, `$1<Cite id="${reference}" />$2$3`);
      if (!block.text.includes(`"${reference}"`)) block.text += `<Cite id="${reference}" />`;
    });
    linked.forEach((target, n) => {
      const block = paragraphs[Math.floor(((n + 0.5) * paragraphs.length) / linked.length)] ?? paragraphs.at(-1)!;
      block.text += ` More in <ArticleLink to="${target}">${pools.articleTitles.get(target)!.toLowerCase()}</ArticleLink>.`;
    });

    const frontMatter = {
      title,
      description,
      audiences: sample(AUDIENCES, between(1, 3)),
      topic: pick(source.topicIds),
      order: 100 + index,
      lastReviewed: `2026-${String(between(1, 11)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
      related: sample(realIds, between(0, 3)),
      references,
      keywords: sample(pools.keywords, between(3, 10)),
    };
    const body = blocks.map((block) => block.text).join('\n\n');
    articles.push({ id, title, text: `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}\n`, words });
  }
  return articles;
}

/** The real articles, references and topics of a content folder. */
export function readCorpusSource(contentDir: string): CorpusSource {
  const yamlIds = (folder: string) =>
    readdirSync(join(contentDir, folder))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => file.replace(/\.yaml$/, ''))
      .sort();
  const articles = readdirSync(join(contentDir, 'articles'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(contentDir, 'articles', file), 'utf8');
      const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const data = parse(frontMatter) as { title: string; keywords?: string[] };
      return { id: file.replace(/\.mdx$/, ''), title: data.title, keywords: data.keywords ?? [], body };
    });
  const topicIds = Object.keys(parse(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) as object);
  return { articles, referenceIds: yamlIds('references'), topicIds };
}

/** True when `dir` is `root` or inside it. */
export function isInside(dir: string, root: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const path = relative(real(root), real(dir));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/** Writes the articles into `articlesDir`, which must be outside `repository` (above all, outside its content/). */
export function writeGeneratedArticles(articlesDir: string, articles: readonly GeneratedArticle[], repository: string): void {
  if (isInside(articlesDir, repository)) {
    throw new Error(`Refusing to write generated articles into ${articlesDir}: it is inside the repository (${repository}), where they could be committed.`);
  }
  mkdirSync(articlesDir, { recursive: true });
  for (const article of articles) writeFileSync(join(articlesDir, `${article.id}.mdx`), article.text);
}
