/**
 * The mentoring agreement form: saves every keystroke in this browser, offers the agreement as
 * Markdown, plain text and a calendar file, and prints as a two-person document. All logic lives
 * in src/lib/agreement; this component wires it to the page.
 */
import { useStore } from '@nanostores/preact';
import type { Ref } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AGREEMENT_SECTIONS, calendarProblems, type AgreementField } from '../../lib/agreement/agreement-fields';
import { agreementCodec, clearedAgreement, EMPTY_AGREEMENT, withField } from '../../lib/agreement/agreement-record';
import { agreementDocument, agreementToMarkdown, agreementToText, NOT_YET_AGREED } from '../../lib/agreement/agreement-text';
import { AGREEMENT_KEY } from '../../lib/storage/keys';
import { recordStore } from '../../lib/storage/record-store';
import type { ArticleLinks } from '../assessment/article-links';
import { StorageNotices } from '../shared/StorageNotices';

interface Props {
  /** Article id → link, for the field hints and the reading list (built with articlePath()). */
  articles: ArticleLinks;
  /** The article this form follows. */
  guideArticle: string;
  /** Further reading, by article id. */
  related: string[];
}

const controlId = (field: AgreementField) => `agreement-${field.id}`;
const hintId = (field: AgreementField) => `agreement-${field.id}-hint`;
const CALENDAR_HELP_ID = 'agreement-calendar-help';

/** Offers text as a file download, without leaving the page. */
function download(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
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

export default function AgreementBuilder({ articles, guideArticle, related }: Props) {
  const store = useMemo(() => recordStore(AGREEMENT_KEY, agreementCodec), []);
  const record = useStore(store.$record, { ssr: () => EMPTY_AGREEMENT });
  const notice = useStore(store.$notice);
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState('');
  const [makingCalendar, setMakingCalendar] = useState(false);
  const firstControl = useRef<HTMLInputElement>(null);

  useEffect(() => setHydrated(true), []);

  const fields = record.fields;
  const problems = calendarProblems(fields);
  const calendarReady = problems.length === 0;
  const agreement = agreementDocument(fields, AGREEMENT_SECTIONS);
  const guide = articles[guideArticle];

  function update(field: AgreementField, value: string) {
    store.update((current) => withField(current, field.id, value));
  }

  function downloadMarkdown() {
    download(agreementToMarkdown(store.$record.get().fields, AGREEMENT_SECTIONS), 'mentoring-agreement.md', 'text/markdown;charset=utf-8');
    setStatus('Your agreement was downloaded as a Markdown file.');
  }

  function downloadText() {
    download(agreementToText(store.$record.get().fields, AGREEMENT_SECTIONS), 'mentoring-agreement.txt', 'text/plain;charset=utf-8');
    setStatus('Your agreement was downloaded as a plain text file.');
  }

  async function downloadCalendar() {
    if (makingCalendar) return;
    if (!calendarReady) {
      setStatus(`No calendar file yet. ${problems.join(' ')}`);
      return;
    }
    setMakingCalendar(true);
    setStatus('Making the calendar file…');
    try {
      // Loaded only now: the calendar library is not part of the page's first download.
      const { agreementToCalendar, CALENDAR_FILE_NAME } = await import('../../lib/agreement/agreement-calendar');
      download(await agreementToCalendar(store.$record.get().fields), CALENDAR_FILE_NAME, 'text/calendar;charset=utf-8');
      setStatus('The calendar file was downloaded. Open it to add your meetings and review date to your calendar.');
    } catch (error) {
      console.error(error);
      setStatus('Sorry, the calendar file could not be made. Reload the page and try again.');
    } finally {
      setMakingCalendar(false);
    }
  }

  function clearForm() {
    if (!window.confirm('Clear every field of this agreement? This cannot be undone.')) return;
    store.save(clearedAgreement());
    setStatus('The form has been cleared.');
    firstControl.current?.focus();
  }

  return (
    <div class="agreement" data-hydrated={hydrated ? 'true' : undefined}>
      <div class="agreement__screen">
        {hydrated && <StorageNotices notice={notice} />}
        {guide && (
          <p>
            Each heading follows the article <a href={guide.href}>{guide.title}</a>, which explains why it matters. Write
            it together, in plain words: one page is often enough.
          </p>
        )}
        <form
          class="agreement__form"
          noValidate
          aria-label="Mentoring agreement"
          onSubmit={(event) => event.preventDefault()}
        >
          {AGREEMENT_SECTIONS.map((section) => (
            <div class="agreement__section" key={section.id}>
              <h2 id={`agreement-section-${section.id}`}>{section.title}</h2>
              {section.fields.map((field, index) => (
                <Field
                  key={field.id}
                  field={field}
                  value={fields[field.id] ?? ''}
                  article={field.article ? articles[field.article] : undefined}
                  inputRef={section === AGREEMENT_SECTIONS[0] && index === 0 ? firstControl : undefined}
                  onChange={(value) => update(field, value)}
                />
              ))}
            </div>
          ))}
        </form>

        <h2 id="agreement-actions-heading">Keep a copy</h2>
        <p>
          Your agreement is saved in this browser as you type. Download a copy to share with each other, or print it to
          sign.
        </p>
        <div class="actions agreement__actions">
          <button type="button" class="button" onClick={downloadMarkdown}>
            Download as Markdown
          </button>
          <button type="button" class="button button--secondary" onClick={downloadText}>
            Download as plain text
          </button>
          <button
            type="button"
            class="button button--secondary"
            aria-disabled={calendarReady && !makingCalendar ? undefined : 'true'}
            aria-describedby={CALENDAR_HELP_ID}
            onClick={downloadCalendar}
          >
            Download calendar file (.ics)
          </button>
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
        <p id={CALENDAR_HELP_ID} class="agreement__help">
          {calendarReady
            ? 'The calendar file holds your repeating meetings, from the start date, and the review date.'
            : `The calendar file needs your start date, meeting rhythm and review date. ${problems.join(' ')}`}
        </p>
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

      {/* What a printout shows instead of the form: the agreed text and a place for both signatures.
          It repeats the form's headings, so search indexes the form alone. */}
      <article class="agreement-document" aria-labelledby="agreement-document-title" data-pagefind-ignore>
        <h2 id="agreement-document-title">{agreement.title}</h2>
        {agreement.parties && <p class="agreement-document__parties">{agreement.parties}</p>}
        {agreement.sections.map((section) => (
          <section key={section.title} class="agreement-document__section">
            <h3>{section.title}</h3>
            <dl>
              {section.entries.map((entry) => (
                <div key={entry.fieldId} class={entry.inline ? 'agreement-document__entry--inline' : undefined}>
                  <dt>{entry.label}</dt>
                  <dd class={entry.value ? undefined : 'agreement-document__empty'}>{entry.value || NOT_YET_AGREED}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section class="agreement-document__signatures">
          <h3>Signatures</h3>
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
    </div>
  );
}

interface FieldProps {
  field: AgreementField;
  value: string;
  article: { href: string; title: string } | undefined;
  inputRef: Ref<HTMLInputElement> | undefined;
  onChange(value: string): void;
}

function Field({ field, value, article, inputRef, onChange }: FieldProps) {
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
