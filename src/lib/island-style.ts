/**
 * Astro puts one `<style>` into the body of every page with an island, just before the first
 * island: `astro-island,astro-slot,astro-static-slot{display:contents}`. No option moves it
 * (withastro/astro#10308), and HTML allows a `style` element in the body only as the first child
 * of its parent, so the validators reject the page. The build moves that exact tag into `<head>`:
 * the Content Security Policy allows it by the hash of its content, which does not change.
 */

/** Matches Astro's island style: the tag and its rule, in any order of the custom elements. */
const ISLAND_STYLE = /<style>(?:astro-island|astro-slot|astro-static-slot)(?:,(?:astro-island|astro-slot|astro-static-slot))*\{display:contents\}<\/style>/;

/**
 * The page with Astro's island style moved from the body to the end of `<head>`; unchanged when
 * the page has no island style, or has it in the head already.
 */
export function moveIslandStyleToHead(html: string): string {
  const headEnd = html.indexOf('</head>');
  const match = ISLAND_STYLE.exec(html);
  if (!match || headEnd === -1 || match.index < headEnd) return html;
  const style = match[0];
  const withoutStyle = html.slice(0, match.index) + html.slice(match.index + style.length);
  return withoutStyle.slice(0, headEnd) + style + withoutStyle.slice(headEnd);
}
