/** "Check your answers" (the GOV.UK pattern): every answer by page, each with a way to change it. */
import type { Page } from '../../lib/assessment/pages';
import { answerText } from '../../lib/assessment/summary';
import type { Answers, AssessmentDefinition } from '../../lib/assessment/types';

interface Props {
  definition: AssessmentDefinition;
  pages: Page[];
  answers: Answers;
  /** Called with the index of the question to change. */
  onChange(itemIndex: number): void;
}

export function CheckAnswers({ definition, pages, answers, onChange }: Props) {
  const { items, domains } = definition;
  return (
    <div class="check-answers">
      <h2 id="check-heading">Check your answers</h2>
      <p>Change any answer before you see your results.</p>
      {pages.map((page, number) => {
        const titles = [...new Set(page.map((index) => items[index]!.domain))].map((id) => domains.find((domain) => domain.id === id)?.title ?? id);
        return (
          <section key={number} aria-labelledby={`check-part-${number}`}>
            <h3 id={`check-part-${number}`}>{titles.join(' and ')}</h3>
            <dl class="summary-list">
              {page.map((index) => {
                const item = items[index]!;
                const answer = answerText(item, answers[item.id], definition.scales);
                return (
                  <div class="summary-list__row" key={item.id}>
                    <dt>{item.text}</dt>
                    <dd>{answer ?? <strong>Not answered</strong>}</dd>
                    <dd>
                      <button type="button" class="link-button" aria-label={`${answer ? 'Change' : 'Answer'}: ${item.text}`} onClick={() => onChange(index)}>
                        {answer ? 'Change' : 'Answer'}
                      </button>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
