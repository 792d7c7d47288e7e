import { getCollection, type CollectionEntry } from 'astro:content';
import siteConfig from 'virtual:site-config';
import { sortArticles, topicsWithArticles, type ArticleSummary, type TopicSummary } from './articles';
import { findAssessmentProblems, findChecklistProblems, findContentProblems, findGlossaryProblems, findTrackProblems } from './content-integrity';
import { unknownFeaturedTracks } from './site-config/schema';
import { TRACK_TOOLS } from './tracks/tools';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ReferenceEntry = CollectionEntry<'references'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type AssessmentEntry = CollectionEntry<'assessments'>;
export type ChecklistEntry = CollectionEntry<'checklists'>;
export type TrackEntry = CollectionEntry<'tracks'>;

export interface SiteContent {
  /** Articles in reading order. */
  articles: ArticleEntry[];
  /** The same articles' metadata, in the same order. */
  summaries: ArticleSummary[];
  /** Topics in order. */
  topics: TopicSummary[];
  /** The topics, in order, that have at least one article. */
  topicsWithArticles: TopicSummary[];
  references: Map<string, ReferenceEntry['data']>;
  /** Glossary terms in alphabetical order. */
  glossary: GlossaryEntry[];
  /** Assessments in the order their files give. */
  assessments: AssessmentEntry[];
  /** Checklists in their authored order. */
  checklists: ChecklistEntry[];
  /** Tracks in their authored order. */
  tracks: TrackEntry[];
}

let loaded: Promise<SiteContent> | undefined;

/** Every page reads content through here, so a broken cross-reference stops the build. */
export function loadSiteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const [articleEntries, topicEntries, referenceEntries, glossaryEntries, assessmentEntries, checklistEntries, trackEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('topics'),
    getCollection('references'),
    getCollection('glossary'),
    getCollection('assessments'),
    getCollection('checklists'),
    getCollection('tracks'),
  ]);
  const topics = topicEntries.map((entry) => ({ id: entry.id, ...entry.data })).sort((a, b) => a.order - b.order);
  const articleIds = new Set(articleEntries.map((entry) => entry.id));
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
      articles: articleIds,
      references: new Set(referenceEntries.map((entry) => entry.id)),
      topics: new Set(topics.map((topic) => topic.id)),
    },
  );
  problems.push(
    ...findGlossaryProblems(
      glossaryEntries.map((entry) => ({ id: entry.id, article: entry.data.article })),
      articleIds,
    ),
  );
  for (const entry of assessmentEntries) {
    problems.push(...findAssessmentProblems(entry.data, articleIds, entry.filePath ?? `assessments/${entry.id}.yaml`));
  }
  for (const entry of checklistEntries) {
    problems.push(...findChecklistProblems(entry.data, articleIds, entry.filePath ?? `checklists/${entry.id}.yaml`));
  }
  const stepTargets = {
    article: articleIds,
    assessment: new Set(assessmentEntries.map((entry) => entry.id)),
    checklist: new Set(checklistEntries.map((entry) => entry.id)),
    tool: new Set(Object.keys(TRACK_TOOLS)),
  };
  for (const entry of trackEntries) {
    problems.push(...findTrackProblems(entry.data, stepTargets, entry.filePath ?? `tracks/${entry.id}.yaml`));
  }
  const unknownFeatured = unknownFeaturedTracks(siteConfig.featuredTracks, trackEntries.map((entry) => entry.id), siteConfig.file);
  if (unknownFeatured) problems.push(unknownFeatured);
  if (problems.length > 0) {
    throw new Error(`The content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
  const summaries = sortArticles(articleEntries.map(summarise), topics);
  const entriesById = new Map(articleEntries.map((entry) => [entry.id, entry]));
  return {
    articles: summaries.map((summary) => entriesById.get(summary.id)!),
    summaries,
    topics,
    topicsWithArticles: topicsWithArticles(summaries, topics),
    references: new Map(referenceEntries.map((entry) => [entry.id, entry.data])),
    glossary: glossaryEntries.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')),
    assessments: assessmentEntries.sort((a, b) => a.data.order - b.data.order),
    checklists: checklistEntries.sort((a, b) => a.data.order - b.data.order),
    tracks: trackEntries.sort((a, b) => a.data.order - b.data.order),
  };
}

export function summarise(entry: ArticleEntry): ArticleSummary {
  const { title, description, audiences, topic, order } = entry.data;
  return { id: entry.id, title, description, audiences, topic, order };
}
