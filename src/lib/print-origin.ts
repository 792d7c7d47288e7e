/**
 * On paper, print.css writes each link's address after it. Links within the site are paths
 * ("/mentoring/articles/x/"), useless on paper without the site's address: this style gives
 * print.css the public origin to put in front of them. Only an origin (scheme, host, port)
 * goes in, so nothing in it needs escaping inside a CSS string.
 */
export function printOriginStyle(siteUrl: string): string {
  return `:root{--print-origin:"${new URL(siteUrl).origin}"}`;
}
