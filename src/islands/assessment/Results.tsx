/** The results of one completed attempt: scores, what they mean, next steps, history. */
import type { Page } from '../../lib/assessment/pages';
import { compareScores, scenarioTotal, scoreDomains, scoredCoverage, nextSteps, type DomainScore } from '../../lib/assessment/scoring';
import { headline, readNext } from '../../lib/assessment/summary';
import type { AssessmentDefinition } from '../../lib/assessment/types';
import type { Attempt } from '../../lib/storage/assessment-record';
import type { ArticleLinks } from './article-links';
import { ScenarioFeedback } from './ScenarioFeedback';
import { ScoreChart } from './ScoreChart';

interface Props {
  definition: AssessmentDefinition;
  /** The order the questions were asked in, so the stories are listed as the reader met them. */
  pages: Page[];
  attempts: Attempt[];
  shownAttemptId: string;
  articles: ArticleLinks;
  onShowAttempt(id: string): void;
  onRetake(): void;
  onDeleteAttempt(id: string): void;
  onDeleteAll(): void;
}

const formatDate = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function changeText(change: number | undefined): string {
  if (change === undefined) return '–';
  if (change === 0) return 'No change';
  return change > 0 ? `Up ${change}` : `Down ${-change}`;
}

export function Results(props: Props) {
  const { definition, attempts, articles } = props;
  const index = attempts.findIndex((attempt) => attempt.id === props.shownAttemptId);
  const attempt = attempts[index] ?? attempts.at(-1)!;
  const previous = attempts[attempts.indexOf(attempt) - 1];
  const scores = scoreDomains(definition, attempt.answers);
  const steps = nextSteps(definition, scores);
  const changes = previous ? compareScores(definition.domains, attempt.scores, previous.scores) : [];
  const groups = definition.groups.length > 0 ? definition.groups : [{ id: '', title: '', description: undefined }];
  const inGroup = (groupId: string) => scores.filter((score) => (groupId ? score.domain.group === groupId : true));
  const scenarios = props.pages.flat().map((index) => definition.items[index]!).filter((item) => item.kind === 'scenario');
  const coverage = scoredCoverage(scores);
  const total = scenarioTotal(definition, attempt.answers);
  const unscored = scores.filter((score) => score.percent === undefined).length;
  const reading = readNext(definition, attempt.answers);
  const links = reading.articles.filter((id) => articles[id]).map((id, i) => (
    <span key={id}>
      {i > 0 && ' and '}
      <a href={articles[id]!.href}>{articles[id]!.title}</a>
    </span>
  ));

  return (
    <div class="results">
      <h2 id="results-heading" tabIndex={-1}>
        Your results
      </h2>
      {coverage !== 'none' && <p class="results__headline">{headline(definition, scores)}</p>}
      <p class="results__meta">
        Completed {formatDate(attempt.completedAt)}
        {attempts.length > 1 && ` (attempt ${attempts.indexOf(attempt) + 1} of ${attempts.length})`}.
      </p>
      {total.of > 0 && coverage !== 'none' && (
        <>
          <p class="results__total">
            You found the main cause in <strong>{total.right} of {total.of}</strong> stories.
          </p>
          {links.length > 0 && (
            <p class="results__read-next">
              <strong>What to read next:</strong> {links}
              {reading.missed.length > 0
                ? `, on the ${reading.missed.length === 1 ? 'cause' : 'causes'} you missed most.`
                : ', on the cause most often mistaken for another.'}
            </p>
          )}
        </>
      )}
      {coverage === 'none' ? (
        <p class="notice">
          None of this attempt's answers fit the current questions, so it cannot be scored. Take it again to see your
          results; this attempt stays in your history until you delete it.
        </p>
      ) : (
        attempt.definitionVersion !== definition.version && (
          <p class="notice">
            This attempt was made with another version of the questions, so some areas may not match.
            {coverage === 'partial' && ` ${unscored} ${unscored === 1 ? 'area' : 'areas'} without a fitting answer left out.`}
          </p>
        )
      )}

      {coverage !== 'none' && (
        <section aria-labelledby="bands-heading" class="results__bands">
          <h3 id="bands-heading">What the bands mean</h3>
          <ul>
            {[...definition.bands].reverse().map((band) => (
              <li key={band.id}>
                <strong>
                  {band.label} ({band.min}–{band.max}%):
                </strong>{' '}
                {band.description}
              </li>
            ))}
          </ul>
        </section>
      )}

      {coverage !== 'none' && groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id ? `group-${group.id}` : undefined}>
          {group.id && <h3 id={`group-${group.id}`}>{group.title}</h3>}
          {group.description && <p>{group.description}</p>}
          <ScoreChart scores={inGroup(group.id)} bandIds={definition.bands.map((band) => band.id)} previous={previous?.scores} />
          <DomainFeedback scores={inGroup(group.id)} articles={articles} />
        </section>
      ))}

      {coverage !== 'none' && (
      <section aria-labelledby="next-steps-heading">
        <h3 id="next-steps-heading">Your next steps</h3>
        {steps.length === 0 && coverage === 'partial' ? (
          <p>Every area that could be scored is in the top band. Take it again for a complete picture.</p>
        ) : steps.length === 0 ? (
          <p>Every area is in the top band. Keep doing what works, and take this again in a few months.</p>
        ) : (
          <ol class="next-steps">
            {steps.map((step) => (
              <li key={step.domain.id}>
                <strong>{step.domain.title}:</strong> {step.text}{' '}
                {step.articles
                  .filter((id) => articles[id])
                  .map((id, i) => (
                    <span key={id}>
                      {i === 0 ? 'Read ' : ' or '}
                      <a href={articles[id]!.href}>{articles[id]!.title}</a>
                    </span>
                  ))}
                .
              </li>
            ))}
          </ol>
        )}
      </section>
      )}

      {coverage !== 'none' && (
      <section aria-labelledby="score-table-heading">
        <h3 id="score-table-heading">{previous ? 'Scores compared with your previous attempt' : 'Scores in a table'}</h3>
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="score-table-heading">
          <table class="score-table">
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Score</th>
                <th scope="col">Band</th>
                {previous && <th scope="col">Previous</th>}
                {previous && <th scope="col">Change</th>}
              </tr>
            </thead>
            <tbody>
              {scores
                .filter((score) => score.percent !== undefined)
                .map((score) => {
                  const change = changes.find((entry) => entry.domainId === score.domain.id);
                  return (
                    <tr key={score.domain.id}>
                      <th scope="row">{score.domain.title}</th>
                      <td>{score.percent}%</td>
                      <td>{score.band!.label}</td>
                      {previous && <td>{change?.previous === undefined ? '–' : `${change.previous}%`}</td>}
                      {previous && <td>{changeText(change?.change)}</td>}
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      </section>
      )}

      {scenarios.length > 0 && (
        <details class="results__answers no-print">
          <summary>Every scenario, with explanations</summary>
          {scenarios.map((item) => (
            <div key={item.id} class="results__scenario">
              <p>{item.kind === 'scenario' && item.scenario}</p>
              {item.kind === 'scenario' && (
                <ScenarioFeedback item={item} answer={attempt.answers[item.id] as string | undefined} articles={articles} />
              )}
            </div>
          ))}
        </details>
      )}

      <div class="actions no-print">
        <button type="button" class="button" onClick={props.onRetake}>
          Take it again
        </button>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          Print this summary
        </button>
      </div>

      <section aria-labelledby="history-heading" class="history no-print">
        <h3 id="history-heading">Your attempts</h3>
        <p>Saved only in this browser.</p>
        <ul>
          {[...attempts].reverse().map((entry) => (
            <li key={entry.id}>
              {entry.id === attempt.id ? (
                <strong>{formatDate(entry.completedAt)} (shown)</strong>
              ) : (
                <button type="button" class="link-button" onClick={() => props.onShowAttempt(entry.id)}>
                  {formatDate(entry.completedAt)}
                </button>
              )}{' '}
              <button
                type="button"
                class="link-button link-button--danger"
                aria-label={`Delete the attempt of ${formatDate(entry.completedAt)}`}
                onClick={() => props.onDeleteAttempt(entry.id)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
        <button type="button" class="button button--danger" onClick={props.onDeleteAll}>
          Delete all my answers to this assessment
        </button>
      </section>
    </div>
  );
}

function DomainFeedback({ scores, articles }: { scores: DomainScore[]; articles: ArticleLinks }) {
  return (
    <dl class="domain-feedback">
      {scores
        .filter((score) => score.percent !== undefined)
        .map((score) => (
          <div key={score.domain.id}>
            <dt>
              {score.domain.title}: {score.band!.label}
            </dt>
            <dd>
              {score.domain.feedback[score.band!.id]}{' '}
              {articles[score.domain.articles[0]!] && (
                <a href={articles[score.domain.articles[0]!]!.href}>{articles[score.domain.articles[0]!]!.title}</a>
              )}
            </dd>
          </div>
        ))}
    </dl>
  );
}
