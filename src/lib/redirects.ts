/**
 * Old addresses of renamed articles. An article lists the ids it was published under
 * (`formerIds` in its frontmatter); the build writes a small page at each old address that
 * sends the reader on to the article: a meta refresh, a plain link for anyone whose browser
 * does not follow it, a canonical link and noindex for search engines. Pure: no file system.
 */
import { cspHash } from './csp-hash';
import { joinBase } from './paths';

/**
 * Carries a link's #section over to the article (a meta refresh drops it). The same on every
 * redirect page, so it adds one hash to the site's policy; without script the meta refresh and
 * the link still work, landing at the top of the article.
 */
export const CARRY_FRAGMENT_SCRIPT = "location.replace(document.getElementById('moved-to').href+location.hash)";

/** The policy of a redirect page: that one script, nothing else it does not need. */
export const REDIRECT_PAGE_CSP = `default-src 'none'; script-src '${cspHash(CARRY_FRAGMENT_SCRIPT)}'; base-uri 'none'; form-action 'none'`;

export interface ArticleAddress {
  id: string;
  title: string;
  formerIds: readonly string[];
}

export interface Redirect {
  /** The old article id. */
  from: string;
  /** The article's current id. */
  to: string;
  /** The article's current title. */
  title: string;
}

/** One redirect per former id; fails when an old address is in use or claimed twice. */
export function articleRedirects(articles: readonly ArticleAddress[]): Redirect[] {
  const current = new Set(articles.map((article) => article.id));
  const claimed = new Map<string, string>();
  const redirects: Redirect[] = [];
  for (const article of articles) {
    for (const former of article.formerIds) {
      if (current.has(former)) {
        throw new Error(`Article "${article.id}" lists "${former}" in formerIds, but an article still has that id: remove it from formerIds, or rename that article.`);
      }
      const other = claimed.get(former);
      if (other) throw new Error(`Articles "${other}" and "${article.id}" both list "${former}" in formerIds: an old address can lead to one article only.`);
      claimed.set(former, article.id);
      redirects.push({ from: former, to: article.id, title: article.title });
    }
  }
  return redirects;
}

/** The path of an article below the base path, e.g. "/mentoring/articles/first-meeting/". */
export function articleUrlPath(base: string, id: string): string {
  return joinBase(base, `/articles/${id}/`);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

export interface RedirectPageOptions {
  redirect: Redirect;
  base: string;
  /** The site's public origin (Astro's `site`), for the canonical link; none without a public address. */
  site: string | undefined;
}

/** The page left at an old address: no style, one hashed script, its own strict policy. */
export function redirectPage({ redirect, base, site }: RedirectPageOptions): string {
  const target = articleUrlPath(base, redirect.to);
  const canonical = site ? `\n<link rel="canonical" href="${escape(new URL(target, site).href)}">` : '';
  const title = escape(redirect.title);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${title}</title>
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<meta http-equiv="content-security-policy" content="${REDIRECT_PAGE_CSP.replaceAll("'", '&#39;')}">${canonical}
<meta http-equiv="refresh" content="0; url=${escape(target)}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now <a id="moved-to" href="${escape(target)}">${title}</a>.</p>
</main>
<script>${CARRY_FRAGMENT_SCRIPT}</script>
</body>
</html>
`;
}
