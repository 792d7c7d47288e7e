/** What the Together page's parts share: the help resolved at build time per area, its links, and how a day is written. */
import { formatLongDate } from '../../lib/dates';

export interface AreaHelp {
  question: string;
  article: { href: string; title: string };
  checklist: { href: string; title: string; item: string };
}

export interface TogetherLinks {
  take: string;
  agenda: string;
  myData: string;
}

/** "3 March 2026", for a day written YYYY-MM-DD. */
export const dayWords = (day: string) => formatLongDate(new Date(`${day}T00:00:00Z`));
