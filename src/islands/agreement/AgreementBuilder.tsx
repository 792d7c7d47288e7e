/**
 * The mentoring agreement form: saves every keystroke in this browser, shows the agreement as
 * it is written (a preview beside the form on wide screens, after it on narrow ones), tracks
 * progress by section, and offers the agreement as Word, print, Markdown, plain text and a
 * calendar file. All logic lives in src/lib/agreement; this component wires it to the page.
 * The Word and calendar libraries are imported only when their file is asked for.
 */
import { useStore } from '@nanostores/preact';
import type { Ref } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  calendarProblems,
  FIELD_IDS,
  meetingRhythm,
  meetingSlot,
  progressSummary,
  sectionProgress,
  type AgreementField,
  type AgreementSection,
  type SectionProgress,
} from '../../lib/agreement/agreement-fields';
import { agreementCodec, clearedAgreement, EMPTY_AGREEMENT, withField } from '../../lib/agreement/agreement-record';
import { agreementDocument, NOT_YET_AGREED, type AgreementDocument } from '../../lib/agreement/agreement-document';
import { AGREEMENT_KEY } from '../../lib/storage/keys';
import { recordStore } from '../../lib/storage/record-store';
import type { ArticleLinks } from '../assessment/article-links';
import { StorageNotices } from '../shared/StorageNotices';

interface Props {
  /** The agreement's sections and fields (AGREEMENT_SECTIONS), passed as data so their text stays out of this script. */
  sections: readonly AgreementSection[];
  /** Article id → link, for the field hints and the reading list (built with articlePath()). */
  articles: ArticleLinks;
  /** Further reading, by article id. */
  related: string[];
  /** Field id → an example answer (src/lib/agreement/agreement-examples.ts), passed as data. */
  examples: Readonly<Record<string, string>>;
}

const controlId = (field: AgreementField) => `agreement-${field.id}`;
const hintId = (field: AgreementField) => `agreement-${field.id}-hint`;
const CALENDAR_HELP_ID = 'agreement-calendar-help';

