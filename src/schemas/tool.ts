import { z } from 'astro/zod';
import { audienceSchema } from './audience';
import { keywordsSchema } from './keywords';

/** A required, trimmed piece of text, with a message saying what to write. */
export const requiredText = (what: string) =>
  z.string({ error: `Give ${what}.` }).trim().min(1, { error: `Give ${what}.` });

/**
 * The fields every interactive tool (assessment, checklist) shares: how it is listed and
 * introduced, who it is for, the version that saved progress is checked against, and readers'
 * words for it in search.
 */
export function toolFields(kind: 'assessments' | 'checklists', introHint: string) {
  return {
    title: requiredText('a title'),
    description: z
      .string({ error: 'Give a one- or two-sentence description.' })
      .min(20, { error: 'The description is too short.' })
      .max(200, { error: 'Keep the description under 200 characters.' }),
    intro: requiredText(`an introduction (${introHint})`),
    /** Raise it when items change, so saved progress is checked against the new definition. */
    version: z.number({ error: 'Give a version number (a whole number, starting at 1).' }).int().min(1),
    audiences: z.array(audienceSchema).min(1, { error: 'List at least one audience.' }),
    order: z.number({ error: `Give an order (lower comes first on the ${kind} page).` }),
    keywords: keywordsSchema,
  };
}
