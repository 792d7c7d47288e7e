import { z } from 'astro/zod';
import { idSchema } from './ids';
import { requiredText, toolFields } from './tool';

/** A checklist (content/checklists/<id>.yaml): sections of items, each linked to an article. */
const text = requiredText;

const checklistItemSchema = z
  .object({
    id: idSchema,
    text: text('the item text'),
    hint: z.string().trim().min(1).optional(),
    /** The article that explains this item. */
    article: idSchema,
  })
  .strict();

const sectionSchema = z
  .object({
    id: idSchema,
    title: text('the section title'),
    items: z.array(checklistItemSchema).min(1, { error: 'A section needs at least one item.' }),
  })
  .strict();

export const checklistSchema = z
  .object({
    ...toolFields('checklists', 'who it is for and when to use it'),
    /** A checklist used again and again, one dated entry each time (e.g. every meeting's agenda). */
    repeatable: z.boolean().default(false),
    sections: z.array(sectionSchema).min(1, { error: 'Give at least one section.' }),
  })
  .strict()
  .superRefine((checklist, ctx) => {
    const seen = new Set<string>();
    checklist.sections.forEach((section, sectionIndex) => {
      section.items.forEach((item, itemIndex) => {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', sectionIndex, 'items', itemIndex, 'id'],
            message: `Duplicate item id "${item.id}": item ids must be unique across the checklist.`,
          });
        }
        seen.add(item.id);
      });
    });
    const sectionIds = checklist.sections.map((section) => section.id);
    sectionIds.forEach((id, index) => {
      if (sectionIds.indexOf(id) !== index) {
        ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `Duplicate section id "${id}".` });
      }
    });
  });

export type Checklist = z.infer<typeof checklistSchema>;
