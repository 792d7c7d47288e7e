import { z } from 'astro/zod';
import { idSchema } from './ids';
import { requiredText } from './tool';

/**
 * The content of "My mentoring network" and "My development plan": kinds of support
 * (content/tools/network-categories.yaml) and goal areas (content/tools/goal-areas.yaml). Whether
 * each article and reference named exists is checked by the pages that use them.
 */
export const networkCategorySchema = z
  .object({
    label: requiredText('a label (what the checkbox says)'),
    short: requiredText('a short label for the map (a word or two)').max(14, { error: 'Keep the short label under 14 characters: it sits under a name on the map.' }),
    definition: requiredText('a definition, in the site’s own words'),
    /** The works behind any claim the definition makes (content/references/ ids); none for plain description. */
    references: z.array(idSchema).default([]),
    gap: requiredText('the next step when no one gives this kind of support'),
    article: idSchema,
    order: z.number({ error: 'Give an order (a number: lower comes first).' }),
  })
  .strict();

export const goalAreaSchema = z
  .object({
    label: requiredText('a label'),
    prompt: requiredText('a prompt that helps the reader write a goal in this area'),
    article: idSchema,
    order: z.number({ error: 'Give an order (a number: lower comes first).' }),
  })
  .strict();

export type NetworkCategory = z.infer<typeof networkCategorySchema>;
export type GoalArea = z.infer<typeof goalAreaSchema>;
