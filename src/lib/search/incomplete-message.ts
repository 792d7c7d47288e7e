/** What the reader is told when part of the search index was missing (see incomplete.ts). Pure. */

/** What the search page and the header's quick results say (and announce) when part of the index was missing. */
export const INCOMPLETE_INDEX = 'Some of the search index is not on this device yet, so results may be incomplete.';

/** What follows on screen, around a link to the offline control on My saved data (OFFLINE_CONTROL_PATH). */
export const INCOMPLETE_INDEX_HELP = [' Connect to the internet, or ', 'keep the whole guide offline', ' from My saved data.'] as const;

/** Where that link goes, below the site's home ("/mentoring/"). */
export const OFFLINE_CONTROL_PATH = 'my-data/#offline-control-heading';
