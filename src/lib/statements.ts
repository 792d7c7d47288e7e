/**
 * Facts the accessibility statement and the privacy page (src/pages/accessibility.astro,
 * src/pages/privacy.astro) state, kept beside the code they describe so they stay true.
 */
import type { LocalContact } from './site-config/schema';
import type { RecordKind } from './storage/saved-data';

/**
 * What each kind of saved record holds, in a reader's words, for the privacy page. Typed by
 * RecordKind: a new kind of record does not type-check until the privacy page says what it keeps.
 */
export const STORED_DATA: Record<RecordKind, string> = {
  assessment: 'your answers to each self-assessment, and the date you last changed them',
  checklist: 'the items you ticked on each checklist, your notes, and the meetings and actions you logged',
  agreement: 'the mentoring agreement you are writing: names, goals, how you will meet, and the other fields',
  track: 'your progress through each track: the steps you marked as done, your reflections, the name you typed for a record of completion, and the records of runs you finished before taking a track again',
  together: 'the answers a mentoring partner shared with you by link, if you chose to keep them to compare with yours',
  network: 'your mentoring network: the names or initials of the people who support you, the kinds of support each gives, and the dated snapshots you kept',
  plan: 'your development plan: your goals, milestones, status and notes, who helps with each, and your review dates',
};

/**
 * Whom to tell about an accessibility problem: the first of the institution's contacts with an
 * email address (a message can describe the problem and be passed on), else its first contact;
 * none when the site config names no one.
 */
export function reportingContact(contacts: readonly LocalContact[]): LocalContact | undefined {
  return contacts.find((contact) => contact.email) ?? contacts[0];
}
