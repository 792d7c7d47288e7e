/**
 * The network as a map (accessible SVG: the reader at the centre, people around, grouped by where
 * they are, every person named in text) and as a table with the same facts. Line styles show how
 * often people are in touch, and the legend says so in words: nothing is told by colour.
 */
import { MAP_HEIGHT, MAP_WIDTH, mapLayout } from '../../lib/network/network-map';
import type { NetworkPerson } from '../../lib/network/network-record';
import type { SupportCategory } from '../../lib/network/network-rules';
import { FREQUENCY_WORDS, PLACE_WORDS } from './words';

const LINE_CLASS: Record<NetworkPerson['frequency'], string> = {
  weekly: 'often',
  monthly: 'often',
  'few-times-a-year': 'sometimes',
  rarely: 'rarely',
  '': 'unsaid',
};

const shorten = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function NetworkMap({ people, categories, dated }: { people: readonly NetworkPerson[]; categories: readonly SupportCategory[]; dated: string }) {
  const { centre, nodes, groups } = mapLayout(people);
  const shortOf = (id: string) => categories.find((category) => category.id === id)?.short;
  const labelOf = (id: string) => categories.find((category) => category.id === id)?.label;
  return (
    <div class="network-map">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-labelledby="network-map-title network-map-desc">
        <title id="network-map-title">Map of your mentoring network, {dated}</title>
        <desc id="network-map-desc">
          You at the centre, with {people.length} {people.length === 1 ? 'person' : 'people'} around you. The table after the map lists the same people and what each gives.
        </desc>
        {nodes.map((node) => (
          <line key={node.person.id} x1={centre.x} y1={centre.y} x2={node.x} y2={node.y} class={`network-map__line network-map__line--${LINE_CLASS[node.person.frequency]}`} />
        ))}
        <circle cx={centre.x} cy={centre.y} r={34} class="network-map__you" />
        <text x={centre.x} y={centre.y + 6} text-anchor="middle" class="network-map__you-label">
          You
        </text>
        {groups.map((group) => (
          <text key={group.name} x={group.x} y={group.y} text-anchor={group.anchor} class="network-map__group">
            {group.name}
          </text>
        ))}
        {nodes.map(({ person, x, y }) => {
          const kinds = person.categories.map(shortOf).filter(Boolean) as string[];
          return (
            <g key={person.id}>
              <circle cx={x} cy={y} r={10} class="network-map__person" />
              <text x={x} y={y - 16} text-anchor="middle" class="network-map__name">
                {shorten(person.name || 'Unnamed', 18)}
              </text>
              <text x={x} y={y + 28} text-anchor="middle" class="network-map__kinds">
                {kinds.length === 0 ? 'No support marked' : kinds.length > 2 ? `${kinds.slice(0, 2).join(', ')} +${kinds.length - 2}` : kinds.join(', ')}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="network-map__legend">
        How to read the lines: a solid line, in touch every week or month; dashed, a few times a year; dotted, rarely; thin and
        dashed, not said.
      </p>
      <table class="network-table">
        <caption>Your network as a table, {dated}</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Kinds of support</th>
            <th scope="col">In touch</th>
            <th scope="col">Where</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name || 'Unnamed'}</th>
              <td>{person.categories.map(labelOf).filter(Boolean).join(', ') || 'None marked'}</td>
              <td>{FREQUENCY_WORDS[person.frequency]}</td>
              <td>{PLACE_WORDS[person.place]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
