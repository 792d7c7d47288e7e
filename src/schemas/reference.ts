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
      .max(currentYear + 1, { error: `The year cannot be after ${currentYear + 1}.` })
      .optional(),
    date: z.coerce.date().optional(),
    /** When a web page was read: web pages change, so a citation says when. */
    accessed: z.coerce.date().optional(),
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
    /** What was checked and where, e.g. "pubmed" or "publisher page: authors, volume, pages, DOI". */
    verified: z.string().min(3, { error: 'Say what was checked and where, e.g. "pubmed".' }).optional(),
    /** Why a detail the checks expect is missing, e.g. "authors not listed on PubMed". */
    incomplete: z.string().min(10, { error: 'Say which detail is missing and why, in a few words.' }).optional(),
  })
  .strict()
  .superRefine((ref, ctx) => {
    if ((ref.type === 'journal-article' || ref.type === 'magazine-article') && !ref.journal) {
      ctx.addIssue({ code: 'custom', path: ['journal'], message: `A ${ref.type} needs the journal or magazine name.` });
    }
    for (const field of missingDetails(ref)) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message:
          `${MISSING_MESSAGES[field]} A detail that cannot be confirmed is left out, not guessed: ` +
          `then say why with incomplete: "…", e.g. incomplete: "authors not listed on PubMed".`,
      });
    }
  });

const MISSING_MESSAGES = {
  authors: 'List the authors (an organisation counts as one), e.g. [Straus SE, Johnson MO].',
  year: 'Give the year of publication.',
  volume: 'Give the volume of this journal article.',
  pages: 'Give the pages of this journal article, e.g. "82-89".',
} as const;

/**
 * The details a citation needs so that a reader can find the work: authors and year for every
 * reference, volume and pages for a journal article. A reference that says why a detail is
 * missing (`incomplete`) is accepted without it.
 */
export function missingDetails(ref: {
  type: string;
  authors: readonly string[];
  year?: number | undefined;
  volume?: string | undefined;
  pages?: string | undefined;
  incomplete?: string | undefined;
}): (keyof typeof MISSING_MESSAGES)[] {
  if (ref.incomplete) return [];
  const missing: (keyof typeof MISSING_MESSAGES)[] = [];
  if (ref.authors.length === 0) missing.push('authors');
  if (ref.year === undefined) missing.push('year');
  if (ref.type === 'journal-article') {
    if (!ref.volume) missing.push('volume');
    if (!ref.pages) missing.push('pages');
  }
  return missing;
}

export type Reference = z.infer<typeof referenceSchema>;
