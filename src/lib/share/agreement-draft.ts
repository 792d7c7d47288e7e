/**
 * A mentoring agreement draft as a share link carries it, and two drafts compared field by field
 * and merged into one. Pure and synchronous: the link's compression is in agreement-link.ts.
 *
 * The payload is a small JSON array `[field set, field set version, {field id: value}, day, name?]`:
 * the field set names the agreement's headings (this site's builder), its version the shape of the
 * saved record; only filled-in fields travel. Values are only ever treated as text.
 */
import { displayValue } from '../agreement/agreement-document';
import { isIsoDay, isTimeOfDay, type AgreementField, type AgreementSection } from '../agreement/agreement-fields';
import { AGREEMENT_FORMAT } from '../agreement/agreement-record';
import { isCalendarDay } from '../storage/guards';

export const AGREEMENT_FIELD_SET = 'mentoring-agreement';
/**
 * The longest name or initials a draft link carries: the same as a health check link's
 * (payload-check.ts, MAX_NAME_LENGTH; a unit test keeps them equal), written again so that this
 * page's script does not share that module, which would split it out of My saved data's chunk.
 */
export const DRAFT_NAME_LENGTH = 40;

/** Why a name cannot go in a draft link, or undefined when it can (an empty name is left out). */
export const draftNameProblem = (name: string) =>
  name.trim().length > DRAFT_NAME_LENGTH ? `Enter a name or initials of ${DRAFT_NAME_LENGTH} characters or fewer` : undefined;
/** The most characters one field may carry in a link (the builder's longest answers are a few hundred). */
export const MAX_FIELD_LENGTH = 2000;
/** The most fields a link may name, known or not. */
export const MAX_LINK_FIELDS = 60;

export type DraftPayload = [string, number, Record<string, string>, string] | [string, number, Record<string, string>, string, string];

/** A partner's draft as read from a link: the fields this builder knows, and what was left out. */
export interface SharedDraft {
  fields: Record<string, string>;
  /** The day the link was made, YYYY-MM-DD. */
  made: string;
  name?: string;
  /** Field ids this builder does not ask about, or whose value it cannot use (a date that is not a date). */
  ignored: string[];
}

/** The compact array for a draft: filled-in fields only, trimmed; the name only when given. */
export function toDraftPayload(fields: Readonly<Record<string, string>>, made: string, name?: string): DraftPayload {
  const carried = Object.fromEntries(
    Object.entries(fields)
      .map(([id, value]) => [id, value.replace(/\r\n?/g, '\n').trim()] as const)
      .filter(([, value]) => value !== ''),
  );
  const who = name?.trim().slice(0, DRAFT_NAME_LENGTH);
  const payload: DraftPayload = [AGREEMENT_FIELD_SET, AGREEMENT_FORMAT, carried, made];
  return who ? [...payload, who] : payload;
}

/** Whether `value` is one this field can hold: a real day, a time, one of the choices, or text of a sensible length. */
function usable(field: AgreementField, value: string): boolean {
  if (field.kind === 'date') return isIsoDay(value);
  if (field.kind === 'time') return isTimeOfDay(value);
  if (field.kind === 'select') return field.options?.some((option) => option.value === value) ?? false;
  return true;
}

/**
 * A link's JSON value read as a draft for these sections, or why not: 'malformed' when its shape
 * is wrong, 'other-version' when it names another field set or version. Unknown fields and
 * unusable values are left out and listed, never guessed at.
 */
export function fromDraftPayload(value: unknown, sections: readonly AgreementSection[]): SharedDraft | 'malformed' | 'other-version' {
  if (!Array.isArray(value) || value.length < 4 || value.length > 5) return 'malformed';
  const [set, version, fields, made, name] = value as unknown[];
  if (typeof set !== 'string' || !Number.isInteger(version)) return 'malformed';
  if (set !== AGREEMENT_FIELD_SET || version !== AGREEMENT_FORMAT) return 'other-version';
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return 'malformed';
  const entries = Object.entries(fields as Record<string, unknown>);
  if (entries.length > MAX_LINK_FIELDS) return 'malformed';
  if (entries.some(([id, text]) => typeof text !== 'string' || text.length > MAX_FIELD_LENGTH || id.length > 80)) return 'malformed';
  if (!isCalendarDay(made)) return 'malformed';
  if (name !== undefined && (typeof name !== 'string' || name.trim() === '' || name.length > DRAFT_NAME_LENGTH || name !== name.trim())) return 'malformed';
  const known = new Map(sections.flatMap((section) => section.fields).map((field) => [field.id, field]));
  const kept: Record<string, string> = {};
  const ignored: string[] = [];
  for (const [id, text] of entries as [string, string][]) {
    const field = known.get(id);
    if (field && usable(field, text.trim()) && text.trim() !== '') kept[id] = text.trim();
    else ignored.push(id);
  }
  return { fields: kept, made, ignored, ...(name !== undefined ? { name } : {}) };
}

export type Side = 'mine' | 'theirs' | 'joint';

export interface FieldDifference {
  field: AgreementField;
  section: string;
  mine: string;
  theirs: string;
  same: boolean;
}

/** Every field of the builder, both drafts' values side by side (raw, trimmed), in the form's order. */
export function compareDrafts(
  mine: Readonly<Record<string, string>>,
  theirs: Readonly<Record<string, string>>,
  sections: readonly AgreementSection[],
): FieldDifference[] {
  return sections.flatMap((section) =>
    section.fields.map((field) => {
      const own = (mine[field.id] ?? '').trim();
      const other = (theirs[field.id] ?? '').trim();
      return { field, section: section.title, mine: own, theirs: other, same: own === other };
    }),
  );
}

const shown = (field: AgreementField, value: string) => displayValue(field, value) || 'not filled in';

/** The difference in words: "You: Monthly · Sam: Fortnightly (every two weeks)". */
export const differenceWords = (difference: FieldDifference, partner: string) =>
  `You: ${shown(difference.field, difference.mine)} · ${partner}: ${shown(difference.field, difference.theirs)}`;

/** Which side a field starts on: yours, unless only your partner has filled it in. */
export const defaultSide = (difference: FieldDifference): Side => (difference.mine === '' && difference.theirs !== '' ? 'theirs' : 'mine');

export interface Choice {
  side: Side;
  joint: string;
}

/** The agreed draft: for each field, the side chosen (or the joint version written); same fields as they are. */
export function mergeDrafts(differences: readonly FieldDifference[], choices: Readonly<Record<string, Choice>>): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const difference of differences) {
    const choice = choices[difference.field.id];
    const side = difference.same ? 'mine' : (choice?.side ?? defaultSide(difference));
    const value = side === 'joint' ? (choice?.joint ?? '').replace(/\r\n?/g, '\n').trim() : side === 'mine' ? difference.mine : difference.theirs;
    if (value !== '') merged[difference.field.id] = value;
  }
  return merged;
}

/** Why a joint version cannot be used, or undefined when it can (an empty one leaves the field not yet agreed). */
export function jointProblem(field: AgreementField, text: string): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (value.length > MAX_FIELD_LENGTH) return `Write the joint version in ${MAX_FIELD_LENGTH} characters or fewer`;
  if (!usable(field, value)) return field.kind === 'date' ? 'Enter a real date' : field.kind === 'time' ? 'Enter a time, like 12:30' : 'Choose one of the options';
  return undefined;
}
