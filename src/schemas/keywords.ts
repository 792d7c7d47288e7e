import { z } from 'astro/zod';

/**
 * Readers' own words for what a page helps with ("mentor too busy", "takes credit"): indexed for
 * search with a high weight, never shown. Keep them honest: each must be something the page
 * actually helps with.
 */
export const keywordsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(2, { error: 'A keyword needs at least two letters.' })
      .max(60, { error: 'Keep each keyword under 60 characters: a phrase a reader would type.' })
      .refine((keyword) => !keyword.includes(','), { error: 'A keyword cannot contain a comma: give each phrase as its own list item.' }),
    { error: 'List keywords as phrases, e.g. [mentor too busy, no time for me].' },
  )
  .max(24, { error: 'At most 24 keywords: the few phrases readers really use.' })
  .default([]);
