/**
 * How an assessment's questions are split into the pages a reader sees: agreement-scale and
 * choice questions a page per domain (3 to 6 questions), scenario stories one a page, in an
 * order where two stories in a row never share a cause. Pure; run at build time, so the page
 * ships the result and the browser does none of this work.
 */
import type { AssessmentDefinition } from './types';

/** Questions on one page, at fewest (a smaller domain joins its neighbour) and at most (a bigger one is split). */
export const PAGE_MIN = 3;
export const PAGE_MAX = 6;

/** A page: the indices (into `definition.items`) of the questions it shows, in order. */
export type Page = number[];

/** `list` cut into the fewest consecutive runs of at most `max`, as even in length as possible. */
export function splitEvenly<T>(list: readonly T[], max = PAGE_MAX): T[][] {
  const count = Math.ceil(list.length / max);
  return Array.from({ length: count }, (_, index) =>
    list.slice(Math.floor((index * list.length) / count), Math.floor(((index + 1) * list.length) / count)),
  );
}

/** A small seeded random number generator (mulberry32): the same seed always gives the same sequence. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number from a string, to seed the order with something stable (such as the assessment's id). */
export function seedOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  return hash >>> 0;
}

const sharesNeighbour = <T>(list: readonly T[], key: (entry: T) => string) =>
  list.some((entry, index) => index > 0 && key(entry) === key(list[index - 1]!));

/**
 * `list` reordered so that no two neighbours share a key, looking shuffled rather than
 * patterned, and the same for the same seed. If no such order exists (one key has more than
 * half the entries), the result still holds every entry, with as few shared neighbours as the
 * greedy fallback manages.
 */
export function interleave<T>(list: readonly T[], key: (entry: T) => string, seed: number): T[] {
  const next = random(seed);
  for (let tries = 0; tries < 500; tries++) {
    const order = [...list];
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    if (!sharesNeighbour(order, key)) return order;
  }
  // Greedy: always take from the key with most entries left that differs from the last taken.
  const left = [...list];
  const order: T[] = [];
  while (left.length > 0) {
    const counts = new Map<string, number>();
    for (const entry of left) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
    const previous = order.length > 0 ? key(order.at(-1)!) : undefined;
    const best = [...counts].filter(([name]) => name !== previous).sort((a, b) => b[1] - a[1])[0]?.[0] ?? previous;
    const index = left.findIndex((entry) => key(entry) === best);
    order.push(...left.splice(index, 1));
  }
  return order;
}

/**
 * The pages of an assessment, in the order they are shown. Questions are grouped by domain in
 * the order domains are listed; a domain of more than PAGE_MAX questions is split into
 * consecutive pages, and one of fewer than PAGE_MIN shares a page with the next domain of its
 * group when that page stays within PAGE_MAX. Scenario stories come one a page, interleaved so
 * that two in a row never share a cause (their domain), in an order fixed by the assessment's id.
 */
export function pagesOf(definition: Pick<AssessmentDefinition, 'id' | 'domains' | 'items'>): Page[] {
  const { items } = definition;
  const indices = items.map((_, index) => index);
  const scenarios = indices.filter((index) => items[index]!.kind === 'scenario');
  const grouped: { page: Page; group: string | undefined }[] = [];
  const place = (page: Page, group: string | undefined) => {
    const last = grouped.at(-1);
    if (last && last.group === group && last.page.length < PAGE_MIN && last.page.length + page.length <= PAGE_MAX) last.page.push(...page);
    else grouped.push({ page, group });
  };
  const domainOf = new Map(definition.domains.map((domain) => [domain.id, domain]));
  // Domains in their listed order; any item whose domain is not listed still gets asked, last.
  const domainIds = [...definition.domains.map((domain) => domain.id), ...new Set(items.map((item) => item.domain))];
  for (const domainId of new Set(domainIds)) {
    const own = indices.filter((index) => items[index]!.kind !== 'scenario' && items[index]!.domain === domainId);
    for (const page of splitEvenly(own)) place(page, domainOf.get(domainId)?.group);
  }
  // A small last page goes back into the one before it, when they belong together and fit.
  const [before, last] = grouped.slice(-2);
  if (before && last && last.page.length < PAGE_MIN && before.group === last.group && before.page.length + last.page.length <= PAGE_MAX) {
    before.page.push(...grouped.pop()!.page);
  }
  const stories = interleave(scenarios, (index) => items[index]!.domain, seedOf(definition.id));
  return [...grouped.map((entry) => entry.page), ...stories.map((index) => [index])];
}

/** The page that shows the question at `itemIndex` (0 if none does). */
export function pageOf(pages: readonly Page[], itemIndex: number): number {
  return Math.max(0, pages.findIndex((page) => page.includes(itemIndex)));
}
