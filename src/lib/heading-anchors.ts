/**
 * Stable anchors for article sections. Every `##` and `###` heading gets an id: by default the
 * one Astro derives from its words ("## Where to meet" → #where-to-meet), which changes when the
 * heading is reworded. An author pins an anchor by ending the heading with `[#anchor]`:
 *
 *     ## Where and when to meet [#where-to-meet]
 *
 * keeps #where-to-meet working, and the `[#…]` never shows. (MDX reads `{#…}` as code, so the
 * usual `{#anchor}` cannot be used.) Pure: used by the page (contents, duplicate check) and by the
 * heading component, so both agree.
 */
import type { Heading } from './toc';

/** Lower-case letters, digits and single hyphens, starting with a letter: safe in any URL. */
const ANCHOR = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** `[#…]` at the end of a heading's text or HTML. */
const PIN = /\s*\[#([^\]]*)\]\s*$/;

export interface Pinned {
  /** The heading without its pin. */
  text: string;
  /** The pinned anchor, if the author gave one. */
  anchor: string | undefined;
}

/** Splits "Where and when to meet [#where-to-meet]" into its words and its pinned anchor. */
export function pinnedAnchor(text: string): Pinned {
  const match = PIN.exec(text);
  if (!match) return { text, anchor: undefined };
  const anchor = match[1]!.trim();
  if (!ANCHOR.test(anchor)) {
    throw new Error(
      `The heading "${text}" pins the anchor "${anchor}": use lower-case letters, digits and hyphens, starting with a letter, e.g. [#where-to-meet].`,
    );
  }
  return { text: text.slice(0, match.index), anchor };
}

/** The article's headings with their final anchors and text; fails on two sections with one anchor. */
export function anchoredHeadings(headings: readonly Heading[], article: string): Heading[] {
  const seen = new Map<string, string>();
  return headings.map((heading) => {
    const { text, anchor } = pinnedAnchor(heading.text);
    const slug = anchor ?? heading.slug;
    const other = seen.get(slug);
    if (other !== undefined) {
      throw new Error(`Article "${article}": the headings "${other}" and "${text}" both have the anchor #${slug}. Pin another one with [#new-anchor] at the end of the heading.`);
    }
    seen.set(slug, text);
    return { ...heading, slug, text };
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** For the heading component: its id, its inner HTML without the pin, and its plain text (for the link's name). */
export function sectionHeading(id: string | undefined, html: string): { id: string; html: string; text: string } {
  const pinned = pinnedAnchor(html);
  const text = pinned.text
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
  const anchor = pinned.anchor ?? id;
  if (!anchor) throw new Error(`The heading "${text}" has no id: Astro gives every Markdown heading one.`);
  return { id: anchor, html: pinned.text.trimEnd(), text };
}
