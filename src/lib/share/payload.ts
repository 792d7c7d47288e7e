/**
 * What a share link carries, as plain data: the short key of each question, the compact array
 * made from a set of answers, and (from payload-check.ts) that array checked field by field. Small
 * and synchronous, so pages can use it without the link's compression (link.ts, loaded on demand).
 */
import { base36, fnv1a } from './hash';
import { KEY_LENGTH, MAX_NAME_LENGTH, type Payload, type SharedAnswers } from './payload-check';

export * from './payload-check';
export { base36, fnv1a } from './hash';

/** A question's key in a link: three base36 characters from its id. */
export const questionKey = (id: string) => base36(fnv1a(id) % 36 ** KEY_LENGTH, KEY_LENGTH);

/** Why a name cannot go in a link, or undefined when it can (an empty name is left out). */
export function nameProblem(name: string): string | undefined {
  if (name.trim().length > MAX_NAME_LENGTH) return `Enter a name or initials of ${MAX_NAME_LENGTH} characters or fewer`;
  return undefined;
}

/** The compact JSON array for `shared`: keys and answers as strings, the name only when given. */
export function toPayload(shared: SharedAnswers): Payload {
  const name = shared.name?.trim().slice(0, MAX_NAME_LENGTH);
  const fields: Payload = [
    shared.assessmentId,
    shared.definitionVersion,
    shared.keys.join(''),
    shared.answers.map((answer) => (answer === null ? '-' : String(answer))).join(''),
    shared.taken,
  ];
  return name ? [...fields, name] : fields;
}

