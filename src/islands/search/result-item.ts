/** One result on the search page: its title link, type, topic and audience, and excerpts by section. */
import { labelOf } from '../../lib/search/filter-values';
import type { FilterLabels } from '../../lib/search/labels';
import type { PagefindFragment } from '../../lib/search/pagefind';
import { bestSections } from '../../lib/search/results';
import { element, excerpt } from './dom';

export function resultItem(fragment: PagefindFragment, labels: FilterLabels): HTMLLIElement {
  const item = element('li', 'search-result');
  const title = element('h2', 'search-result__title');
  const link = element('a', undefined, fragment.meta.title || fragment.url);
  link.href = fragment.url;
  title.append(link);
  item.append(title);

  const type = fragment.filters.type?.[0];
  const details = [
    type ? labelOf(labels, 'type', type).one : undefined,
    fragment.meta.topic,
    (fragment.filters.audience ?? []).map((audience) => labelOf(labels, 'audience', audience).many).join(', ') || undefined,
  ].filter(Boolean);
  if (details.length > 0) item.append(element('p', 'search-result__meta', details.join(' · ')));

  // Matches under headings show under each heading's link; the page's own excerpt covers the
  // rest (matches before the first heading), so that no excerpt shows twice.
  const sections = bestSections(fragment.sub_results);
  const lead = sections.length === 0 ? fragment.excerpt : fragment.sub_results.find((section) => !section.anchor)?.excerpt;
  if (lead) item.append(excerpt('search-result__excerpt', lead));
  if (sections.length > 0) {
    const sectionList = element('ul', 'search-result__sections');
    sectionList.setAttribute('aria-label', `Matching sections of ${link.textContent}`);
    for (const section of sections) {
      const entry = element('li');
      const sectionLink = element('a', undefined, section.title);
      sectionLink.href = section.url;
      entry.append(sectionLink, excerpt('search-result__excerpt', section.excerpt));
      sectionList.append(entry);
    }
    item.append(sectionList);
  }
  return item;
}
