import { z } from 'astro/zod';

/** One bibliography entry (content/references/<id>.yaml), cited by articles by its id. */
export const REFERENCE_TYPES = ['journal-article', 'book', 'book-chapter', 'magazine-article', 'web-page'] as const;

const currentYear = new Date().getFullYear();

export const referenceSchema = z
  .object({
    type: z.enum(REFERENCE_TYPES, {
      error: (issue) => `Unknown reference type ${JSON.stringify(issue.input)}: use one of ${REFERENCE_TYPES.join(', ')}.`,
    }),
    authors: z
      .array(z.string().min(1), { error: 'List the authors, e.g. [Straus SE, Johnson MO].' })
      .default([]),
    etAl: z.boolean().default(false),
    title: z.string({ error: 'Give the title of the work.' }).min(1, { error: 'Give the title of the work.' }),
    journal: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    year: z
      .number({ error: 'Give the year of publication as a number, e.g. 2013.' })
      .int()
      .min(1900, { error: 'The year must be 1900 or later.' })
      .max(currentYear + 1, { error: `The year cannot be after ${currentYear + 1}.` }),
    date: z.coerce.date().optional(),
    volume: z.coerce.string().optional(),
    issue: z.coerce.string().optional(),
    pages: z.coerce.string().optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'A DOI starts with "10." and has no "https://doi.org/" prefix.' })
      .optional(),
    pmid: z.coerce
      .string()
      .regex(/^\d{1,9}$/, { error: 'A PubMed id (pmid) is digits only, e.g. "23165266".' })
      .optional(),
    pmcid: z
      .string()
      .regex(/^PMC\d+$/, { error: 'A PubMed Central id starts with "PMC", e.g. "PMC3665769".' })
      .optional(),
    url: z.url({ error: 'Give a full web address starting with https://.' }).optional(),
  })
  .strict()
  .superRefine((ref, ctx) => {
    if ((ref.type === 'journal-article' || ref.type === 'magazine-article') && !ref.journal) {
      ctx.addIssue({ code: 'custom', path: ['journal'], message: `A ${ref.type} needs the journal or magazine name.` });
    }
    // Some sources are known by their journal alone (no author list has been verified).
    if (ref.authors.length === 0 && !ref.publisher && !ref.journal) {
      ctx.addIssue({ code: 'custom', path: ['authors'], message: 'List the authors, or a publisher when the work has none.' });
    }
  });

export type Reference = z.infer<typeof referenceSchema>;
