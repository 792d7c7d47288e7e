/**
 * Sharing your own latest completed health check: what the link contains, an optional name, the
 * link to copy, a QR code to scan (its library loaded only when shown) and a small file.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AssessmentDefinition } from '../../lib/assessment/types';
import type { Attempt } from '../../lib/storage/assessment-record';
import { sharedFrom } from '../../lib/share/compare';
import { MAX_NAME_LENGTH, nameProblem } from '../../lib/share/payload';
import { dayWords } from './shared';

interface Props {
  definition: AssessmentDefinition;
  attempt: Attempt;
}

export function SharePanel({ definition, attempt }: Props) {
  const [name, setName] = useState('');
  const [url, setUrl] = useState<string | undefined>();
  const [qr, setQr] = useState<string | undefined>();
  const [copied, setCopied] = useState('');
  const problem = nameProblem(name);
  const taken = attempt.completedAt.slice(0, 10);

  useEffect(() => {
    if (problem) return;
    let current = true;
    // The link's compression and the QR code's library load only when there is something to share.
    void Promise.all([import('../../lib/share/link'), import('../../lib/qr-code')]).then(async ([{ writeShareFragment }, { qrCodeSvg }]) => {
      const fragment = await writeShareFragment(sharedFrom(definition, attempt.answers, taken, name));
      const made = `${location.origin}${location.pathname}#${fragment}`;
      if (!current) return;
      setUrl(made);
      setQr(qrCodeSvg(made));
      setCopied('');
    });
    return () => {
      current = false;
    };
  }, [attempt, name, problem]);

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied. Paste it into a message to your mentoring partner.');
    } catch {
      (document.getElementById('share-link') as HTMLTextAreaElement | null)?.select();
      setCopied('Your browser did not let this page copy. The link is selected: copy it with your keyboard or menu.');
    }
  }

  function download() {
    if (!url) return;
    const text = `Answers to the ${definition.title.toLowerCase()}${name.trim() ? ` from ${name.trim()}` : ''}, taken ${dayWords(taken)}.\nOpen this link to compare them with yours:\n\n${url}\n`;
    const href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.download = 'health-check-answers.txt';
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }

  const answered = Object.keys(attempt.answers).length;
  return (
    <section class="together__share no-print" aria-labelledby="share-heading">
      <h2 id="share-heading">Share your answers</h2>
      <p>
        Your link carries your latest completed health check, taken {dayWords(taken)}. It contains exactly this, and
        nothing else saved on this site:
      </p>
      <ul>
        <li>your {answered} answers, each as a number from the answer scale, in question order (not the questions themselves);</li>
        <li>the day you took the check, {dayWords(taken)};</li>
        <li>a short code for each question, so that a partner on a later version of the questions compares only the unchanged ones;</li>
        <li>{name.trim() && !problem ? `your name as you typed it: “${name.trim()}”.` : 'your name or initials, only if you add them below.'}</li>
      </ul>
      <div class={`field${problem ? ' field--error' : ''}`}>
        <label for="share-name">Your name or initials (optional)</label>
        <p class="hint" id="share-name-hint">
          Shown to your partner, so they know whose answers these are. Up to {MAX_NAME_LENGTH} characters.
        </p>
        {problem && (
          <p class="error-message" id="share-name-error">
            <span class="visually-hidden">Error:</span> {problem}
          </p>
        )}
        <input
          id="share-name"
          type="text"
          autocomplete="off"
          value={name}
          aria-describedby={problem ? 'share-name-hint share-name-error' : 'share-name-hint'}
          aria-invalid={problem ? 'true' : undefined}
          onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {url && !problem && (
        <>
          <label for="share-link" class="together__link-label">
            Your link
          </label>
          <textarea id="share-link" class="together__link" readOnly rows={4} value={url} />
          <div class="actions">
            <button type="button" class="button" onClick={copy}>
              Copy the link
            </button>
            <button type="button" class="button button--secondary" onClick={download}>
              Download it as a file
            </button>
          </div>
          <p role="status" class="together__status">
            {copied}
          </p>
          {qr && (
            <figure class="together__qr">
              <div role="img" aria-label="QR code of your link" dangerouslySetInnerHTML={{ __html: qr }} />
              <figcaption>Or let your partner scan this code with their phone’s camera: it opens the same link.</figcaption>
            </figure>
          )}
        </>
      )}
    </section>
  );
}
