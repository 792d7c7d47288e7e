/**
 * Sharing your own latest completed health check: what the link contains, an optional name, the
 * link to copy, a QR code to scan (its library loaded only when shown) and a small file.
 */
import { useState } from 'preact/hooks';
import type { AssessmentDefinition } from '../../lib/assessment/types';
import type { Attempt } from '../../lib/storage/assessment-record';
import { sharedFrom } from '../../lib/share/compare';
import { MAX_NAME_LENGTH, nameProblem } from '../../lib/share/payload';
import { LinkOutput, NameField, useShareLink } from './LinkOutput';
import { dayWords } from './shared';

interface Props {
  definition: AssessmentDefinition;
  attempt: Attempt;
}

export function SharePanel({ definition, attempt }: Props) {
  const [name, setName] = useState('');
  const problem = nameProblem(name);
  const taken = attempt.completedAt.slice(0, 10);
  // The link's compression and the QR code's library load only when there is something to share.
  const { url, qr, pending } = useShareLink(
    problem ? undefined : () => import('../../lib/share/link').then(({ writeShareFragment }) => writeShareFragment(sharedFrom(definition, attempt.answers, taken, name))),
    [attempt, name, problem],
  );

  const answered = Object.keys(attempt.answers).length;
  return (
    <section class="together__share no-print" aria-labelledby="share-heading">
      <h2 id="share-heading">Share your answers</h2>
      <p>
        Your link carries your latest completed health check, taken {dayWords(taken)}. It contains exactly this, and
        nothing else saved on this site:
      </p>
      <ul>
        <li>your {answered} answers, each as a number from the answer scale, in question order (not the questions themselves);</li>
        <li>the day you took the check, {dayWords(taken)};</li>
        <li>a short code for each question, so that a partner on a later version of the questions compares only the unchanged ones;</li>
        <li>{name.trim() && !problem ? `your name as you typed it: “${name.trim()}”.` : 'your name or initials, only if you add them below.'}</li>
      </ul>
      <NameField name={name} problem={problem} onInput={setName} limit={MAX_NAME_LENGTH} />
      {url && !problem && (
        <LinkOutput
          url={url}
          qr={qr}
          pending={pending}
          fileIntro={`Answers to the ${definition.title.toLowerCase()}${name.trim() ? ` from ${name.trim()}` : ''}, taken ${dayWords(taken)}.\nOpen this link to compare them with yours:`}
          fileName="health-check-answers.txt"
        />
      )}
    </section>
  );
}
