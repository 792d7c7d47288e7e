import { getCollection, type CollectionEntry } from 'astro:content';
import { sortArticles, type ArticleSummary, type TopicSummary } from './articles';
import { findContentProblems } from './content-integrity';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ReferenceEntry = CollectionEntry<'references'>;

export interface SiteContent {
  /** Articles in reading order. */
  articles: ArticleEntry[];
  /** The same articles' metadata, in the same order. */
  summaries: ArticleSummary[];
  topics: TopicSummary[];
  references: Map<string, ReferenceEntry['data']>;
}

let loaded: Promise<SiteContent> | undefined;

/** Every page reads content through here, so a broken cross-reference stops the build. */
export function loadSiteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const [articleEntries, topicEntries, referenceEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('topics'),
    getCollection('references'),
  ]);
  const topics = topicEntries.map((entry) => ({ id: entry.id, ...entry.data })).sort((a, b) => a.order - b.order);
  const problems = findContentProblems(
    articleEntries.map((entry) => ({
      id: entry.id,
      filePath: entry.filePath ?? `articles/${entry.id}.mdx`,
      topic: entry.data.topic,
      related: entry.data.related,
      references: entry.data.references,
      body: entry.body ?? '',
    })),
    {
      articles: new Set(articleEntries.map((entry) => entry.id)),
      references: new Set(referenceEntries.map((entry) => entry.id)),
      topics: new Set(topics.map((topic) => topic.id)),
    },
  );
  if (problems.length > 0) {
    throw new Error(`The content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
  const summaries = sortArticles(articleEntries.map(summarise), topics);
  const entriesById = new Map(articleEntries.map((entry) => [entry.id, entry]));
  return {
    articles: summaries.map((summary) => entriesById.get(summary.id)!),
    summaries,
    topics,
    references: new Map(referenceEntries.map((entry) => [entry.id, entry.data])),
  };
}

export function summarise(entry: ArticleEntry): ArticleSummary {
  const { title, description, audiences, topic, order } = entry.data;
  return { id: entry.id, title, description, audiences, topic, order };
}
