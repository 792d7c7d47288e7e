/**
 * Checks a printed record of completion: the programme office types what the record says and its
 * check code, and is told whether they match (see src/lib/tracks/check-code.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkCode, normaliseCode } from '../../lib/tracks/check-code';

export interface VerifiableTrack {
  id: string;
  title: string;
  version: number;
  steps: string[];
}

interface Props {
  tracks: VerifiableTrack[];
}

type Result = { match: boolean; code: string } | undefined;

export default function VerifyRecord({ tracks }: Props) {
  const [trackId, setTrackId] = useState('');
  const [name, setName] = useState('');
  const [version, setVersion] = useState('');
  const [days, setDays] = useState<string[]>([]);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [result, setResult] = useState<Result>();
  const summary = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const track = tracks.find((candidate) => candidate.id === trackId);

  useEffect(() => summary.current?.focus(), [errors]);
  useEffect(() => resultRef.current?.focus(), [result]);

  function chooseTrack(id: string) {
    setTrackId(id);
    const chosen = tracks.find((candidate) => candidate.id === id);
    setVersion(chosen ? String(chosen.version) : '');
    setDays(chosen ? chosen.steps.map(() => '') : []);
    setResult(undefined);
  }

  async function submit(event: Event) {
    event.preventDefault();
    const found: { field: string; message: string }[] = [];
    if (!track) found.push({ field: 'verify-track', message: 'Choose the track named on the record' });
    if (name.trim() === '') found.push({ field: 'verify-name', message: 'Enter the name as printed on the record' });
    if (!/^[1-9]\d*$/.test(version)) found.push({ field: 'verify-version', message: 'Enter the version number printed after the track’s name' });
    days.forEach((day, index) => {
      if (day === '') found.push({ field: `verify-day-${index + 1}`, message: `Enter the date step ${index + 1} was completed` });
    });
    if (normaliseCode(code).length !== 9) found.push({ field: 'verify-code', message: 'Enter the check code: eight letters and numbers, such as ABCD-EFGH' });
    setErrors(found);
    setResult(undefined);
    if (found.length > 0 || !track) return;
    const expected = await checkCode({ trackId: track.id, version: Number(version), name, days });
    setResult({ match: expected === normaliseCode(code), code: normaliseCode(code) });
  }

  const errorFor = (field: string) => errors.find((error) => error.field === field);
  const fieldError = (field: string) => {
    const error = errorFor(field);
    return error ? (
      <p class="question__error" id={`${field}-error`}>
        <span class="visually-hidden">Error:</span> {error.message}
      </p>
    ) : null;
  };
  const describedBy = (field: string, hint?: string) => [hint, errorFor(field) ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form class="verify" onSubmit={submit} noValidate>
      {errors.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="verify-errors-title" tabIndex={-1} ref={summary}>
          <h2 id="verify-errors-title">There is a problem</h2>
          <ul>
            {errors.map((error) => (
              <li key={error.field}>
                <a href={`#${error.field}`}>{error.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="agreement__field">
        <label class="agreement__label" for="verify-track">Track</label>
        {fieldError('verify-track')}
        <select class="agreement__control agreement__control--select" id="verify-track" value={trackId} onChange={(event) => chooseTrack(event.currentTarget.value)} aria-describedby={describedBy('verify-track')}>
          <option value="">Choose the track on the record</option>
          {tracks.map((candidate) => (
            <option value={candidate.id} key={candidate.id}>
              {candidate.title}
            </option>
          ))}
        </select>
      </div>
      <div class="agreement__field">
        <label class="agreement__label" for="verify-name">Name, as printed</label>
        {fieldError('verify-name')}
        <input type="text" class="agreement__control" id="verify-name" value={name} onInput={(event) => setName(event.currentTarget.value)} aria-describedby={describedBy('verify-name')} />
      </div>
      <div class="agreement__field">
        <label class="agreement__label" for="verify-version">Version of the track</label>
        {fieldError('verify-version')}
        <input type="text" inputMode="numeric" id="verify-version" class="agreement__control agreement__control--select" value={version} onInput={(event) => setVersion(event.currentTarget.value)} aria-describedby={describedBy('verify-version')} />
      </div>
      {track && (
        <fieldset>
          <legend>The date each step was completed</legend>
          {track.steps.map((title, index) => {
            const field = `verify-day-${index + 1}`;
            return (
              <div class="agreement__field" key={field}>
                <label class="agreement__label" for={field}>
                  {index + 1}. {title}
                </label>
                {fieldError(field)}
                <input
                  type="date"
                  class="agreement__control agreement__control--date"
                  id={field}
                  value={days[index] ?? ''}
                  onInput={(event) => {
                    const value = event.currentTarget.value;
                    setDays((current) => current.map((day, at) => (at === index ? value : day)));
                  }}
                  aria-describedby={describedBy(field)}
                />
              </div>
            );
          })}
        </fieldset>
      )}
      <div class="agreement__field">
        <label class="agreement__label" for="verify-code">Check code</label>
        <p class="agreement__hint" id="verify-code-hint">
          Eight letters and numbers, such as ABCD-EFGH.
        </p>
        {fieldError('verify-code')}
        <input type="text" id="verify-code" class="agreement__control agreement__control--select" autocomplete="off" spellcheck={false} value={code} onInput={(event) => setCode(event.currentTarget.value)} aria-describedby={describedBy('verify-code', 'verify-code-hint')} />
      </div>
      <p>
        <button type="submit" class="button">
          Check the record
        </button>
      </p>
      <div class="verify__result" role="status" tabIndex={-1} ref={resultRef}>
        {result && (
          <p class={result.match ? 'verify__match' : 'verify__match verify__mismatch'}>
            {result.match ? (
              <>
                <strong>These details match check code {result.code}.</strong> The record has not been changed by hand since it
                was made. It is still self-reported: it shows what the reader marked as done, not that anyone checked the work.
              </>
            ) : (
              <>
                <strong>These details do not match check code {result.code}.</strong> Check each detail as typed against the
                record (a date or a letter of the name may differ). If they all agree, the record was changed after it was made,
                or comes from a different version of the track.
              </>
            )}
          </p>
        )}
      </div>
    </form>
  );
}
