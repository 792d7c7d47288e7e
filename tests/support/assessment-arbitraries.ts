/** fast-check arbitraries for answers to an assessment definition. */
import fc from 'fast-check';
import type { Answer, Answers, AssessmentDefinition, Item, ScalePoint } from '../../src/lib/assessment/types';

/** Any answer that fits the item as defined. */
export function validAnswer(item: Item, scales: Record<string, ScalePoint[]>): fc.Arbitrary<Answer> {
  switch (item.kind) {
    case 'likert':
      return fc.constantFrom(...scales[item.scale]!.map((point) => point.value));
    case 'single':
    case 'scenario':
      return fc.constantFrom(...item.options.map((option) => option.id));
    case 'multiple':
      return fc.shuffledSubarray(
        item.options.map((option) => option.id),
        { minLength: 1 },
      );
  }
}

/** Answers to any subset of the definition's items, every one of them valid. */
export function validAnswers(definition: AssessmentDefinition): fc.Arbitrary<Answers> {
  const model = Object.fromEntries(definition.items.map((item) => [item.id, validAnswer(item, definition.scales)]));
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Answers>;
}

/** A value of the shape stored answers have, whether or not it fits any item. */
export const anyStoredAnswer: fc.Arbitrary<Answer> = fc.oneof(
  fc.integer({ min: -5, max: 10 }),
  fc.string({ maxLength: 20 }),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }),
);
