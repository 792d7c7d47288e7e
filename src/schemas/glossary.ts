import { z } from 'astro/zod';
import { idSchema } from './ids';

/** One glossary term (content/glossary.yaml); `article` names the article that explains it. */
export const glossaryTermSchema = z
  .object({
    /** The term's anchor on the glossary page: keep it stable once published. */
    id: idSchema,
    term: z.string({ error: 'Give the term.' }).min(2, { error: 'Give the term.' }),
    definition: z
      .string({ error: 'Define the term in one or two sentences.' })
      .min(20, { error: 'The definition is too short: explain the term in a sentence or two.' })
      .max(300, { error: 'Keep the definition under 300 characters; the linked article says the rest.' }),
    article: idSchema,
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
