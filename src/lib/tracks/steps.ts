/**
 * Tracks as the pages show them: each step with its title and address, built from the content at
 * build time. Links from a track page carry `?track=<id>&step=<n>`, which the step bar on the step's
 * page reads (src/components/TrackStepBar.astro).
 */
import type { SiteContent, TrackEntry } from '../content';
import { articlePath, withBase } from '../paths';
import { stepKey, type TrackStep } from '../../schemas/track';
import type { StepRef } from './progress';
import { TRACK_TOOLS } from './tools';

export interface StepView extends StepRef {
  title: string;
  /** The step's own page. */
  href: string;
  /** The step's page, marked as reached from this track (for the step bar). */
  trackHref: string;
  why: string;
  heading?: string;
  reflection?: string;
}

export interface TrackView {
  id: string;
  title: string;
  version: number;
  minutes: number;
  steps: StepView[];
}

function pathOf(step: TrackStep): string {
  switch (step.kind) {
    case 'article':
      return articlePath(step.id);
    case 'assessment':
      return withBase(`/assessments/${step.id}/`);
    case 'checklist':
      return withBase(`/checklists/${step.id}/`);
    case 'tool':
      return withBase(TRACK_TOOLS[step.id]!.path);
  }
}

function titleOf(step: TrackStep, content: SiteContent): string {
  switch (step.kind) {
    case 'article':
      return content.summaries.find((summary) => summary.id === step.id)!.title;
    case 'assessment':
      return content.assessments.find((entry) => entry.id === step.id)!.data.title;
    case 'checklist':
      return content.checklists.find((entry) => entry.id === step.id)!.data.title;
    case 'tool':
      return TRACK_TOOLS[step.id]!.title;
  }
}

/** "?track=new-mentee&step=3": step numbers count from 1, as the page shows them. */
export const trackQuery = (trackId: string, number: number) => `?track=${encodeURIComponent(trackId)}&step=${number}`;

export function trackView(entry: TrackEntry, content: SiteContent): TrackView {
  const { data } = entry;
  return {
    id: entry.id,
    title: data.title,
    version: data.version,
    minutes: data.minutes,
    steps: data.steps.map((step, index) => {
      const href = pathOf(step);
      const checklist = step.kind === 'checklist' ? content.checklists.find((candidate) => candidate.id === step.id) : undefined;
      return {
        kind: step.kind,
        id: step.id,
        key: stepKey(step),
        minutes: step.minutes,
        ...(checklist ? { itemIds: checklist.data.sections.flatMap((section) => section.items.map((item) => item.id)) } : {}),
        title: titleOf(step, content),
        href,
        trackHref: `${href}${trackQuery(entry.id, index + 1)}`,
        why: step.why,
        ...(step.heading ? { heading: step.heading } : {}),
        ...(step.reflection ? { reflection: step.reflection } : {}),
      };
    }),
  };
}

export interface StepBar {
  trackId: string;
  trackTitle: string;
  trackHref: string;
  /** 1-based. */
  number: number;
  total: number;
  next?: { title: string; href: string };
}

/** Every place the page at `href` is a step of a track: what its step bar says for each. */
export function stepBarsFor(href: string, views: readonly TrackView[]): StepBar[] {
  return views.flatMap((view) =>
    view.steps.flatMap((step, index) => {
      if (step.href !== href) return [];
      const next = view.steps[index + 1];
      return [
        {
          trackId: view.id,
          trackTitle: view.title,
          trackHref: withBase(`/tracks/${view.id}/`),
          number: index + 1,
          total: view.steps.length,
          ...(next ? { next: { title: next.title, href: next.trackHref } } : {}),
        },
      ];
    }),
  );
}
