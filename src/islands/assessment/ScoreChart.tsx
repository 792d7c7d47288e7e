/**
 * Domain scores as bars. Each bar is a small SVG beside its domain, score and band in words,
 * so colour is never the only signal; the results table carries the same numbers.
 */
import type { DomainScore } from '../../lib/assessment/scoring';

interface Props {
  scores: DomainScore[];
  /** Band ids from lowest to highest, so bars can be shaded by their band's rank. */
  bandIds: string[];
  /** Earlier scores, drawn as a marker on each bar, by domain id. */
  previous?: Record<string, number> | undefined;
}

export function ScoreChart({ scores, bandIds, previous }: Props) {
  return (
    <ul class="score-chart" aria-label="Score by area">
      {scores
        .filter((score) => score.percent !== undefined)
        .map((score) => {
          const before = previous?.[score.domain.id];
          return (
            <li key={score.domain.id} class="score-chart__row">
              <span class="score-chart__label">{score.domain.title}</span>
              <span class="score-chart__value">
                {score.percent}% · {score.band!.label}
              </span>
              <svg class="score-chart__svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="score-chart__track" x="0" y="1" width="100" height="8" rx="1" />
                <rect class={`score-chart__bar score-chart__bar--rank-${bandIds.indexOf(score.band!.id)}`} x="0" y="1" width={score.percent} height="8" rx="1" />
                {before !== undefined && <rect class="score-chart__previous" x={Math.min(99, before)} y="0" width="1" height="10" />}
              </svg>
            </li>
          );
        })}
    </ul>
  );
}
