/**
 * Checks a printed record of completion: the programme office types what the record says and its
 * check code, and is told whether they match (see src/lib/tracks/check-code.ts). A record of an
 * older version of a track may list other steps: the dates then follow the record, not the steps
 * the track has now. Reflections printed on the record are typed (or pasted) with their step number.
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
interface Reflection {
  step: string;
  text: string;
}

export default function VerifyRecord({ tracks }: Props) {
  const [trackId, setTrackId] = useState('');
  const [name, setName] = useState('');
  const [version, setVersion] = useState('');
  const [days, setDays] = useState<string[]>([]);
  const [reflections, setReflections] = useState<Reflection[]>([]);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [result, setResult] = useState<Result>();
  const summary = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const track = tracks.find((candidate) => candidate.id === trackId);
  /** The record is of the track's current version: its steps are the ones listed here. */
  const current = track !== undefined && version === String(track.version);

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
    reflections.forEach((reflection, index) => {
      const step = Number(reflection.step);
      if (!Number.isInteger(step) || step < 1 || step > days.length) found.push({ field: `verify-reflection-step-${index + 1}`, message: `Enter the step number printed before reflection ${index + 1}, from 1 to ${days.length}` });
      else if (reflections.findIndex((other) => Number(other.step) === step) !== index) found.push({ field: `verify-reflection-step-${index + 1}`, message: `Step ${step} already has a reflection above: a record prints one per step` });
      if (reflection.text.trim() === '') found.push({ field: `verify-reflection-${index + 1}`, message: `Enter the text of reflection ${index + 1}, or remove it` });
    });
    if (normaliseCode(code).length !== 9) found.push({ field: 'verify-code', message: 'Enter the check code: eight letters and numbers, such as ABCD-EFGH' });
    setErrors(found);
    setResult(undefined);
    if (found.length > 0 || !track) return;
    const byStep = days.map((_, index) => reflections.find((reflection) => Number(reflection.step) === index + 1)?.text);
    const expected = await checkCode({ trackId: track.id, version: Number(version), name, days, reflections: byStep });
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
        <input
          type="text"
          inputMode="numeric"
          id="verify-version"
          class="agreement__control agreement__control--select"
          value={version}
          onInput={(event) => {
            const typed = event.currentTarget.value;
            setVersion(typed);
            // Back at the current version, the dates follow the track's steps again.
            if (track && typed === String(track.version)) setDays((current) => track.steps.map((_, index) => current[index] ?? ''));
          }}
          aria-describedby={describedBy('verify-version')}
        />
      </div>
      {track && (
        <fieldset>
          <legend>The date each step was completed</legend>
          {!current && (
            <p class="agreement__hint">
              The track is at version {track.version} now. A record of another version may list other steps: enter the dates as
              the record lists them, adding or removing dates to match.
            </p>
          )}
          {days.map((_, index) => {
            const field = `verify-day-${index + 1}`;
            return (
              <div class="agreement__field" key={field}>
                <label class="agreement__label" for={field}>
                  {current ? `${index + 1}. ${track.steps[index]}` : `Step ${index + 1}`}
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
          {!current && (
            <p class="verify__buttons">
              <button type="button" class="button button--secondary" onClick={() => setDays((current) => [...current, ''])}>
                Add a date
              </button>{' '}
              {days.length > 1 && (
                <button type="button" class="button button--secondary" onClick={() => setDays((current) => current.slice(0, -1))}>
                  Remove the last date
                </button>
              )}
            </p>
          )}
        </fieldset>
      )}
      {track && (
        <fieldset>
          <legend>Reflections printed on the record</legend>
          <p class="agreement__hint">
            If the record prints reflections, add each one with the number of its step, copied exactly (spacing and line breaks
            do not matter). They are part of the check code.
          </p>
          {reflections.map((reflection, index) => {
            const stepField = `verify-reflection-step-${index + 1}`;
            const textField = `verify-reflection-${index + 1}`;
            const change = (patch: Partial<Reflection>) => setReflections((all) => all.map((other, at) => (at === index ? { ...other, ...patch } : other)));
            return (
              <div class="verify__reflection" key={index}>
                <div class="agreement__field">
                  <label class="agreement__label" for={stepField}>
                    Reflection {index + 1}: step number
                  </label>
                  {fieldError(stepField)}
                  <input type="text" inputMode="numeric" id={stepField} class="agreement__control agreement__control--select" value={reflection.step} onInput={(event) => change({ step: event.currentTarget.value })} aria-describedby={describedBy(stepField)} />
                </div>
                <div class="agreement__field">
                  <label class="agreement__label" for={textField}>
                    Reflection {index + 1}: text, as printed after the question
                  </label>
                  {fieldError(textField)}
                  <textarea id={textField} class="agreement__control" rows={3} value={reflection.text} onInput={(event) => change({ text: event.currentTarget.value })} aria-describedby={describedBy(textField)} />
                </div>
                <p>
                  <button type="button" class="button button--secondary" onClick={() => setReflections((all) => all.filter((_, at) => at !== index))}>
                    Remove reflection {index + 1}
                  </button>
                </p>
              </div>
            );
          })}
          <p>
            <button type="button" class="button button--secondary" onClick={() => setReflections((all) => [...all, { step: '', text: '' }])}>
              {reflections.length === 0 ? 'Add a reflection' : 'Add another reflection'}
            </button>
          </p>
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
