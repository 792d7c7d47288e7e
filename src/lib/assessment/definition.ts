import type { Assessment } from '../../schemas/assessment';
import type { AssessmentDefinition } from './types';

/** The part of an assessment the browser needs to run it: no intro text or page metadata. */
export function toDefinition(id: string, data: Assessment): AssessmentDefinition {
  return {
    id,
    title: data.title,
    version: data.version,
    scales: data.scales,
    bands: data.bands,
    groups: data.groups,
    domains: data.domains,
    items: data.items,
  };
}

/** Every article an assessment links to, so the page can resolve them once at build time. */
export function linkedArticleIds(data: Assessment): string[] {
  const ids = [
    ...data.domains.flatMap((domain) => domain.articles),
    ...data.items.flatMap((item) => (item.kind === 'scenario' ? [item.article] : [])),
  ];
  return [...new Set(ids)];
}
