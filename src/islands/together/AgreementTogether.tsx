/**
 * Compare two drafts of the mentoring agreement: read a partner's draft from a link (storing
 * nothing until the reader chooses), show both drafts field by field with every difference in
 * words, take either side or write a joint version for each, and make the agreed draft the
 * reader's agreement builder draft. Sharing your own draft loads on demand. Logic: src/lib/share.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AgreementSection } from '../../lib/agreement/agreement-fields';
import { agreementCodec, AGREEMENT_FORMAT, EMPTY_AGREEMENT } from '../../lib/agreement/agreement-record';
import type { DraftReadResult } from '../../lib/share/agreement-link';
import { possessive } from '../../lib/share/words';
import { AGREEMENT_KEY } from '../../lib/storage/keys';
import { recordStore } from '../../lib/storage/record-store';
import type { DraftSharePanel } from './DraftSharePanel';
import type { DraftMerge } from './DraftMerge';
import { LinkRefused } from './LinkRefused';
import { dayWords } from './shared';

interface Props {
  sections: readonly AgreementSection[];
  /** The agreement builder, where the agreed draft is printed. */
  builder: string;
  myData: string;
}

const sameFields = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([id, value]) => b[id] === value);

export default function AgreementTogether({ sections, builder, myData }: Props) {
  const store = useMemo(() => recordStore(AGREEMENT_KEY, agreementCodec), []);
  const record = useStore(store.$record, { ssr: () => EMPTY_AGREEMENT });
  const notice = useStore(store.$notice);
  const [hydrated, setHydrated] = useState(false);
  const [link, setLink] = useState<DraftReadResult | 'reading' | undefined>();
  const [status, setStatus] = useState<'saved' | 'failed' | 'kept' | ''>('');
  const [Share, setShare] = useState<typeof DraftSharePanel | undefined>();
  const [Merge, setMerge] = useState<typeof DraftMerge | undefined>();

  useEffect(() => {
    setHydrated(true);
    const read = () => {
      setStatus('');
      if (location.hash.length <= 1) return setLink(undefined);
      setLink('reading');
      // Loaded only when there is a link to read: decompressing and checking it is not needed otherwise.
      void import('../../lib/share/agreement-link').then(({ readDraftFragment }) => readDraftFragment(location.hash, sections)).then(setLink);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [sections]);

  const own = record.fields;
  const hasOwn = Object.keys(own).length > 0;
  useEffect(() => {
    if (hasOwn && !Share) void import('./DraftSharePanel').then(({ DraftSharePanel }) => setShare(() => DraftSharePanel));
  }, [hasOwn]);

  const draft = typeof link === 'object' && link.ok ? link.draft : undefined;
  // The merging view loads once a link has been read.
  useEffect(() => {
    if (draft && !Merge) void import('./DraftMerge').then(({ DraftMerge }) => setMerge(() => DraftMerge));
  }, [draft !== undefined]);
  const partner = draft?.name ?? 'Your partner';
  const labels = new Map(sections.flatMap((section) => section.fields).map((field) => [field.id, field.label]));

  function useAgreed(agreed: Record<string, string>) {
    if (sameFields(agreed, own)) return setStatus('kept');
    if (hasOwn && !window.confirm('Replace the agreement draft saved in this browser with the agreed draft? Your own draft will not be kept.')) return;
    setStatus(store.save({ format: AGREEMENT_FORMAT, fields: agreed, updatedAt: new Date().toISOString() }) ? 'saved' : 'failed');
  }

  if (!hydrated) return <div class="together" />;

  return (
    <div class="together" data-hydrated="true">
      {(notice.unreadable !== undefined || notice.storage === 'unavailable' || notice.storage === 'unreadable' || notice.saveFailed) && (
        <p class="notice" role="status">
          {notice.unreadable !== undefined
            ? 'The agreement draft saved here earlier could not be read by this version of the site. It is left untouched: see My saved data to download it.'
            : 'This browser is not letting the site save anything just now: you can compare, but the agreed draft cannot be kept here.'}{' '}
          <a href={myData}>My saved data</a>
        </p>
      )}

      {link === 'reading' && <p role="status">Reading the link…</p>}
      {typeof link === 'object' && !link.ok && link.problem !== 'empty' && (
        <LinkRefused message={link.message} />
      )}

      {draft && (
        <section class="together__received no-print" aria-labelledby="received-heading">
          <h2 id="received-heading">What this link carries</h2>
          <p class="together__carries">
            {possessive(draft.name)} draft of the mentoring agreement, made {dayWords(draft.made)}: {Object.keys(draft.fields).length} of{' '}
            {labels.size} headings filled in.
          </p>
          {draft.ignored.length > 0 && (
            <div class="notice">
              <p>
                {draft.ignored.length === 1 ? 'One part' : `${draft.ignored.length} parts`} of the link {draft.ignored.length === 1 ? 'is' : 'are'} not
                a heading this agreement builder asks about, or {draft.ignored.length === 1 ? 'holds' : 'hold'} something it cannot use, so{' '}
                {draft.ignored.length === 1 ? 'it was' : 'they were'} left out:
              </p>
              <ul class="together__ignored">
                {draft.ignored.map((id) => (
                  <li key={id}>{labels.has(id) ? `${labels.get(id)} (not a value this heading can hold)` : id}</li>
                ))}
              </ul>
            </div>
          )}
          <p>Nothing from this link has been saved. Compare it with your own draft below; only the agreed draft is saved, and only when you choose.</p>
          {!hasOwn && (
            <p>
              You have no agreement draft in this browser, so every heading below starts from {possessive(draft.name).replace(/^Your/, 'your')} draft. You can also{' '}
              <a href={builder}>fill in the agreement builder</a> first and open this link again.
            </p>
          )}
        </section>
      )}

      {draft && Merge && (
        <Merge
          key={location.hash}
          mine={own}
          theirs={draft.fields}
          sections={sections}
          partner={partner}
          onChange={() => setStatus('')}
          onUse={useAgreed}
          status={status}
          builder={builder}
        />
      )}

      {hasOwn ? (
        Share && <Share fields={own} sections={sections} />
      ) : (
        <section class="together__share no-print" aria-labelledby="share-heading">
          <h2 id="share-heading">Share your draft</h2>
          <p>
            You have not started an agreement draft in this browser yet. <a href={builder}>Fill in the agreement builder</a>, then come
            back here to share your draft.
          </p>
        </section>
      )}
    </div>
  );
}
