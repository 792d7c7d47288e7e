/**
 * A record of completion: the name as typed (kept only in this browser), the track and its
 * version, the day each step was done, the total time, any reflections, the site and institution,
 * the page's address with a QR code, and a check code that /verify/ recomputes. It prints on one
 * page on its own; it says plainly that it is self-reported. The same view shows the current run
 * (with the name to type) and earlier runs kept after a refresher.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatLongDate } from '../../lib/dates';
import { checkCode } from '../../lib/tracks/check-code';
import { runDetails } from '../../lib/tracks/completion';
import type { CompletedRun } from '../../lib/tracks/track-record';

export interface RecordContext {
  siteName: string;
  /** The institution hosting this copy, when the build names one. */
  hostName?: string;
  /** The track page and the verify page, as paths under the base. */
  trackPath: string;
  verifyPath: string;
}

interface Props {
  trackId: string;
  run: CompletedRun;
  context: RecordContext;
  onName(name: string): void;
  /** Set for a run kept from before the reader started the track again. */
  earlier?: { number: number };
}

const longDay = (day: string) => formatLongDate(new Date(`${day}T00:00:00Z`));

export function CompletionRecord({ trackId, run, context, onName, earlier }: Props) {
  const [code, setCode] = useState<string | undefined>();
  const [qr, setQr] = useState<string | undefined>();
  const [address, setAddress] = useState(context.trackPath);
  const [verifyAddress, setVerifyAddress] = useState(context.verifyPath);
  const section = useRef<HTMLElement>(null);
  const details = runDetails(trackId, run);
  const reflections = run.steps.flatMap((step, index) => (step.reflection ? [{ number: index + 1, ...step.reflection }] : []));
  const id = earlier ? `${trackId}-earlier-${earlier.number}` : trackId;
  // An earlier record sits under the "Earlier completions" heading.
  const Heading = earlier ? 'h3' : 'h2';

  useEffect(() => {
    let current = true;
    checkCode(details).then(
      (computed) => current && setCode(computed),
      () => current && setCode(undefined),
    );
    return () => {
      current = false;
    };
  }, [JSON.stringify(details)]);

  useEffect(() => {
    const full = new URL(context.trackPath, location.href).href;
    setAddress(full);
    setVerifyAddress(new URL(context.verifyPath, location.href).href);
    // The QR library is loaded only when a record is shown, outside the page's script budget.
    import('../../lib/qr-code').then(({ qrCodeSvg }) => setQr(qrCodeSvg(full)), () => {});
  }, []);

  function print() {
    const root = document.documentElement;
    root.classList.add('printing-record');
    section.current?.setAttribute('data-printing', '');
    const done = () => {
      root.classList.remove('printing-record');
      section.current?.removeAttribute('data-printing');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  }

  return (
    <section class="track-complete" aria-labelledby={`${id}-complete`} ref={section}>
      <Heading id={`${id}-complete`} class="no-print">
        {earlier ? `Record of completion, version ${run.version}` : 'Record of completion'}
      </Heading>
      <div class="no-print">
        <p>
          {earlier
            ? 'The record of an earlier run of this track, kept when you started it again.'
            : 'Every step is done. You can print a record of completion, or save it as a PDF from the print dialogue.'}
        </p>
        <label class="agreement__label" for={`${id}-name`}>
          Your name, as it should appear on the record
        </label>
        <p class="agreement__hint" id={`${id}-name-hint`}>
          Kept only in this browser, like everything else you save here.
        </p>
        <input
          type="text"
          class="agreement__control"
          id={`${id}-name`}
          aria-describedby={`${id}-name-hint`}
          autocomplete="name"
          value={run.name}
          onInput={(event) => onName(event.currentTarget.value)}
        />
        <p>
          <button type="button" class="button" onClick={print} disabled={run.name.trim() === ''}>
            {earlier ? `Print the record of version ${run.version}` : 'Print the record'}
          </button>
        </p>
      </div>
      <article class="completion-record" aria-label="Record of completion">
        <p>
          <strong>
            {context.siteName}
            {context.hostName ? ` · ${context.hostName}` : ''}
          </strong>
        </p>
        <h3>Record of completion: {run.title}</h3>
        <dl class="completion-record__facts">
          <dt>Name</dt>
          <dd>{run.name.trim() || '(type your name above)'}</dd>
          <dt>Track</dt>
          <dd>
            {run.title}, version {run.version}
          </dd>
          <dt>Total time</dt>
          <dd>About {run.minutes} minutes</dd>
          <dt>Check code</dt>
          <dd class="completion-record__code">{code ?? '…'}</dd>
        </dl>
        <table>
          <caption>Steps, and the day each was completed</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Completed</th>
            </tr>
          </thead>
          <tbody>
            {run.steps.map((step, index) => (
              <tr key={index}>
                <td>
                  {index + 1}. {step.title}
                </td>
                <td>{longDay(step.day)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {reflections.length > 0 && (
          <div>
            <h4>Reflections</h4>
            {reflections.map(({ number, question, text }) => (
              <p key={number}>
                <strong>
                  Step {number}. {question}
                </strong>{' '}
                {text}
              </p>
            ))}
          </div>
        )}
        <p>
          <strong>Self-reported.</strong> This record was made in the reader's own browser from the steps they marked as done;
          no one has checked the work. The check code shows only that the details above, reflections included, have not been
          changed by hand: enter them at {verifyAddress}.
        </p>
        <div class="completion-record__address">
          {qr && <span dangerouslySetInnerHTML={{ __html: qr }} />}
          <p>
            This track online:
            <br />
            {address}
          </p>
        </div>
      </article>
    </section>
  );
}
