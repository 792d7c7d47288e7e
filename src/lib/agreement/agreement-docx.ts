/**
 * The agreement as a Word document (.docx): the same model as the Markdown, text and printed
 * versions (agreementDocument), written with the docx library. This module imports docx
 * statically, so the page must import this module itself only on demand (`await import(...)`):
 * the library is about 70 KB gzip and stays out of the page's first download.
 *
 * agreementToDocx is pure (fields in, Document out); agreementDocxBlob packs it for a download.
 */
import {
  Document,
  HeadingLevel,
  LeaderType,
  Packer,
  Paragraph,
  Tab,
  TabStopPosition,
  TabStopType,
  TextRun,
} from 'docx';
import type { AgreementSection } from './agreement-fields';
import { agreementDocument, NOT_YET_AGREED, SIGNATURES_HEADING } from './agreement-document';

export const DOCX_FILE_NAME = 'mentoring-agreement.docx';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Fields = Readonly<Record<string, string>>;

/** A line to write on: a label, then an underscore leader to the right margin. */
function ruledLine(label: string, bold = false): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX, leader: LeaderType.UNDERSCORE }],
    spacing: { before: 360 },
    children: [new TextRun({ text: label, bold }), new TextRun({ children: [new Tab()] })],
  });
}

/** Typed text as paragraphs: blank lines separate paragraphs, single line breaks are kept. */
function textParagraphs(text: string): Paragraph[] {
  return text.split(/\n{2,}/).map(
    (paragraph) =>
      new Paragraph({
        spacing: { after: 120 },
        children: paragraph.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined })),
      }),
  );
}

const notYetAgreed = () => new TextRun({ text: NOT_YET_AGREED, italics: true });

/** The agreement as a Word document: title, the two people, each section with its answers, and signature lines. */
export function agreementToDocx(fields: Fields, definitions: readonly AgreementSection[]): Document {
  const agreement = agreementDocument(fields, definitions);
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(agreement.title)] })];
  if (agreement.parties) children.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun(agreement.parties)] }));

  for (const section of agreement.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(section.title)] }));
    for (const entry of section.entries) {
      if (entry.inline) {
        children.push(
          new Paragraph({
            spacing: { after: 120 },
            children: [new TextRun({ text: `${entry.label}: `, bold: true }), entry.value ? new TextRun(entry.value) : notYetAgreed()],
          }),
        );
        continue;
      }
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(entry.label)] }));
      children.push(...(entry.value ? textParagraphs(entry.value) : [new Paragraph({ children: [notYetAgreed()] })]));
    }
  }

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(SIGNATURES_HEADING)] }));
  for (const { role, name } of agreement.signatories) {
    children.push(
      name
        ? new Paragraph({ spacing: { before: 360 }, keepNext: true, children: [new TextRun({ text: `${role}: `, bold: true }), new TextRun(name)] })
        : ruledLine(`${role}: `, true),
      ruledLine('Signature'),
      ruledLine('Date'),
    );
  }

  return new Document({
    title: agreement.title,
    description: agreement.parties ?? 'A mentoring agreement',
    creator: 'Mentorship Guide',
    lastModifiedBy: 'Mentorship Guide',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
}

/** The Word file, ready to download. */
export function agreementDocxBlob(fields: Fields, definitions: readonly AgreementSection[]): Promise<Blob> {
  return Packer.toBlob(agreementToDocx(fields, definitions));
}

/** Used by tests (and anything in Node): the Word file's bytes. */
export function agreementDocxBytes(fields: Fields, definitions: readonly AgreementSection[]): Promise<Uint8Array> {
  return Packer.toBuffer(agreementToDocx(fields, definitions));
}
