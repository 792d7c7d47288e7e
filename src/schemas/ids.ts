import { z } from 'astro/zod';

/** Ids are file names (or keys) in kebab case, used in URLs and cross-references. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string({ error: 'Give an id (lower-case words joined by hyphens, e.g. "effective-mentor").' })
  .regex(ID_PATTERN, { error: 'Ids are lower-case words joined by hyphens, e.g. "effective-mentor".' });

/** A list of ids with no repeats, e.g. an article's related articles. */
export function uniqueIdList(what: string) {
  return z.array(idSchema).superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `"${id}" is listed twice in ${what}: remove the repeat.` });
      }
      seen.add(id);
    });
  });
}
