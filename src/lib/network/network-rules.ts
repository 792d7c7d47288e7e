/**
 * What a mentoring network shows: which kinds of support no one gives (gaps), whether one person
 * gives most of it (concentration), and how two dated versions of the network differ. Pure: the
 * page and the tests give the people and the kinds of support (content/tools/network-categories.yaml).
 */
import type { NetworkPerson } from './network-record';

/** A kind of support, as the page passes it to the island. */
export interface SupportCategory {
  id: string;
  label: string;
  /** A word or two for the map. */
  short: string;
  /** The next step when no one gives this kind of support. */
  gap: string;
  /** The article that helps, by id. */
  article: string;
}

/** Who gives each kind of support, in the categories' order. */
export function coverage(people: readonly NetworkPerson[], categories: readonly SupportCategory[]): { category: SupportCategory; people: NetworkPerson[] }[] {
  return categories.map((category) => ({ category, people: people.filter((person) => person.categories.includes(category.id)) }));
}

/** The kinds of support no one in the network gives. */
export function gaps(people: readonly NetworkPerson[], categories: readonly SupportCategory[]): SupportCategory[] {
  return coverage(people, categories)
    .filter((covered) => covered.people.length === 0)
    .map(({ category }) => category);
}

/** A network needs to cover at least this many kinds of support before one person can be said to carry most of it. */
export const CONCENTRATION_MIN_COVERED = 3;

export interface Concentration {
  person: NetworkPerson;
  /** How many of the kinds of support the network gives come from this person. */
  gives: number;
  /** How many kinds of support the network gives at all. */
  covered: number;
  /** The kinds of support only this person gives. */
  onlyThem: SupportCategory[];
}

/**
 * People who carry most of the network: each gives more than half of the kinds of support that
 * anyone in it gives (once it gives at least three), so losing them would leave most of it
 * uncovered. Kinds of support the site no longer lists are not counted.
 */
export function concentration(people: readonly NetworkPerson[], categories: readonly SupportCategory[]): Concentration[] {
  const covered = coverage(people, categories).filter((entry) => entry.people.length > 0);
  if (covered.length < CONCENTRATION_MIN_COVERED) return [];
  return people.flatMap((person) => {
    const gives = covered.filter((entry) => entry.people.includes(person));
    if (gives.length * 2 <= covered.length) return [];
    const onlyThem = gives.filter((entry) => entry.people.length === 1).map(({ category }) => category);
    return [{ person, gives: gives.length, covered: covered.length, onlyThem }];
  });
}

export interface NetworkComparison {
  /** Names in the later network and not the earlier one. */
  joined: string[];
  /** Names in the earlier network and not the later one. */
  left: string[];
  /** Kinds of support someone gives in the later network and no one gave in the earlier one. */
  gapsClosed: SupportCategory[];
  /** Kinds of support someone gave in the earlier network and no one gives in the later one. */
  gapsOpened: SupportCategory[];
  /** How many people gave each kind of support, then and now. */
  counts: { category: SupportCategory; before: number; after: number }[];
}

/** How a person is recognised across snapshots: by name, ignoring case and spaces at the ends. */
const nameKey = (person: NetworkPerson) => person.name.trim().toLocaleLowerCase();

/** How the network changed between two versions of it (an earlier snapshot and a later one, or now). */
export function compareNetworks(before: readonly NetworkPerson[], after: readonly NetworkPerson[], categories: readonly SupportCategory[]): NetworkComparison {
  const beforeNames = new Set(before.map(nameKey));
  const afterNames = new Set(after.map(nameKey));
  const then = coverage(before, categories);
  const now = coverage(after, categories);
  const counts = categories.map((category, index) => ({ category, before: then[index]!.people.length, after: now[index]!.people.length }));
  return {
    joined: after.filter((person) => !beforeNames.has(nameKey(person))).map((person) => person.name),
    left: before.filter((person) => !afterNames.has(nameKey(person))).map((person) => person.name),
    gapsClosed: counts.filter((count) => count.before === 0 && count.after > 0).map(({ category }) => category),
    gapsOpened: counts.filter((count) => count.before > 0 && count.after === 0).map(({ category }) => category),
    counts,
  };
}
