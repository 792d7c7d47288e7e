import { AUDIENCE_LABELS, AUDIENCES } from '../../schemas/audience';
import type { FilterGroup } from './state';

/** How the search page names a filter value: "Checklist" on a result, "Checklists" in the filter. */
export interface ValueLabel {
  one: string;
  many: string;
}

export interface FilterLabels {
  /** The legend of each filter group. */
  groups: Record<FilterGroup, string>;
  /** Known values in the order the filters list them; values found in the index but not here follow, as written. */
  values: Record<FilterGroup, Record<string, ValueLabel>>;
}

/**
 * Content types, as pages tag them with data-pagefind-filter="type:…". A new kind of page adds its
 * type here to get a friendly name; until then the search page shows the raw value.
 */
const TYPE_LABELS: Record<string, ValueLabel> = {
  Article: { one: 'Article', many: 'Articles' },
  Assessment: { one: 'Self-assessment', many: 'Self-assessments' },
  Checklist: { one: 'Checklist', many: 'Checklists' },
  Track: { one: 'Track', many: 'Tracks' },
  Tool: { one: 'Tool', many: 'Tools' },
  Glossary: { one: 'Glossary', many: 'Glossary' },
  Page: { one: 'Page', many: 'Other pages' },
};

export const FILTER_LABELS: FilterLabels = {
  groups: { type: 'Content type', audience: 'Written for' },
  values: {
    type: TYPE_LABELS,
    audience: Object.fromEntries(
      AUDIENCES.map((audience) => [audience, { one: AUDIENCE_LABELS[audience].replace(/s$/, ''), many: AUDIENCE_LABELS[audience] }]),
    ),
  },
};

