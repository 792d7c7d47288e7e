import { describe, expect, it } from 'vitest';
import { forAudience, groupByTopic, neighbours, sortArticles, topicsWithArticles, type ArticleSummary } from '../../src/lib/articles';

const topics = [
  { id: 'people', title: 'People', description: '', order: 2 },
  { id: 'basics', title: 'Basics', description: '', order: 1 },
  { id: 'empty', title: 'Empty', description: '', order: 3 },
];

const article = (id: string, topic: string, order: number, audiences: string[] = ['mentee']): ArticleSummary => ({
  id,
  title: id,
  description: '',
  audiences,
  topic,
  order,
});

const articles = [
  article('mentee', 'people', 2, ['mentee']),
  article('mentor', 'people', 1, ['mentor']),
  article('why', 'basics', 1, ['mentee', 'mentor', 'institution']),
];

describe('sortArticles', () => {
  it('orders by topic, then by order within the topic', () => {
    expect(sortArticles(articles, topics).map((a) => a.id)).toEqual(['why', 'mentor', 'mentee']);
  });

  it('breaks ties by title', () => {
    const tied = [article('b', 'basics', 1), article('a', 'basics', 1)];
    expect(sortArticles(tied, topics).map((a) => a.id)).toEqual(['a', 'b']);
  });
});

describe('groupByTopic', () => {
  it('groups in topic order and leaves out topics with no articles', () => {
    const groups = groupByTopic(articles, topics);
    expect(groups.map((group) => group.topic.id)).toEqual(['basics', 'people']);
    expect(groups[1]!.articles.map((a) => a.id)).toEqual(['mentor', 'mentee']);
  });
});

describe('topicsWithArticles', () => {
  it('keeps the topics that have articles, in topic order', () => {
    expect(topicsWithArticles(articles, topics).map((topic) => topic.id)).toEqual(['basics', 'people']);
  });

  it('has no topics when there are no articles', () => {
    expect(topicsWithArticles([], topics)).toEqual([]);
  });
});

describe('forAudience', () => {
  it('keeps only the articles written for that audience', () => {
    expect(forAudience(articles, 'mentor').map((a) => a.id)).toEqual(['mentor', 'why']);
    expect(forAudience(articles, 'institution').map((a) => a.id)).toEqual(['why']);
  });
});

describe('neighbours', () => {
  const sorted = sortArticles(articles, topics);
  it('gives the previous and next article in reading order', () => {
    const { previous, next } = neighbours(sorted, 'mentor');
    expect(previous?.id).toBe('why');
    expect(next?.id).toBe('mentee');
  });

  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(sorted, 'why').previous).toBeUndefined();
    expect(neighbours(sorted, 'mentee').next).toBeUndefined();
  });
});
