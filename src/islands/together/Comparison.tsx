/**
 * Both views side by side, per area: two bars each with the two scores written beside them, and
 * whether the partners agree in words (never by colour alone); a table carries the same numbers,
 * and the differences are listed largest first.
 */
import type { AssessmentDefinition } from '../../lib/assessment/types';
import { AGREEMENT_WORDS, byGap, gapWords, type AreaComparison } from '../../lib/share/compare';

interface Props {
  definition: AssessmentDefinition;
  areas: AreaComparison[];
  partner: string;
}

function Bars({ areas, partner }: { areas: AreaComparison[]; partner: string }) {
  return (
    <ul class="compare-chart" aria-label="Scores by area, yours and your partner’s">
      {areas.map((area) => (
        <li key={area.domain.id} class="compare-chart__row">
          <span class="compare-chart__label">{area.domain.title}</span>
          <span class="compare-chart__value">
            {gapWords(area, partner)} · {AGREEMENT_WORDS[area.agreement]}
          </span>
          <svg class="compare-chart__svg" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="compare-chart__track" x="0" y="1" width="100" height="8" />
            <rect class="compare-chart__mine" x="0" y="1" width={area.mine} height="8" />
            <rect class="compare-chart__track" x="0" y="11" width="100" height="8" />
            <rect class="compare-chart__theirs" x="0.5" y="11.5" width={Math.max(area.theirs - 1, 0)} height="7" vector-effect="non-scaling-stroke" />
          </svg>
        </li>
      ))}
    </ul>
  );
}

export function Comparison({ definition, areas, partner }: Props) {
  const groups = definition.groups.length > 0 ? definition.groups : [{ id: '', title: 'All areas', description: undefined }];
  const ordered = byGap(areas).filter((area) => area.gap > 0);
  return (
    <section class="together__comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Your views side by side</h2>
      <p>
        In each pair of bars, the top bar is yours (solid) and the bottom one is {partner}’s (outlined). Within 10 points counts
        as agreeing. Scores use only the questions you both answered.
      </p>
      {groups.map((group) => {
        const inGroup = areas.filter((area) => !group.id || area.domain.group === group.id);
        if (inGroup.length === 0) return null;
        return (
          <section key={group.id} aria-labelledby={`compare-${group.id || 'all'}`}>
            <h3 id={`compare-${group.id || 'all'}`}>{group.title}</h3>
            <Bars areas={inGroup} partner={partner} />
          </section>
        );
      })}

      <h3 id="differences-heading">Where you differ most</h3>
      {ordered.length === 0 ? (
        <p>You gave the same score in every area.</p>
      ) : (
        <ol class="together__differences" aria-labelledby="differences-heading">
          {ordered.map((area) => (
            <li key={area.domain.id}>
              <strong>{area.domain.title}:</strong> {gapWords(area, partner)}. {AGREEMENT_WORDS[area.agreement]}.
            </li>
          ))}
        </ol>
      )}

      <h3 id="compare-table-heading">The scores in a table</h3>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-table-heading">
        <table class="score-table">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">You</th>
              <th scope="col">{partner}</th>
              <th scope="col">Gap</th>
              <th scope="col">Agreement</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.domain.id}>
                <th scope="row">{area.domain.title}</th>
                <td>{area.mine}%</td>
                <td>{area.theirs}%</td>
                <td>{area.gap}</td>
                <td>{AGREEMENT_WORDS[area.agreement]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
