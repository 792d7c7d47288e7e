/**
 * The agreement as a document: one model (sections, entries, signatures) that the preview, the
 * printed page and every download (Markdown, plain text, Word) are made from. Pure: no DOM, no
 * storage. What people typed is only ever treated as text: nothing here produces HTML.
 */
import { formatLongDate } from '../dates';
import { FIELD_IDS, isIsoDay, type AgreementField, type AgreementSection } from './agreement-fields';

export const DOCUMENT_TITLE = 'Mentoring agreement';
export const NOT_YET_AGREED = '(not yet agreed)';
export const SIGNATURES_HEADING = 'Signatures';

export interface DocumentEntry {
  fieldId: string;
  label: string;
  /** What was agreed, ready to show (dates written out, choices by their label); "" when empty. */
  value: string;
  /** Short values sit on one line with their label; long ones get their own paragraph(s). */
  inline: boolean;
}

export interface DocumentSection {
  title: string;
  entries: DocumentEntry[];
}

export interface Signatory {
  role: 'Mentor' | 'Mentee';
  /** The person's name, or "" when not yet filled in. */
  name: string;
}

export interface AgreementDocument {
  title: string;
  /** "Between Daniel Okafor (mentor) and Priya Shah (mentee)", when both names are known. */
  parties: string | undefined;
  sections: DocumentSection[];
  signatories: [Signatory, Signatory];
}

type Fields = Readonly<Record<string, string>>;

/** A field's value as a reader should see it; "" when nothing (or only spaces) was typed. */
export function displayValue(field: AgreementField, raw: string | undefined): string {
  const value = (raw ?? '').replace(/\r\n?/g, '\n').trim();
  if (value === '') return '';
  if (field.kind === 'date' && isIsoDay(value)) return formatLongDate(new Date(`${value}T00:00:00Z`));
  if (field.kind === 'select') return field.options?.find((option) => option.value === value)?.label ?? value;
  return value;
}

export function agreementDocument(fields: Fields, definitions: readonly AgreementSection[]): AgreementDocument {
  const name = (id: string) => (fields[id] ?? '').trim();
  const mentor = name(FIELD_IDS.mentorName);
  const mentee = name(FIELD_IDS.menteeName);
  return {
    title: DOCUMENT_TITLE,
    parties: mentor && mentee ? `Between ${mentor} (mentor) and ${mentee} (mentee)` : undefined,
    sections: definitions.map((section) => ({
      title: section.title,
      entries: section.fields.map((field) => ({
        fieldId: field.id,
        label: field.label,
        value: displayValue(field, fields[field.id]),
        inline: field.kind !== 'textarea',
      })),
    })),
    signatories: [
      { role: 'Mentor', name: mentor },
      { role: 'Mentee', name: mentee },
    ],
  };
}
