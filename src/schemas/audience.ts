import { z } from 'astro/zod';

/** The three kinds of visitor the site routes from its home page. */
export const AUDIENCES = ['mentee', 'mentor', 'institution'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  mentee: 'Mentees',
  mentor: 'Mentors',
  institution: 'Institutions',
};

export const audienceSchema = z.enum(AUDIENCES, {
  error: (issue) =>
    `Unknown audience ${JSON.stringify(issue.input)}: use one of ${AUDIENCES.join(', ')}.`,
});

/** "mentees, mentors" for a sentence such as "for mentees, mentors". */
export function audienceList(audiences: readonly Audience[]): string {
  return audiences.map((audience) => AUDIENCE_LABELS[audience].toLowerCase()).join(', ');
}
