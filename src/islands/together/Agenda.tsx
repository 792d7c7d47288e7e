/**
 * A conversation agenda from the largest gaps: each area with a question to open the talk, and
 * the article and checklist item that help; printable, and added to the next meeting's agenda
 * (the meeting-agenda checklist) in one click.
 */
import { useState } from 'preact/hooks';
import type { ChecklistEntry } from '../../lib/checklist/checklist-record';
import { agendaAreas, gapWords, type AreaComparison } from '../../lib/share/compare';
import type { Topic } from '../../lib/share/meeting-agenda';
import { fnv1a } from '../../lib/share/payload';
import { dayWords, type AreaHelp, type TogetherLinks } from './shared';

interface Props {
  areas: AreaComparison[];
  help: Record<string, AreaHelp>;
  partner: string;
  links: TogetherLinks;
  agendaVersion: number;
  /** Names this comparison, so adding its agenda twice adds it once. */
  comparisonId: string;
}

export function Agenda({ areas, help, partner, links, agendaVersion, comparisonId }: Props) {
  const [added, setAdded] = useState<{ count: number; entry: ChecklistEntry } | 'failed' | undefined>();
  const agenda = agendaAreas(areas);
  const tag = fnv1a(comparisonId).toString(36);
  const topics: Topic[] = agenda.map((area) => ({
    id: `together-${tag}-${area.domain.id}`,
    what: `Talk about ${area.domain.title.toLowerCase()} (${gapWords(area, partner)}): ${help[area.domain.id]?.question ?? ''}`.trim(),
  }));

  async function addToMeeting() {
    // The meeting agenda's record and store load only when asked for.
    const { addTopicsToNextMeeting } = await import('../../lib/share/add-to-meeting');
    const result = addTopicsToNextMeeting(topics, agendaVersion);
    setAdded(result ? { count: result.added, entry: result.entry } : 'failed');
  }

  function print() {
    window.print();
  }

  return (
    <section class="together__agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">A conversation agenda</h2>
      <p>The {agenda.length} areas where your views differ most, largest gap first, with a question to start each conversation.</p>
      <ol class="agenda">
        {agenda.map((area) => {
          const areaHelp = help[area.domain.id];
          return (
            <li key={area.domain.id} class="agenda__item">
              <h3>{area.domain.title}</h3>
              <p>{gapWords(area, partner)}.</p>
              {areaHelp && (
                <>
                  <p>
                    <strong>To open:</strong> “{areaHelp.question}”
                  </p>
                  <p>
                    <strong>Read:</strong> <a href={areaHelp.article.href}>{areaHelp.article.title}</a>.{' '}
                    <strong>Checklist:</strong> <a href={areaHelp.checklist.href}>{areaHelp.checklist.title}</a>: {areaHelp.checklist.item}
                  </p>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <div class="actions no-print">
        <button type="button" class="button" onClick={addToMeeting}>
          Add to my next meeting agenda
        </button>
        <button type="button" class="button button--secondary" onClick={print}>
          Print the agenda
        </button>
      </div>
      <p role="status" class="together__status no-print">
        {added === 'failed' && 'The agenda could not be saved: this browser is not letting the site save anything just now.'}
        {typeof added === 'object' && (
          <>
            {added.count === 0 ? 'These topics are already on your meeting agenda' : `Added ${added.count} ${added.count === 1 ? 'topic' : 'topics'} to your meeting of ${dayWords(added.entry.date ?? added.entry.createdAt.slice(0, 10))}`}, as actions for both of
            you.{' '}
            <a href={links.agenda}>Open the meeting agenda</a>
          </>
        )}
      </p>
    </section>
  );
}
