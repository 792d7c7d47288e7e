/**
 * Compare with your mentoring partner: share your own completed health check as a link, read a
 * partner's link (storing nothing until the reader chooses), show both views side by side, and
 * turn the largest gaps into a conversation agenda. Logic lives in src/lib/share; this wires it up.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AssessmentDefinition } from '../../lib/assessment/types';
import { EMPTY_RECORD } from '../../lib/storage/assessment-record';
import { assessmentStore } from '../../lib/storage/assessment-store';
import { receivedKey } from '../../lib/storage/keys';
import { recordStore } from '../../lib/storage/record-store';
import { compareAreas, matchShared, possessive } from '../../lib/share/compare';
import type { ReadResult } from '../../lib/share/link';
import { fromPayload, toPayload, type SharedAnswers } from '../../lib/share/payload';
import { EMPTY_RECEIVED, receivedCodec } from '../../lib/share/received-record';
import type { Agenda } from './Agenda';
import { Comparison } from './Comparison';
import { LinkRefused } from './LinkRefused';
import type { SharePanel } from './SharePanel';
import { dayWords, type AreaHelp, type TogetherLinks } from './shared';

export type { AreaHelp } from './shared';

interface Props {
  definition: AssessmentDefinition;
  help: Record<string, AreaHelp>;
  links: TogetherLinks;
  agendaVersion: number;
}

/** "Sam's answers to the relationship health check, 30 answers, taken 3 March 2026." */
function carries(shared: SharedAnswers, title: string): string {
  const answered = shared.answers.filter((answer) => answer !== null).length;
  return `${possessive(shared.name)} answers to the ${title.toLowerCase()}, ${answered} ${answered === 1 ? 'answer' : 'answers'}, taken ${dayWords(shared.taken)}.`;
}

