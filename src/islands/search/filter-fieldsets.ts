/** The search page's filters: one fieldset of radio buttons per group, each option with its count. */
import { labelOf, orderedFilterValues } from '../../lib/search/filter-values';
import type { FilterLabels } from '../../lib/search/labels';
import type { PagefindFilterCounts } from '../../lib/search/pagefind';
import { FILTER_GROUPS, type FilterSelection } from '../../lib/search/state';
import { element } from './dom';

/** Fieldsets for every value the index holds (`all`), "All" first, with `selected` checked. */
export function filterFieldsets(all: PagefindFilterCounts, labels: FilterLabels, selected: FilterSelection): HTMLFieldSetElement[] {
  const fieldsets: HTMLFieldSetElement[] = [];
  for (const group of FILTER_GROUPS) {
    const values = orderedFilterValues(labels, group, Object.keys(all[group] ?? {}));
    if (values.length === 0) continue;
    const fieldset = element('fieldset', 'search-filter');
    fieldset.append(element('legend', undefined, labels.groups[group]));
    const options = element('div', 'search-filter__options');
    for (const value of ['', ...values]) {
      const label = element('label', 'search-filter__option');
      const radio = element('input');
      radio.type = 'radio';
      radio.name = `filter-${group}`;
      radio.value = value;
      radio.checked = (selected[group] ?? '') === value;
      radio.dataset.group = group;
      const text = element('span', undefined, value ? labelOf(labels, group, value).many : 'All');
      const count = element('span', 'search-filter__count');
      count.dataset.count = `${group}:${value}`;
      label.append(radio, text, ' ', count);
      options.append(label);
    }
    fieldset.append(options);
    fieldsets.push(fieldset);
  }
  return fieldsets;
}

/**
 * Writes each option's count: per value from `counts`, and each group's "All" from `totals`. An
 * option that would find nothing is hidden (unless it is the one chosen, so the reader can see
 * and change it), and so is a group left with "All" alone.
 */
export function showFilterCounts(box: HTMLElement, { counts, totals }: { counts: PagefindFilterCounts; totals: Record<string, number> }): void {
  for (const count of box.querySelectorAll<HTMLElement>('[data-count]')) {
    const [group = '', value = ''] = count.dataset.count!.split(/:(.*)/s);
    const n = value ? (counts[group]?.[value] ?? 0) : (totals[group] ?? 0);
    count.textContent = `(${n})`;
    const option = count.closest('label')!;
    option.hidden = value !== '' && n === 0 && !option.querySelector('input')!.checked;
  }
  for (const fieldset of box.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
    fieldset.hidden = [...fieldset.querySelectorAll<HTMLLabelElement>('label')].every((option) => option.hidden || option.querySelector('input')!.value === '');
  }
}

/** Small screens: where the filters fold into their summary line ("Filter results"), so results come first. */
const SMALL_SCREEN = '(max-width: 40em)';

/** Keeps the filters open on wide screens, and folded on small ones until the reader opens them. */
export function foldFiltersOnSmallScreens(filters: HTMLDetailsElement): void {
  const small = matchMedia(SMALL_SCREEN);
  const fit = () => {
    filters.open = !small.matches;
  };
  fit();
  small.addEventListener('change', fit);
}

/** The filters' summary line, saying how many are on: "Filter results (1 on)". */
export function showFiltersOn(summary: HTMLElement, count: number): void {
  summary.textContent = count > 0 ? ` (${count} on)` : '';
}
