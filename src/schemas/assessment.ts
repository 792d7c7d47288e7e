import { z } from 'astro/zod';
import { idSchema } from './ids';
import { requiredText, toolFields } from './tool';

/**
 * A self-assessment or quiz (content/assessments/<id>.yaml). Checks that look across the
 * file (domains, bands, scales, duplicate ids) are here; links to articles are checked
 * against the articles collection by src/lib/content-integrity.ts.
 */

const text = requiredText;

const scalePointSchema = z
  .object({
    value: z.number({ error: 'Each point of a scale needs a numeric value, e.g. 0 to 4.' }),
    label: text('a label for each point of the scale'),
  })
  .strict();

const weightedOptionSchema = z
  .object({
    id: idSchema,
    label: text('the option text'),
    score: z
      .number({ error: 'Give each option a score from 0 (least helpful) to 1 (most helpful).' })
      .min(0, { error: 'Option scores run from 0 to 1.' })
      .max(1, { error: 'Option scores run from 0 to 1.' }),
  })
  .strict();

const scenarioOptionSchema = z
  .object({
    id: idSchema,
    label: text('the option text'),
    correct: z.boolean().default(false),
    explanation: text('an explanation for this option (why it is or is not the answer)'),
  })
  .strict();

const itemBase = {
  id: idSchema,
  domain: idSchema,
  text: text('the question text'),
  hint: z.string().trim().min(1).optional(),
};

const likertItemSchema = z
  .object({
    ...itemBase,
    kind: z.literal('likert'),
    scale: idSchema,
    /** Agreeing with a reversed statement means a lower score (e.g. "I often cancel meetings"). */
    reverse: z.boolean().default(false),
  })
  .strict();

const singleItemSchema = z
  .object({
    ...itemBase,
    kind: z.literal('single'),
    options: z.array(weightedOptionSchema).min(2, { error: 'A single-choice question needs at least two options.' }),
  })
  .strict();

const multipleItemSchema = z
  .object({
    ...itemBase,
    kind: z.literal('multiple'),
    options: z.array(weightedOptionSchema).min(2, { error: 'A multiple-choice question needs at least two options.' }),
  })
  .strict();

const scenarioItemSchema = z
  .object({
    ...itemBase,
    kind: z.literal('scenario'),
    scenario: text('the scenario the question is about'),
    options: z.array(scenarioOptionSchema).min(2, { error: 'A scenario needs at least two options.' }),
    /** The article that explains the answer. */
    article: idSchema,
  })
  .strict();

export const ITEM_KINDS = ['likert', 'single', 'multiple', 'scenario'] as const;

const itemSchema = z.discriminatedUnion('kind', [likertItemSchema, singleItemSchema, multipleItemSchema, scenarioItemSchema], {
  error: `Give each item a kind: one of ${ITEM_KINDS.join(', ')}.`,
});

const bandSchema = z
  .object({
    id: idSchema,
    label: text('a label for the band, e.g. "A strength"'),
    /** What a score in this band means, in one short sentence the results show beside its range. */
    description: text('a one-sentence description of what a score in this band means'),
    min: z.number({ error: 'Give the lowest percentage in the band.' }).int().min(0).max(100),
    max: z.number({ error: 'Give the highest percentage in the band.' }).int().min(0).max(100),
  })
  .strict();

const groupSchema = z.object({ id: idSchema, title: text('the group title'), description: z.string().trim().optional() }).strict();

const domainSchema = z
  .object({
    id: idSchema,
    title: text('the domain title'),
    description: text('a one-sentence description of the domain'),
    group: idSchema.optional(),
    /** What a score in each band means for this domain, keyed by band id. */
    feedback: z.record(idSchema, text('feedback for the band')),
    /** One practical next step for someone who scores below the top band. */
    nextStep: text('a practical next step'),
    articles: z.array(idSchema).min(1, { error: 'Link each domain to at least one article.' }),
    /** For comparing two partners' answers: a question to open the conversation, and the checklist item that helps. */
    conversation: z
      .object({ question: text('a question to open the conversation'), checklist: idSchema, item: idSchema })
      .strict()
      .optional(),
  })
  .strict();

