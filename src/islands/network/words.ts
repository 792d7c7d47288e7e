/** How the network's saved values read on the page. */
import type { Frequency, Place } from '../../lib/network/network-record';

export const FREQUENCY_WORDS: Record<Frequency, string> = {
  weekly: 'Every week or so',
  monthly: 'About once a month',
  'few-times-a-year': 'A few times a year',
  rarely: 'Rarely',
  '': 'Not said',
};

export const PLACE_WORDS: Record<Place, string> = { inside: 'Inside your institution', outside: 'Outside your institution', '': 'Not said' };
