/** After a scenario is answered: whether it was right, and why each option is or is not the answer. */
import type { ScenarioItem } from '../../lib/assessment/types';
import type { ArticleLinks } from './article-links';

interface Props {
  item: ScenarioItem;
  answer: string | undefined;
  articles: ArticleLinks;
}

export function ScenarioFeedback({ item, answer, articles }: Props) {
  const correct = item.options.find((option) => option.correct)!;
  const right = answer === correct.id;
  const article = articles[item.article];
  return (
    <section class={`feedback feedback--${right ? 'right' : 'wrong'}`} aria-labelledby={`feedback-${item.id}`}>
      <h3 id={`feedback-${item.id}`}>{right ? '✓ Correct' : `✗ Not quite: the main problem is ${correct.label.toLowerCase()}`}</h3>
      <ul class="feedback__options">
        {item.options.map((option) => (
          <li key={option.id}>
            <strong>
              {option.label}
              {option.correct ? ' (the answer)' : ''}
              {option.id === answer ? ' (your answer)' : ''}:
            </strong>{' '}
            {option.explanation}
          </li>
        ))}
      </ul>
      {article && (
        <p>
          Read more: <a href={article.href}>{article.title}</a>
        </p>
      )}
    </section>
  );
}