export default function Together({ definition, help, links, agendaVersion }: Props) {
  const own = assessmentStore(definition.id);
  const kept = useMemo(() => recordStore(receivedKey(definition.id), receivedCodec), [definition.id]);
  const ownRecord = useStore(own.$record, { ssr: () => EMPTY_RECORD });
  const keptRecord = useStore(kept.$record, { ssr: () => EMPTY_RECEIVED });
  const notice = useStore(kept.$notice);
  const [hydrated, setHydrated] = useState(false);
  const [link, setLink] = useState<ReadResult | 'reading' | undefined>();
  const [status, setStatus] = useState('');
  const [Share, setShare] = useState<typeof SharePanel | undefined>();
  const [AgendaView, setAgendaView] = useState<typeof Agenda | undefined>();

  useEffect(() => {
    setHydrated(true);
    const read = () => {
      if (location.hash.length <= 1) return setLink(undefined);
      setLink('reading');
      // Loaded only when there is a link to read: decompressing and checking it is not needed otherwise.
      void import('../../lib/share/link').then(({ readShareFragment }) => readShareFragment(location.hash, definition.id, definition.title)).then(setLink);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [definition]);

  const attempt = ownRecord.attempts.at(-1);

  // Sharing (its panel, the link's compression and the QR code) loads only once there is an attempt to share.
  useEffect(() => {
    if (attempt && !Share) void import('./SharePanel').then(({ SharePanel }) => setShare(() => SharePanel));
  }, [attempt]);
  const fromLink = typeof link === 'object' && link.ok ? link.shared : undefined;
  const latestKept = keptRecord.kept.at(-1);
  const partner = fromLink ?? (latestKept && fromPayload(latestKept.payload));
  const payloadText = partner && JSON.stringify(toPayload(partner));
  const keptEntry = keptRecord.kept.find((entry) => JSON.stringify(entry.payload) === payloadText);
  const matched = partner && matchShared(partner, definition);
  const areas = attempt && matched ? compareAreas(definition, attempt.answers, matched.answers) : [];

  // The agenda (and adding it to a meeting) loads once there is a comparison to build it from.
  useEffect(() => {
    if (areas.length > 0 && !AgendaView) void import('./Agenda').then(({ Agenda }) => setAgendaView(() => Agenda));
  }, [areas.length > 0]);
  const name = partner?.name ?? 'Your partner';

  function keep() {
    if (!partner) return;
    const keptAt = new Date().toISOString();
    const id = `kept-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const saved = kept.update((current) =>
      current.kept.some((entry) => JSON.stringify(entry.payload) === payloadText) ? current : { ...current, kept: [...current.kept, { id, keptAt, payload: toPayload(partner) }] },
    );
    setStatus(saved ? `${possessive(partner.name)} answers are kept in this browser. You can forget them here at any time, or on My saved data.` : 'These answers could not be kept: this browser is not letting the site save anything just now.');
  }

  function forget() {
    if (!keptEntry) return;
    kept.update((current) => ({ ...current, kept: current.kept.filter((entry) => entry.id !== keptEntry.id) }));
    setStatus(`${possessive(partner?.name)} answers are no longer kept in this browser.`);
  }

  if (!hydrated) return <div class="together" />;

  return (
    <div class="together" data-hydrated="true">
      {/* Only what matters here (the full StorageNotices would cost this page 2 KB of its script budget). */}
      {(notice.unreadable !== undefined || notice.storage === 'unavailable' || notice.storage === 'unreadable' || notice.saveFailed) && (
        <p class="notice" role="status">
          {notice.unreadable !== undefined
            ? 'Answers kept here earlier could not be read by this version of the site. They are left untouched: see My saved data to download them.'
            : 'This browser is not letting the site keep anything just now: you can compare, but nothing can be kept for next time.'}{' '}
          <a href={links.myData}>My saved data</a>
        </p>
      )}

      {link === 'reading' && <p role="status">Reading the link…</p>}
      {typeof link === 'object' && !link.ok && link.problem !== 'empty' && (
        <LinkRefused message={link.message} />
      )}

      {partner && (
        <section class="together__received no-print" aria-labelledby="received-heading">
          <h2 id="received-heading">{fromLink ? 'What this link carries' : 'Answers you kept'}</h2>
          <p class="together__carries">{carries(partner, definition.title)}</p>
          {matched && matched.notInLink.length + matched.notAsked > 0 && (
            <div class="notice">
              <p>
                The questions have changed since these answers were given, so only the {matched.comparable} answers to unchanged
                questions are compared.
                {matched.notAsked > 0 && ` ${matched.notAsked} ${matched.notAsked === 1 ? 'answer is to a question' : 'answers are to questions'} this version no longer asks.`}
                {matched.notInLink.length > 0 && ' These questions are not in the link, so they are left out:'}
              </p>
              <ul>
                {matched.notInLink.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ul>
            </div>
          )}
          {keptEntry ? (
            <p>Kept in this browser since {dayWords(keptEntry.keptAt.slice(0, 10))}.</p>
          ) : (
            <p>Nothing from this link has been saved. Keep the answers if you want to see this comparison again without the link.</p>
          )}
          <div class="actions">
            {keptEntry ? (
              <button type="button" class="button button--danger" onClick={forget}>
                Forget {possessive(partner.name)} answers
              </button>
            ) : (
              <button type="button" class="button button--secondary" onClick={keep}>
                Keep these answers in this browser
              </button>
            )}
          </div>
          <p role="status" class="together__status">
            {status}
          </p>
          {!attempt && (
            <p>
              To compare, take the health check yourself: <a href={links.take}>take the relationship health check</a>
              {keptEntry ? '. The answers you kept will be here when you come back.' : ', then open this link again (or keep the answers first).'}
            </p>
          )}
        </section>
      )}

      {attempt && partner && areas.length > 0 && (
        <>
          <Comparison definition={definition} areas={areas} partner={name} />
          {AgendaView && <AgendaView
            areas={areas}
            help={help}
            partner={name}
            links={links}
            agendaVersion={agendaVersion}
            comparisonId={`${attempt.id}:${payloadText}`}
          />}
        </>
      )}

      {attempt ? (
        Share && <Share definition={definition} attempt={attempt} />
      ) : (
        <section class="together__share no-print" aria-labelledby="share-heading">
          <h2 id="share-heading">Share your answers</h2>
          <p>
            You have not completed the health check in this browser yet. <a href={links.take}>Take the relationship health check</a>,
            then come back here to share your answers.
          </p>
        </section>
      )}
    </div>
  );
}
