/** How the pages name a partner: words shared by both comparisons, kept apart from the health check's payload code. */

/** "Sam's answers", "Your partner's answers": whose answers a link carries, in words. */
export const possessive = (name: string | undefined) => (name ? `${name}’s` : 'Your partner’s');
