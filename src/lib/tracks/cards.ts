/** A track as a card on the tracks page and, when featured, on the home page. */
import { withBase } from '../paths';
import { audienceList } from '../../schemas/audience';
import type { TrackEntry } from '../content';

export function trackCard({ id, data }: TrackEntry) {
  return {
    href: withBase(`/tracks/${id}/`),
    title: data.title,
    description: data.description,
    details: `${data.steps.length} steps · about ${data.minutes} minutes in all · for ${audienceList(data.audiences)}`,
  };
}
