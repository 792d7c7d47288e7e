/**
 * The line that says part of the search index is missing (offline), with a link to the offline
 * control on My saved data. The search page loads it only when it is needed, to keep a first
 * search small; the header's quick results, built as one file, include it.
 */
import { INCOMPLETE_INDEX, INCOMPLETE_INDEX_HELP, OFFLINE_CONTROL_PATH } from '../../lib/search/incomplete-message';
import { element } from './dom';

export { INCOMPLETE_INDEX };

/** Shows (or hides) the message in `line`; the link goes below the site's home `baseUrl` ("/mentoring/", with its final slash). */
export function showIncomplete(line: HTMLElement, incomplete: boolean, baseUrl: string): void {
  line.hidden = !incomplete;
  const [before, linkText, after] = INCOMPLETE_INDEX_HELP;
  const link = element('a', undefined, linkText);
  link.href = baseUrl + OFFLINE_CONTROL_PATH;
  line.replaceChildren(...(incomplete ? [INCOMPLETE_INDEX, before, link, after] : []));
}
