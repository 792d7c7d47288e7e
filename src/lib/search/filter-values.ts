/**
 * Naming and ordering filter values for display. Kept apart from labels.ts, which reads the
 * audience schema: the search page's script imports this file, and must not bundle the schemas.
 */
import type { FilterLabels, ValueLabel } from './labels';
import type { FilterGroup } from './state';

/** A filter value's friendly name, or the value itself for a type labels.ts does not name yet. */
export function labelOf(labels: FilterLabels, group: FilterGroup, value: string): ValueLabel {
  return labels.values[group][value] ?? { one: value, many: value };
}

/** A group's values in the order the labels list them; values with no label follow, alphabetically. */
export function orderedFilterValues(labels: FilterLabels, group: FilterGroup, values: readonly string[]): string[] {
  const known = Object.keys(labels.values[group]);
  const rank = (value: string) => (known.includes(value) ? known.indexOf(value) : known.length);
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'));
}
