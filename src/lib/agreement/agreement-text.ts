/**
 * The agreement as Markdown and as plain text, made from the document model
 * (agreement-document.ts). The page imports this module only when one of these is downloaded.
 * What people typed is only ever treated as text: nothing here produces HTML.
 */
import type { AgreementSection } from './agreement-fields';
import { agreementDocument, NOT_YET_AGREED, SIGNATURES_HEADING } from './agreement-document';

type Fields = Readonly<Record<string, string>>;

const SIGNATURE_RULE = '_'.repeat(32);
const DATE_RULE = '_'.repeat(16);

/**
 * Escapes what a Markdown renderer would otherwise interpret in typed text: HTML tags and
 * autolinks, character references, links and images (a typed "[x](javascript:…)" must never
 * become a live link), and line starts that would make headings, block quotes, rules or code
 * fences. Lists, emphasis and line breaks that people type are kept as they are.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/</g, '\\<')
    .replace(/[[\]]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .split('\n')
    .map((line) => line.replace(/^(\s*)(#|>|=+\s*$|-{3,}\s*$|\*{3,}\s*$|_{3,}\s*$|`{3,}|~{3,})/, '$1\\$2'))
    .join('\n');
}

/** Typed lines as Markdown: paragraphs stay paragraphs, and single line breaks are kept. */
function markdownBlock(text: string): string {
  return escapeMarkdown(text)
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.split('\n').join('  \n'))
    .join('\n\n');
}

export function agreementToMarkdown(fields: Fields, definitions: readonly AgreementSection[]): string {
  const document = agreementDocument(fields, definitions);
  const blocks: string[] = [`# ${document.title}`];
  if (document.parties) blocks.push(escapeMarkdown(document.parties));
  for (const section of document.sections) {
    blocks.push(`## ${section.title}`);
    let list: string[] = [];
    const endList = () => {
      if (list.length > 0) blocks.push(list.join('\n'));
      list = [];
    };
    for (const entry of section.entries) {
      // Consecutive one-line entries form one list.
      if (entry.inline) {
        list.push(`- **${entry.label}:** ${entry.value ? escapeMarkdown(entry.value) : NOT_YET_AGREED}`);
        continue;
      }
      endList();
      blocks.push(`### ${entry.label}`, entry.value ? markdownBlock(entry.value) : NOT_YET_AGREED);
    }
    endList();
  }
  blocks.push(`## ${SIGNATURES_HEADING}`);
  for (const { role, name } of document.signatories) {
    // A run of underscores between a space and the line's end is not emphasis: it stays a rule.
    blocks.push(`**${role}:** ${name ? escapeMarkdown(name) : SIGNATURE_RULE}`, `Signature: ${SIGNATURE_RULE}  \nDate: ${DATE_RULE}`);
  }
  return `${blocks.join('\n\n')}\n`;
}

function underline(text: string, character: '=' | '-'): string[] {
  return [text, character.repeat(text.length)];
}

export function agreementToText(fields: Fields, definitions: readonly AgreementSection[]): string {
  const document = agreementDocument(fields, definitions);
  const lines: string[] = [...underline(document.title.toUpperCase(), '='), ''];
  if (document.parties) lines.push(document.parties, '');
  for (const section of document.sections) {
    lines.push(...underline(section.title, '-'), '');
    for (const entry of section.entries) {
      const value = entry.value || NOT_YET_AGREED;
      if (entry.inline) lines.push(`${entry.label}: ${value}`);
      else lines.push('', `${entry.label}:`, ...value.split('\n').map((line) => (line ? `  ${line}` : '')), '');
    }
    lines.push('');
  }
  lines.push(...underline(SIGNATURES_HEADING, '-'), '');
  for (const { role, name } of document.signatories) {
    lines.push(`${role}: ${name || SIGNATURE_RULE}`, '', `Signature: ${SIGNATURE_RULE}   Date: ${DATE_RULE}`, '');
  }
  // Never two blank lines in a row, and one newline at the end.
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