/** Offers a file for download, without leaving the page. */
function download(content: string | Blob, fileName: string, type?: string) {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns: free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const WRITTEN_FORMATS = {
  markdown: { what: 'Markdown file', fileName: 'mentoring-agreement.md', type: 'text/markdown;charset=utf-8' },
  text: { what: 'plain text file', fileName: 'mentoring-agreement.txt', type: 'text/plain;charset=utf-8' },
};

const STATE_WORDS: Record<SectionProgress['state'], (section: SectionProgress) => string> = {
  done: () => 'done',
  started: (section) => `${section.filled} of ${section.total} answered`,
  'not started': () => 'not started',
};

export default function AgreementBuilder({ sections, articles, related, examples }: Props) {
  const store = useMemo(() => recordStore(AGREEMENT_KEY, agreementCodec), []);
  const record = useStore(store.$record, { ssr: () => EMPTY_AGREEMENT });
  const notice = useStore(store.$notice);
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [printBlank, setPrintBlank] = useState(false);
  const firstControl = useRef<HTMLInputElement>(null);

  useEffect(() => setHydrated(true), []);
  // The blank agreement is rendered first, then printed, then the preview shows the form again.
  useEffect(() => {
    if (!printBlank) return;
    window.print();
    setPrintBlank(false);
  }, [printBlank]);

  const fields = record.fields;
  const problems = calendarProblems(fields);
  const calendarReady = problems.length === 0;
  const progress = sectionProgress(fields, sections);
  const slot = meetingSlot(fields);
  const rhythm = meetingRhythm(fields[FIELD_IDS.meetingRhythm]);

  function update(field: AgreementField, value: string) {
    store.update((current) => withField(current, field.id, value));
  }

  const current = () => store.$record.get().fields;

  /** Makes a file with code loaded only now, so it is never part of the page's first download. */
  async function makeFile(what: string, make: () => Promise<[Blob | string, string, string?]>, done: string) {
    if (busy) return;
    setBusy(true);
    setStatus(`Making the ${what}…`);
    try {
      download(...(await make()));
      setStatus(done);
    } catch (error) {
      console.error(error);
      setStatus(`Sorry, the ${what} could not be made. Reload the page and try again.`);
    } finally {
      setBusy(false);
    }
  }

  /** Markdown or plain text, made by code loaded when first asked for. */
  const downloadWritten = (format: keyof typeof WRITTEN_FORMATS) => {
    const { what, fileName, type } = WRITTEN_FORMATS[format];
    return makeFile(
      what,
      async () => {
        const { agreementToMarkdown, agreementToText } = await import('../../lib/agreement/agreement-text');
        const write = format === 'markdown' ? agreementToMarkdown : agreementToText;
        return [write(current(), sections), fileName, type];
      },
      `Your agreement was downloaded as a ${what}.`,
    );
  };

  const downloadWord = () =>
    makeFile(
      'Word file',
      async () => {
        const { agreementDocxBlob, DOCX_FILE_NAME } = await import('../../lib/agreement/agreement-docx');
        return [await agreementDocxBlob(current(), sections), DOCX_FILE_NAME];
      },
      'Your agreement was downloaded as a Word file (.docx).',
    );

  function downloadCalendar() {
    if (!calendarReady) {
      setStatus(`No calendar file yet. ${problems.join(' ')}`);
      return;
    }
    return makeFile(
      'calendar file',
      async () => {
        const { agreementToCalendar, CALENDAR_FILE_NAME } = await import('../../lib/agreement/agreement-calendar');
        return [await agreementToCalendar(current()), CALENDAR_FILE_NAME, 'text/calendar;charset=utf-8'];
      },
      'The calendar file was downloaded. Open it to add your meetings and review date to your calendar.',
    );
  }

  function clearForm() {
    if (!window.confirm('Clear every field of this agreement? This cannot be undone.')) return;
    store.save(clearedAgreement());
    setStatus('The form has been cleared.');
    firstControl.current?.focus();
  }

  return (
    <div class="agreement" data-hydrated={hydrated ? 'true' : undefined}>
      <div class="agreement__screen agreement__main">
        {hydrated && <StorageNotices notice={notice} />}
        <section class="agreement__progress" aria-labelledby="agreement-progress-heading">
          <h2 id="agreement-progress-heading">Your progress</h2>
          <p class="agreement__progress-summary">{progressSummary(progress)}.</p>
          <ol class="agreement__progress-list">
            {progress.map((section) => (
              <li key={section.id} class={`agreement__progress-item agreement__progress-item--${section.state.replace(' ', '-')}`}>
                <a href={`#agreement-section-${section.id}`}>{section.title}</a>: {STATE_WORDS[section.state](section)}
              </li>
            ))}
          </ol>
        </section>
        <form class="agreement__form" noValidate aria-label="Mentoring agreement" onSubmit={(event) => event.preventDefault()}>
          {sections.map((section) => (
            <div class="agreement__section" key={section.id}>
              <h2 id={`agreement-section-${section.id}`}>{section.title}</h2>
              {section.fields.map((field, index) => (
                <Field
                  key={field.id}
                  field={field}
                  value={fields[field.id] ?? ''}
                  example={examples[field.id]}
                  article={field.article ? articles[field.article] : undefined}
                  inputRef={section === sections[0] && index === 0 ? firstControl : undefined}
                  onChange={(value) => update(field, value)}
                />
              ))}
            </div>
          ))}
        </form>
      </div>

      <section class="agreement-preview" aria-labelledby="agreement-preview-heading" tabIndex={0}>
        <div class="agreement__screen">
          <h2 id="agreement-preview-heading">Preview</h2>
          <p class="agreement-preview__note">Your agreement as it will print and download, updated as you type.</p>
        </div>
        <DocumentView agreement={agreementDocument(printBlank ? {} : fields, sections)} />
      </section>

      <div class="agreement__screen agreement__after">
        <h2 id="agreement-actions-heading">Keep a copy</h2>
        <p>
          Your agreement is saved in this browser as you type. Download a copy to share with each other, or print it to
          sign.
        </p>
        <div class="actions agreement__actions">
          <button type="button" class="button" aria-disabled={busy ? 'true' : undefined} onClick={downloadWord}>
            Download for Word (.docx)
          </button>
          <button type="button" class="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
        <p class="agreement__more">
          Other formats:{' '}
          <button type="button" class="link-button" onClick={() => downloadWritten('markdown')}>
            Download as Markdown
          </button>
          {' · '}
          <button type="button" class="link-button" onClick={() => downloadWritten('text')}>
            Download as plain text
          </button>
        </p>
        <p class="agreement__more">
          <button type="button" class="link-button" onClick={() => setPrintBlank(true)}>
            Print a blank agreement
          </button>
          , with lines to write on by hand.
        </p>

        <h3 class="agreement__calendar-heading">Your meetings in your calendar</h3>
        <p id={CALENDAR_HELP_ID} class="agreement__help">
          {calendarReady && rhythm
            ? `The calendar file holds your meetings ${rhythm.phrase}, ${slot.minutes} minutes from ${slot.time}, from the start date until the review date, and the review meeting itself. Change the usual time and length under "Meetings and keeping in touch".`
            : `The calendar file needs your start date, meeting rhythm and review date. ${problems.join(' ')}`}
        </p>
        <div class="actions">
          <button
            type="button"
            class="button button--secondary"
            aria-disabled={calendarReady && !busy ? undefined : 'true'}
            aria-describedby={CALENDAR_HELP_ID}
            onClick={downloadCalendar}
          >
            Download calendar file (.ics)
          </button>
        </div>
        <p class="agreement__status" role="status">
          {status}
        </p>
        <p>
          <button type="button" class="link-button link-button--danger" onClick={clearForm}>
            Clear the form
          </button>
        </p>

        {related.some((id) => articles[id]) && (
          <>
            <h2>Related reading</h2>
            <ul class="agreement__reading">
              {related.map((id) => {
                const link = articles[id];
                return (
                  link && (
                    <li key={id}>
                      <a href={link.href}>{link.title}</a>
                    </li>
                  )
                );
              })}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

/** How many lines to write on a printout leaves for an empty answer. */
const writingLines = (inline: boolean) => Array.from({ length: inline ? 1 : 4 }, (_, index) => index);

/**
 * The agreement as a document: the preview on screen, and what a printout shows instead of the
 * form. Empty answers say so on screen and leave lines to write on, on paper. It repeats the
 * form's headings, so search indexes the form alone.
 */
function DocumentView({ agreement }: { agreement: AgreementDocument }) {
  return (
    <article class="agreement-document" aria-labelledby="agreement-document-title" data-pagefind-ignore>
      <h3 id="agreement-document-title" class="agreement-document__title">
        {agreement.title}
      </h3>
      {agreement.parties && <p class="agreement-document__parties">{agreement.parties}</p>}
      {agreement.sections.map((section) => (
        <section key={section.title} class="agreement-document__section">
          <h4>{section.title}</h4>
          <dl>
            {section.entries.map((entry) => (
              <div key={entry.fieldId} class={entry.inline ? 'agreement-document__entry--inline' : undefined}>
                <dt>{entry.label}</dt>
                {entry.value ? (
                  <dd>{entry.value}</dd>
                ) : (
                  <dd class="agreement-document__empty">
                    <span class="agreement-document__placeholder">{NOT_YET_AGREED}</span>
                    {writingLines(entry.inline).map((line) => (
                      <span key={line} class="write-line" aria-hidden="true" />
                    ))}
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section class="agreement-document__signatures">
        <h4>Signatures</h4>
        {agreement.signatories.map((person) => (
          <div class="signature" key={person.role}>
            <p class={person.name ? 'signature__who' : 'signature__who signature__line'}>
              {person.role}: {person.name}
            </p>
            <p class="signature__line">Signature</p>
            <p class="signature__line signature__line--date">Date</p>
          </div>
        ))}
      </section>
    </article>
  );
}

interface FieldProps {
  field: AgreementField;
  value: string;
  example: string | undefined;
  article: { href: string; title: string } | undefined;
  inputRef: Ref<HTMLInputElement> | undefined;
  onChange(value: string): void;
}

function Field({ field, value, example, article, inputRef, onChange }: FieldProps) {
  const id = controlId(field);
  const common = {
    id,
    name: field.id,
    'aria-describedby': hintId(field),
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="agreement__field">
      <label class="agreement__label" for={id}>
        {field.label}
      </label>
      <p class="agreement__hint" id={hintId(field)}>
        {field.hint}
        {article && (
          <>
            {' '}
            See <a href={article.href}>{article.title}</a>.
          </>
        )}
      </p>
      {example && (
        <details class="agreement__example">
          <summary>
            See an example<span class="visually-hidden">: {field.label}</span>
          </summary>
          <p>{example}</p>
        </details>
      )}
      {field.kind === 'textarea' ? (
        <textarea {...common} class="agreement__control" rows={4} value={value} />
      ) : field.kind === 'select' ? (
        <select {...common} class="agreement__control agreement__control--select" value={value} onChange={common.onInput}>
          <option value="">Not yet agreed</option>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          ref={inputRef}
          type={field.kind}
          class={`agreement__control agreement__control--${field.kind}`}
          value={value}
          autocomplete="off"
        />
      )}
    </div>
  );
}
