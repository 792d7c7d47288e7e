import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import siteConfig from 'virtual:site-config';
import { shippedAndLocal } from './lib/site-config/local-content';
import { articleSchema } from './schemas/article';
import { assessmentSchema } from './schemas/assessment';
import { checklistSchema } from './schemas/checklist';
import { glossaryTermSchema } from './schemas/glossary';
import { referenceSchema } from './schemas/reference';
import { topicSchema } from './schemas/topic';
import { trackSchema } from './schemas/track';
import { goalAreaSchema, networkCategorySchema } from './schemas/development-tools';

/** CONTENT_DIR lets a test build point at a fixture; authors never need it. */
const contentDir = process.env.CONTENT_DIR ?? './content';
/**
 * An institution's own folder (site.config.ts `localContent`): its articles/, checklists/ and tracks/ are
 * read too, and replace shipped files with the same id. Another kind is one more line here.
 */
const localDir = siteConfig.localContent?.replace(/\/+$/, '');
const withLocal = (folder: string, pattern: string) =>
  shippedAndLocal({ pattern, shipped: `${contentDir}/${folder}`, local: localDir && `${localDir}/${folder}` });

const articles = defineCollection({
  loader: withLocal('articles', '**/*.mdx'),
  schema: articleSchema,
});

const references = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/references` }),
  schema: referenceSchema,
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: topicSchema,
});

const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: glossaryTermSchema,
});

const assessments = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/assessments` }),
  schema: assessmentSchema,
});

const checklists = defineCollection({
  loader: withLocal('checklists', '**/*.yaml'),
  schema: checklistSchema,
});

const tracks = defineCollection({
  loader: withLocal('tracks', '**/*.yaml'),
  schema: trackSchema,
});

/** My mentoring network's kinds of support, and My development plan's goal areas. */
const networkCategories = defineCollection({
  loader: file(`${contentDir}/tools/network-categories.yaml`),
  schema: networkCategorySchema,
});
const goalAreas = defineCollection({
  loader: file(`${contentDir}/tools/goal-areas.yaml`),
  schema: goalAreaSchema,
});

export const collections = { articles, references, topics, glossary, assessments, checklists, tracks, networkCategories, goalAreas };
