/** Article id → the link the island shows, resolved at build time (base path included). */
export type ArticleLinks = Record<string, { href: string; title: string }>;
