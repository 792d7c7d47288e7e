/**
 * The content behind "My mentoring network" and "My development plan", read once and checked
 * against the rest of the site: every article and reference a kind of support or a goal area
 * names must exist, or the build stops and says which file to fix.
 */
import { getCollection } from 'astro:content';
import { loadSiteContent } from './content';
import { articlePath } from './paths';
import type { GoalArea, NetworkCategory } from '../schemas/development-tools';

export interface DevelopmentContent {
  categories: (NetworkCategory & { id: string })[];
  areas: (GoalArea & { id: string })[];
  /** Article id → link and title, for every article the two tools name. */
  articleLinks: Record<string, { href: string; title: string }>;
}

export async function loadDevelopmentContent(): Promise<DevelopmentContent> {
  const [{ articles, references }, categoryEntries, areaEntries] = await Promise.all([
    loadSiteContent(),
    getCollection('networkCategories'),
    getCollection('goalAreas'),
  ]);
  const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
  const categories = categoryEntries.map((entry) => ({ id: entry.id, ...entry.data })).sort(byOrder);
  const areas = areaEntries.map((entry) => ({ id: entry.id, ...entry.data })).sort(byOrder);
  const titles = new Map(articles.map((entry) => [entry.id, entry.data.title]));
  const problems = [
    ...categories.flatMap((category) => [
      ...(titles.has(category.article) ? [] : [`content/tools/network-categories.yaml: ${category.id}.article: "${category.article}" names no article.`]),
      ...category.references
        .filter((id) => !references.has(id))
        .map((id) => `content/tools/network-categories.yaml: ${category.id}.references: "${id}" names no reference in content/references/.`),
    ]),
    ...areas.filter((area) => !titles.has(area.article)).map((area) => `content/tools/goal-areas.yaml: ${area.id}.article: "${area.article}" names no article.`),
  ];
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const linked = new Set([...categories.map((category) => category.article), ...areas.map((area) => area.article), 'mentoring-models', 'reviewing-agreements']);
  const articleLinks = Object.fromEntries([...linked].filter((id) => titles.has(id)).map((id) => [id, { href: articlePath(id), title: titles.get(id)! }]));
  return { categories, areas, articleLinks };
}
