/** Ordering, grouping and navigation of articles: pure functions over article metadata. */

export interface ArticleSummary {
  id: string;
  title: string;
  description: string;
  audiences: readonly string[];
  topic: string;
  order: number;
}

export interface TopicSummary {
  id: string;
  title: string;
  description: string;
  order: number;
}

export interface TopicGroup<A extends ArticleSummary> {
  topic: TopicSummary;
  articles: A[];
}

/** Reading order: by topic order, then article order, then title. */
export function sortArticles<A extends ArticleSummary>(articles: readonly A[], topics: readonly TopicSummary[]): A[] {
  const topicOrder = new Map(topics.map((topic) => [topic.id, topic.order]));
  const rank = (article: A) => topicOrder.get(article.topic) ?? Number.MAX_SAFE_INTEGER;
  return [...articles].sort(
    (a, b) => rank(a) - rank(b) || a.order - b.order || a.title.localeCompare(b.title, 'en'),
  );
}

/** Topics in order, each with its articles in reading order; empty topics are left out. */
export function groupByTopic<A extends ArticleSummary>(
  articles: readonly A[],
  topics: readonly TopicSummary[],
): TopicGroup<A>[] {
  const sorted = sortArticles(articles, topics);
  return [...topics]
    .sort((a, b) => a.order - b.order)
    .map((topic) => ({ topic, articles: sorted.filter((article) => article.topic === topic.id) }))
    .filter((group) => group.articles.length > 0);
}

/** The topics, in order, that have at least one article: the ones worth linking to. */
export function topicsWithArticles(articles: readonly ArticleSummary[], topics: readonly TopicSummary[]): TopicSummary[] {
  return groupByTopic(articles, topics).map((group) => group.topic);
}

export function forAudience<A extends ArticleSummary>(articles: readonly A[], audience: string): A[] {
  return articles.filter((article) => article.audiences.includes(audience));
}

/** The articles before and after one in reading order. */
export function neighbours<A extends ArticleSummary>(
  sorted: readonly A[],
  id: string,
): { previous: A | undefined; next: A | undefined } {
  const index = sorted.findIndex((article) => article.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}
