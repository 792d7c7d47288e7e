import { z } from 'astro/zod';

/** A topic groups articles on the articles index (content/topics.yaml). */
export const topicSchema = z.object({
  title: z.string({ error: 'Give the topic a title.' }).min(1, { error: 'Give the topic a title.' }),
  description: z.string({ error: 'Describe the topic in one sentence.' }).min(1),
  order: z.number({ error: 'Give the topic an order (a number: lower comes first).' }),
});

export type Topic = z.infer<typeof topicSchema>;