export const assessmentSchema = z
  .object({
    ...toolFields('assessments', 'who it is for, how long it takes, what the result means'),
    minutes: z.number({ error: 'Say roughly how many minutes it takes.' }).int().min(1),
    scales: z.record(idSchema, z.array(scalePointSchema).min(2, { error: 'A scale needs at least two points.' })).default({}),
    bands: z.array(bandSchema).min(2, { error: 'Give at least two result bands.' }),
    groups: z.array(groupSchema).default([]),
    domains: z.array(domainSchema).min(1, { error: 'Give at least one domain.' }),
    items: z.array(itemSchema).min(3, { error: 'Give at least three items.' }),
  })
  .strict()
  .superRefine((assessment, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const duplicates = (ids: string[], path: string, what: string) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) issue([path, index, 'id'], `Duplicate ${what} id "${id}": ids must be unique.`);
        seen.add(id);
      });
    };

    duplicates(assessment.items.map((item) => item.id), 'items', 'item');
    duplicates(assessment.domains.map((domain) => domain.id), 'domains', 'domain');
    duplicates(assessment.bands.map((band) => band.id), 'bands', 'band');

    // Bands must cover 0–100 exactly once, in order.
    const bands = assessment.bands;
    bands.forEach((band, index) => {
      if (band.min > band.max) issue(['bands', index, 'min'], `Band "${band.id}" starts above where it ends.`);
      const expectedMin = index === 0 ? 0 : bands[index - 1]!.max + 1;
      if (band.min < expectedMin && index > 0) {
        issue(['bands', index, 'min'], `Band "${band.id}" overlaps the band before it: start it at ${expectedMin}.`);
      } else if (band.min !== expectedMin) {
        issue(['bands', index, 'min'], `Gap before band "${band.id}": start it at ${expectedMin}.`);
      }
    });
    const last = bands.at(-1);
    if (last && last.max !== 100) issue(['bands', bands.length - 1, 'max'], `The last band must end at 100, not ${last.max}.`);

    for (const [scaleId, points] of Object.entries(assessment.scales)) {
      if (new Set(points.map((point) => point.value)).size !== points.length) {
        issue(['scales', scaleId], `Each point of the "${scaleId}" scale needs a different value.`);
      }
    }

    const domainIds = new Set(assessment.domains.map((domain) => domain.id));
    const groupIds = new Set(assessment.groups.map((group) => group.id));
    const bandIds = bands.map((band) => band.id);
    assessment.domains.forEach((domain, index) => {
      for (const bandId of bandIds) {
        if (!Object.hasOwn(domain.feedback, bandId)) issue(['domains', index, 'feedback', bandId], `Give feedback for the "${bandId}" band.`);
      }
      for (const key of Object.keys(domain.feedback)) {
        if (!bandIds.includes(key)) issue(['domains', index, 'feedback', key], `"${key}" is not a band id (${bandIds.join(', ')}).`);
      }
      if (domain.group && !groupIds.has(domain.group)) issue(['domains', index, 'group'], `"${domain.group}" is not a group id.`);
      if (!assessment.items.some((item) => item.domain === domain.id)) {
        issue(['domains', index, 'id'], `Domain "${domain.id}" has no items: add items or remove the domain.`);
      }
    });

    assessment.items.forEach((item, index) => {
      if (!domainIds.has(item.domain)) {
        issue(['items', index, 'domain'], `"${item.domain}" is not a domain in this assessment (${[...domainIds].join(', ')}).`);
      }
      if (item.kind === 'likert' && !Object.hasOwn(assessment.scales, item.scale)) {
        issue(['items', index, 'scale'], `"${item.scale}" is not a scale in this assessment.`);
      }
      if (item.kind !== 'likert') {
        duplicates(item.options.map((option) => option.id), `items.${index}.options`, 'option');
      }
      if (item.kind === 'scenario' && item.options.filter((option) => option.correct).length !== 1) {
        issue(['items', index, 'options'], 'Mark exactly one option of a scenario as correct: true.');
      }
      if ((item.kind === 'single' || item.kind === 'multiple') && !item.options.some((option) => option.score > 0)) {
        issue(['items', index, 'options'], 'At least one option needs a score above 0.');
      }
    });
  });

export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentItem = Assessment['items'][number];
export type AssessmentDomain = Assessment['domains'][number];
export type AssessmentBand = Assessment['bands'][number];
