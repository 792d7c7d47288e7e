import { z } from 'astro/zod';
import { audienceSchema } from './audience';
import { idSchema, uniqueIdList } from './ids';
import { keywordsSchema } from './keywords';

/**
 * Frontmatter of a guidance article (content/articles/<id>.mdx). Cross-references
 * (topic, related, references) are checked against the other collections by
 * src/lib/content-integrity.ts, because a schema sees one file at a time.
 */
export const articleSchema = z
  .object({
    title: z
      .string({ error: 'Every article needs a title.' })
      .min(3, { error: 'The title is too short.' })
      .max(90, { error: 'Keep the title under 90 characters.' }),
    description: z
      .string({ error: 'Give a one- or two-sentence description (used in lists, search and previews).' })
      .min(20, { error: 'The description is too short: say what the reader learns.' })
      .max(200, { error: 'Keep the description under 200 characters.' }),
    audiences: z
      .array(audienceSchema, { error: 'List the audiences, e.g. [mentee, mentor].' })
      .min(1, { error: 'List at least one audience: mentee, mentor or institution.' }),
    topic: idSchema,
    order: z.number({ error: 'Give the article an order within its topic (a number: lower comes first).' }),
    lastReviewed: z.coerce.date({ error: 'Give the date the article was last reviewed, e.g. 2026-11-25.' }),
    related: uniqueIdList('related').default([]),
    references: uniqueIdList('references').min(1, { error: 'List at least one reference: every claim rests on one.' }),
    keywords: keywordsSchema,
    /**
     * Ids the article was published under before it was renamed, e.g. [mentor-or-sponsor]: the
     * build leaves a page at each old address that sends readers on (src/lib/redirects.ts).
     */
    formerIds: uniqueIdList('formerIds').default([]),
  })
  .strict();

export type ArticleData = z.infer<typeof articleSchema>;
