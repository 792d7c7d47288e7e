/** Site-wide settings that pages and components share. */
export const SITE_TITLE = 'Mentorship Guide';
export const SITE_TAGLINE = 'Evidence-based guidance for mentoring in academic medicine and science';
export const SITE_LANG = 'en-GB';

/** Articles whose "Put it into practice" box offers the mentoring agreement builder. */
export const AGREEMENT_BUILDER_ARTICLES: readonly string[] = ['mentoring-agreement', 'first-meeting', 'reviewing-agreements', 'competition'];
