/** One question as a real form control group: a fieldset whose legend is the question. */
import { scalePoints } from '../../lib/assessment/scoring';
import type { Answer, Item, ScalePoint } from '../../lib/assessment/types';

interface Props {
  item: Item;
  scales: Record<string, ScalePoint[]>;
  answer: Answer | undefined;
  error: string | undefined;
  /** Disables the options once a scenario's answer has been revealed. */
  locked: boolean;
  onAnswer(answer: Answer): void;
}

export function fieldId(item: Item): string {
  return `question-${item.id}`;
}

export function QuestionField({ item, scales, answer, error, locked, onAnswer }: Props) {
  const id = fieldId(item);
  const describedBy = [item.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const options =
    item.kind === 'likert'
      ? scalePoints(scales, item.scale).map((point) => ({ key: String(point.value), label: point.label, value: point.value as Answer }))
      : item.options.map((option) => ({ key: option.id, label: option.label, value: option.id as Answer }));
  const multiple = item.kind === 'multiple';
  const chosen = (value: Answer) => (multiple ? Array.isArray(answer) && answer.includes(value as string) : answer === value);

  /** The boxes ticked now, read from the page so that quick successive ticks all count. */
  function tickedIn(input: HTMLInputElement): string[] {
    const group = input.closest('fieldset');
    return group ? [...group.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value) : [];
  }

  return (
    <div class={`question${error ? ' question--error' : ''}`}>
      {item.kind === 'scenario' && <p class="question__scenario">{item.scenario}</p>}
      <fieldset id={id} aria-describedby={describedBy}>
        <legend class="question__legend">{item.text}</legend>
        {multiple && <p class="question__hint">Select all that apply.</p>}
        {item.hint && (
          <p class="question__hint" id={`${id}-hint`}>
            {item.hint}
          </p>
        )}
        {error && (
          <p class="question__error" id={`${id}-error`}>
            <span class="visually-hidden">Error: </span>
            {error}
          </p>
        )}
        <div class="question__options">
          {options.map((option, index) => (
            <div class="option" key={option.key}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={index === 0 ? `${id}-input` : `${id}-${option.key}`}
                name={id}
                value={option.key}
                checked={chosen(option.value)}
                disabled={locked}
                onChange={(event) => {
                  const input = event.currentTarget as HTMLInputElement;
                  onAnswer(multiple ? tickedIn(input) : option.value);
                }}
              />
              <label for={index === 0 ? `${id}-input` : `${id}-${option.key}`}>{option.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
