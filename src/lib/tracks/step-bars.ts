/** The step bars for one page: every track that has the page as a step (see src/components/TrackStepBar.astro). */
import { loadSiteContent } from '../content';
import { stepBarsFor, trackView, type StepBar, type TrackView } from './steps';

let views: Promise<TrackView[]> | undefined;

async function loadViews(): Promise<TrackView[]> {
  const content = await loadSiteContent();
  return content.tracks.map((entry) => trackView(entry, content));
}

export async function stepBarsForPage(pathname: string): Promise<StepBar[]> {
  views ??= loadViews();
  return stepBarsFor(pathname, await views);
}
