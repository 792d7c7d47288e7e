/**
 * Sharing your own agreement draft: exactly what the link contains (each filled-in heading and
 * what it says), an optional name, then the link to copy, a small file and (when short enough) a
 * QR code. Loaded only once there is a draft to share.
 */
import { useState } from 'preact/hooks';
import { displayValue } from '../../lib/agreement/agreement-document';
import type { AgreementSection } from '../../lib/agreement/agreement-fields';
import { DRAFT_NAME_LENGTH, draftNameProblem, MAX_FIELD_LENGTH } from '../../lib/share/agreement-draft';
import { LinkOutput, NameField, useShareLink } from './LinkOutput';
import { dayWords } from './shared';

interface Props {
  fields: Readonly<Record<string, string>>;
  sections: readonly AgreementSection[];
}

export function DraftSharePanel({ fields, sections }: Props) {
  const [name, setName] = useState('');
  const made = new Date().toISOString().slice(0, 10);
  const filled = sections.flatMap((section) => section.fields).filter((field) => (fields[field.id] ?? '').trim() !== '');
  const tooLong = filled.filter((field) => fields[field.id]!.trim().length > MAX_FIELD_LENGTH);
  const problem = draftNameProblem(name);
  const { url, qr, pending } = useShareLink(
    problem || tooLong.length > 0 ? undefined : () => import('../../lib/share/agreement-link').then(({ writeDraftFragment }) => writeDraftFragment(fields, made, name)),
    [fields, name, problem, tooLong.length],
  );

  return (
    <section class="together__share no-print" aria-labelledby="share-heading">
      <h2 id="share-heading">Share your draft</h2>
      <p>
        Your link carries the agreement draft saved in this browser, so your mentoring partner can compare it with theirs. It contains
        exactly this, and nothing else saved on this site:
      </p>
      <ul>
        <li>the day you made the link and the version of this agreement builder;</li>
        <li>{name.trim() && !problem ? `your name as you typed it: “${name.trim()}”;` : 'your name or initials, only if you add them below;'}</li>
        <li>
          what you wrote under {filled.length} {filled.length === 1 ? 'heading' : 'headings'}:
          <dl class="together__carried">
            {filled.map((field) => (
              <div key={field.id}>
                <dt>{field.label}</dt>
                <dd>{displayValue(field, fields[field.id])}</dd>
              </div>
            ))}
          </dl>
        </li>
      </ul>
      <NameField name={name} problem={problem} onInput={setName} whose="draft" limit={DRAFT_NAME_LENGTH} />
      {tooLong.length > 0 && (
        <p class="notice" role="status">
          A link can carry up to {MAX_FIELD_LENGTH.toLocaleString('en-GB')} characters under each heading. Shorten {tooLong.map((field) => `“${field.label}”`).join(' and ')} in the
          agreement builder to share your draft.
        </p>
      )}
      {url && !problem && tooLong.length === 0 && (
        <LinkOutput
          url={url}
          qr={qr}
          pending={pending}
          fileIntro={`A draft of our mentoring agreement${name.trim() ? ` from ${name.trim()}` : ''}, made ${dayWords(made)}.\nOpen this link to compare it with yours:`}
          fileName="mentoring-agreement-draft.txt"
        />
      )}
    </section>
  );
}
