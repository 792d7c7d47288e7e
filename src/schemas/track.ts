import { z } from 'astro/zod';
import { audienceSchema } from './audience';
import { idSchema } from './ids';
import { requiredText } from './tool';

/**
 * A track (content/tracks/<id>.yaml): a guided path through the guide, as ordered steps. Each step
 * is an article to read, an assessment to complete, a checklist to work through or a tool to use,
 * with a line on why it is there and the minutes it takes. Whether each step's id names something
 * that exists is checked across files by src/lib/content-integrity.ts.
 */

export const STEP_KINDS = ['article', 'assessment', 'checklist', 'tool'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

const stepSchema = z
  .object({
    kind: z.enum(STEP_KINDS, {
      error: (issue) => `Unknown step kind ${JSON.stringify(issue.input)}: use one of ${STEP_KINDS.join(', ')}.`,
    }),
    id: idSchema,
    /** One line on why this step is on the path. */
    why: requiredText('a one-line "why this step"').max(200, { error: 'Keep "why" to one line (under 200 characters).' }),
    minutes: z
      .number({ error: 'Give the minutes this step takes (a whole number).' })
      .int({ error: 'Give the minutes as a whole number.' })
      .min(1, { error: 'A step takes at least 1 minute.' }),
    /** A heading the step sits under on the track page, e.g. a competency; consecutive steps may share it. */
    heading: z.string().trim().min(1).optional(),
    /** A question to reflect on after the step ("What will you do differently at your next meeting?"). */
    reflection: z.string().trim().min(1, { error: 'Write the reflection question, or leave the field out.' }).optional(),
  })
  .strict();

export const trackSchema = z
  .object({
    title: requiredText('a title'),
    description: z
      .string({ error: 'Give a one- or two-sentence description.' })
      .min(20, { error: 'The description is too short.' })
      .max(200, { error: 'Keep the description under 200 characters.' }),
    intro: requiredText('an introduction (who the track is for and when to take it)'),
    audiences: z.array(audienceSchema).min(1, { error: 'List at least one audience.' }),
    /** Raise it when the steps change: the record of completion names the version taken. */
    version: z.number({ error: 'Give a version number (a whole number, starting at 1).' }).int().min(1),
    order: z.number({ error: 'Give an order (lower comes first on the tracks page).' }),
    /** The whole track's minutes: must equal the sum of the steps' minutes. */
    minutes: z.number({ error: "Give the track's total minutes (the sum of its steps' minutes)." }).int().min(1),
    steps: z.array(stepSchema).min(2, { error: 'A track needs at least two steps.' }),
  })
  .strict()
  .superRefine((track, ctx) => {
    const seen = new Set<string>();
    track.steps.forEach((step, index) => {
      const key = `${step.kind}:${step.id}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `The ${step.kind} "${step.id}" is already a step of this track: each appears once.`,
        });
      }
      seen.add(key);
    });
    const sum = track.steps.reduce((total, step) => total + step.minutes, 0);
    if (track.minutes !== sum) {
      ctx.addIssue({
        code: 'custom',
        path: ['minutes'],
        message: `The total is ${track.minutes} minutes but the steps add up to ${sum}: set minutes to ${sum}.`,
      });
    }
  });

export type Track = z.infer<typeof trackSchema>;
export type TrackStep = Track['steps'][number];

/** The key a step's progress is saved under: its kind and id, so reordering steps keeps progress. */
export const stepKey = (step: { kind: StepKind; id: string }) => `${step.kind}:${step.id}`;
