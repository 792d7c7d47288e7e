/**
 * Searching over part of the index: offline, with only some of Pagefind's files saved on this
 * device (src/integrations/service-worker.ts caches them as they are used), a search finds what
 * the saved files hold, and the reader is told that more may exist. Pure, no DOM.
 */
import type { PagefindFragment, PagefindResult } from './pagefind';

// What the reader is told is in incomplete-message.ts, which the search page loads only when needed.

/**
 * The fragments (titles, excerpts) of `results`, in order, leaving out those that could not be
 * loaded, and how many those were: one missing file leaves one result out, never the search.
 */
export async function loadFragments(results: readonly Pick<PagefindResult, 'data'>[]): Promise<{ fragments: PagefindFragment[]; missing: number }> {
  const settled = await Promise.allSettled(results.map((result) => result.data()));
  const fragments = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  return { fragments, missing: settled.length - fragments.length };
}

