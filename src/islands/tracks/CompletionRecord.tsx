/**
 * The record of completion, offered once every step is done: the name as typed (kept only in this
 * browser), the track and its version, the day each step was done, the total time, any
 * reflections, the site and institution, the page's address with a QR code, and a check code that
 * /verify/ recomputes. It prints on one page; it says plainly that it is self-reported.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatLongDate } from '../../lib/dates';
import { checkCode } from '../../lib/tracks/check-code';
import type { StepStatus } from '../../lib/tracks/progress';
import type { TrackView } from '../../lib/tracks/steps';
import { stepProgress } from '../../lib/tracks/track-changes';
import type { TrackRecord } from '../../lib/tracks/track-record';

export interface RecordContext {
  siteName: string;
  /** The institution hosting this copy, when the build names one. */
  hostName?: string;
  /** The track page and the verify page, as paths under the base. */
  trackPath: string;
  verifyPath: string;
}

interface Props {
  track: TrackView;
  record: TrackRecord;
  statuses: readonly StepStatus[];
  context: RecordContext;
  onName(name: string): void;
}

const dayOf = (date: string) => date.slice(0, 10);
const longDay = (day: string) => formatLongDate(new Date(`${day}T00:00:00Z`));

export function CompletionRecord({ track, record, statuses, context, onName }: Props) {
  const days = statuses.map((status) => dayOf(status.doneAt ?? ''));
  const [code, setCode] = useState<string | undefined>();
  const [qr, setQr] = useState<string | undefined>();
  const [address, setAddress] = useState(context.trackPath);
  const [verifyAddress, setVerifyAddress] = useState(context.verifyPath);
  const reflections = track.steps.flatMap((step) => {
    const text = stepProgress(record, step.key).reflection;
    return step.reflection && text ? [{ question: step.reflection, text }] : [];
  });

  useEffect(() => {
    let current = true;
    checkCode({ trackId: track.id, version: track.version, name: record.name, days }).then(
      (computed) => current && setCode(computed),
      () => current && setCode(undefined),
    );
    return () => {
      current = false;
    };
  }, [record.name, days.join()]);

  useEffect(() => {
    const full = new URL(context.trackPath, location.href).href;
    setAddress(full);
    setVerifyAddress(new URL(context.verifyPath, location.href).href);
    // The QR library is loaded only when a record is shown, outside the page's script budget.
    import('../../lib/qr-code').then(({ qrCodeSvg }) => setQr(qrCodeSvg(full)), () => {});
  }, []);

  function print() {
    document.documentElement.classList.add('printing-record');
    const done = () => {
      document.documentElement.classList.remove('printing-record');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  }

  return (
    <section class="track-complete" aria-labelledby={`${track.id}-complete`}>
      <h2 id={`${track.id}-complete`} class="no-print">
        Record of completion
      </h2>
      <div class="no-print">
        <p>Every step is done. You can print a record of completion, or save it as a PDF from the print dialogue.</p>
        <label class="agreement__label" for={`${track.id}-name`}>Your name, as it should appear on the record</label>
        <p class="agreement__hint" id={`${track.id}-name-hint`}>
          Kept only in this browser, like everything else you save here.
        </p>
        <input
          type="text"
          class="agreement__control"
          id={`${track.id}-name`}
          aria-describedby={`${track.id}-name-hint`}
          autocomplete="name"
          value={record.name}
          onInput={(event) => onName(event.currentTarget.value)}
        />
        <p>
          <button type="button" class="button" onClick={print} disabled={record.name.trim() === ''}>
            Print the record
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
        <h3>Record of completion: {track.title}</h3>
        <dl class="completion-record__facts">
          <dt>Name</dt>
          <dd>{record.name.trim() || '(type your name above)'}</dd>
          <dt>Track</dt>
          <dd>
            {track.title}, version {track.version}
          </dd>
          <dt>Total time</dt>
          <dd>About {track.minutes} minutes</dd>
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
            {track.steps.map((step, index) => (
              <tr key={step.key}>
                <td>
                  {index + 1}. {step.title}
                </td>
                <td>{days[index] ? longDay(days[index]!) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {reflections.length > 0 && (
          <div>
            <h4>Reflections</h4>
            {reflections.map(({ question, text }) => (
              <p key={question}>
                <strong>{question}</strong> {text}
              </p>
            ))}
          </div>
        )}
        <p>
          <strong>Self-reported.</strong> This record was made in the reader's own browser from the steps they marked as done;
          no one has checked the work. The check code shows only that the details above have not been changed by hand: enter
          them at {verifyAddress}.
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
