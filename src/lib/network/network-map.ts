/**
 * Where each person goes on the network map: the reader at the centre, the people on a circle
 * around them, grouped by where they are (inside the institution, outside it, not said), each
 * group in one arc with its name in text beside it. Pure geometry; the island draws it.
 */
import type { NetworkPerson, Place } from './network-record';

export const MAP_WIDTH = 720;
export const MAP_HEIGHT = 540;
const CENTRE = { x: MAP_WIDTH / 2, y: MAP_HEIGHT / 2 };
const RADIUS = 175;
const GROUP_RADIUS = 245;

export const GROUP_NAMES: Record<Place, string> = { inside: 'Inside your institution', outside: 'Outside your institution', '': 'Where not said' };
const GROUP_ORDER: Place[] = ['inside', 'outside', ''];

export interface MapNode {
  person: NetworkPerson;
  x: number;
  y: number;
}

export interface MapGroup {
  name: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A point at `angle` (radians, clockwise from the top) and `radius` from the centre. */
function at(angle: number, radius: number) {
  return { x: round(CENTRE.x + radius * Math.sin(angle)), y: round(CENTRE.y - radius * Math.cos(angle)) };
}

export function mapLayout(people: readonly NetworkPerson[]): { centre: { x: number; y: number }; nodes: MapNode[]; groups: MapGroup[] } {
  const ordered = GROUP_ORDER.flatMap((place) => people.filter((person) => person.place === place));
  const slot = (2 * Math.PI) / Math.max(ordered.length, 1);
  // The first group starts at the left, so "inside" reads first.
  const angleOf = (index: number) => Math.PI + (index + 0.5) * slot - (ordered.length === 1 ? 0 : Math.PI / 2);
  const nodes = ordered.map((person, index) => ({ person, ...at(angleOf(index), RADIUS) }));
  const groups = GROUP_ORDER.flatMap((place): MapGroup[] => {
    const indexes = ordered.flatMap((person, index) => (person.place === place ? [index] : []));
    if (indexes.length === 0 || indexes.length === ordered.length) return [];
    const middle = angleOf((indexes[0]! + indexes.at(-1)!) / 2);
    const point = at(middle, GROUP_RADIUS);
    const anchor = point.x < CENTRE.x - 40 ? 'start' : point.x > CENTRE.x + 40 ? 'end' : 'middle';
    return [{ name: GROUP_NAMES[place], x: anchor === 'start' ? 8 : anchor === 'end' ? MAP_WIDTH - 8 : point.x, y: Math.min(Math.max(point.y, 20), MAP_HEIGHT - 8), anchor }];
  });
  return { centre: CENTRE, nodes, groups };
}
