/**
 * Two agreement drafts field by field: what is the same, every difference in words, and for each
 * difference a choice of yours, your partner's or a joint version; then the agreed draft and the
 * button that makes it your agreement builder draft. Everything shown is text, never HTML.
 */
import { useState } from 'preact/hooks';
import { displayValue } from '../../lib/agreement/agreement-document';
import type { AgreementField, AgreementSection } from '../../lib/agreement/agreement-fields';
import { compareDrafts, defaultSide, differenceWords, jointProblem, mergeDrafts, type Choice, type FieldDifference, type Side } from '../../lib/share/agreement-draft';
import { possessive } from '../../lib/share/words';

interface Props {
  mine: Readonly<Record<string, string>>;
  theirs: Readonly<Record<string, string>>;
  sections: readonly AgreementSection[];
  partner: string;
  /** Any choice changed (so an earlier "saved" no longer describes what is shown). */
  onChange(): void;
  /** Make the agreed draft the reader's agreement draft. */
  onUse(agreed: Record<string, string>): void;
  status: 'saved' | 'failed' | 'kept' | '';
  builder: string;
}

const jointId = (field: AgreementField) => `joint-${field.id}`;

function JointControl({ field, value, problem, onInput }: { field: AgreementField; value: string; problem?: string; onInput(value: string): void }) {
  const common = {
    id: jointId(field),
    value,
    'aria-invalid': problem ? ('true' as const) : undefined,
    'aria-describedby': problem ? `${jointId(field)}-error` : undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  if (field.kind === 'textarea') return <textarea {...common} class="together__joint" rows={4} />;
  if (field.kind === 'select') {
    return (
      <select {...common} class="together__joint" onChange={common.onInput}>
        <option value="">Not yet agreed</option>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  return <input {...common} class="together__joint" type={field.kind} autocomplete="off" />;
}

export function DraftMerge({ mine, theirs, sections, partner, onChange, onUse, status, builder }: Props) {
  const [tried, setTried] = useState(false);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const onChoose = (id: string, choice: Choice) => {
    setChoices((current) => ({ ...current, [id]: choice }));
    onChange();
  };
  const differences = compareDrafts(mine, theirs, sections);
  const differing = differences.filter((difference) => !difference.same);
  const same = differences.filter((difference) => difference.same && difference.mine !== '');
  const choiceOf = (difference: FieldDifference): Choice => choices[difference.field.id] ?? { side: defaultSide(difference), joint: '' };
  const problems = differing.flatMap((difference) => {
    const choice = choiceOf(difference);
    const problem = choice.side === 'joint' ? jointProblem(difference.field, choice.joint) : undefined;
    return problem ? [{ field: difference.field, problem }] : [];
  });
  const agreed = mergeDrafts(differences, choices);
  const partners = possessive(partner === 'Your partner' ? undefined : partner).replace(/^Your/, 'your');

  return (
    <>
      <section class="together__merge no-print" aria-labelledby="merge-heading">
        <h2 id="merge-heading">Your drafts side by side</h2>
        <p>
          {differing.length === 0
            ? 'Your drafts say the same under every heading.'
            : `Your drafts differ under ${differing.length} ${differing.length === 1 ? 'heading' : 'headings'}. For each one, keep yours, take ${partners}, or write a joint version.`}
        </p>
        {tried && problems.length > 0 && (
          <div class="error-summary" role="alert" aria-labelledby="merge-errors-heading" tabIndex={-1}>
            <h3 id="merge-errors-heading">There is a problem</h3>
            <ul>
              {problems.map(({ field, problem }) => (
                <li key={field.id}>
                  <a href={`#${jointId(field)}`}>
                    {field.label}: {problem}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {differing.map((difference) => {
          const { field } = difference;
          const choice = choiceOf(difference);
          const problem = tried ? problems.find((entry) => entry.field === field)?.problem : undefined;
          const choose = (side: Side) => onChoose(field.id, { side, joint: choice.joint || (side === 'joint' ? (choice.side === 'theirs' ? difference.theirs : difference.mine) : '') });
          const options: [Side, string, string][] = [
            ['mine', 'Keep yours', displayValue(field, difference.mine) || 'leave it not yet agreed'],
            ['theirs', `Take ${partners}`, displayValue(field, difference.theirs) || 'leave it not yet agreed'],
            ['joint', 'Write a joint version', ''],
          ];
          return (
            <fieldset key={field.id} class={`together__field${problem ? ' field--error' : ''}`}>
              <legend class="together__field-label">{field.label}</legend>
              <p class="together__difference">{differenceWords(difference, partner)}</p>
              {options.map(([side, label, value]) => (
                <div class="option" key={side}>
                  <input type="radio" id={`${field.id}-${side}`} name={`choice-${field.id}`} checked={choice.side === side} onChange={() => choose(side)} />
                  <label for={`${field.id}-${side}`}>
                    {label}
                    {value && (
                      <>
                        {' '}
                        <span class="together__value">{value}</span>
                      </>
                    )}
                  </label>
                </div>
              ))}
              {choice.side === 'joint' && (
                <div class="together__joint-field">
                  <label for={jointId(field)}>Your joint version of “{field.label}”</label>
                  {problem && (
                    <p class="error-message" id={`${jointId(field)}-error`}>
                      <span class="visually-hidden">Error:</span> {problem}
                    </p>
                  )}
                  <JointControl field={field} value={choice.joint} problem={problem} onInput={(joint) => onChoose(field.id, { side: 'joint', joint })} />
                </div>
              )}
            </fieldset>
          );
        })}
        {same.length > 0 && (
          <>
            <h3>The same in both drafts</h3>
            <ul class="together__same">
              {same.map((difference) => (
                <li key={difference.field.id}>
                  <strong>{difference.field.label}:</strong> {displayValue(difference.field, difference.mine)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section class="together__agreed no-print" aria-labelledby="agreed-heading">
        <h2 id="agreed-heading">Your agreed draft</h2>
        <dl class="together__agreed-list">
          {differences.map(({ field }) => (
            <div key={field.id}>
              <dt>{field.label}</dt>
              <dd>{displayValue(field, agreed[field.id]) || '(not yet agreed)'}</dd>
            </div>
          ))}
        </dl>
        <div class="actions">
          <button
            type="button"
            class="button"
            onClick={() => {
              setTried(true);
              if (problems.length === 0) onUse(agreed);
            }}
          >
            Use this as my agreement draft
          </button>
        </div>
        <p role="status" class="together__status">
          {status === 'saved' && 'The agreed draft is now your agreement draft in this browser. '}
          {status === 'kept' && 'Your agreement draft already says exactly this: nothing needed changing. '}
          {status === 'failed' && 'The agreed draft could not be saved: this browser is not letting the site save anything just now.'}
          {(status === 'saved' || status === 'kept') && (
            <a href={builder}>Open it in the agreement builder to print it for both of you to sign</a>
          )}
        </p>
      </section>
    </>
  );
}
