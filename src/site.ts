/** Site-wide settings that pages and components share. */
export const SITE_TITLE = 'Mentorship Guide';
export const SITE_TAGLINE = 'Evidence-based guidance for mentoring in academic medicine and science';
export const SITE_LANG = 'en-GB';
