/**
 * Checks that need more than one file: a schema validates one file at a time, so links
 * between articles, topics and references are checked here, and the build stops on any
 * problem with a message naming the file and the field.
 */

export interface ArticleToCheck {
  id: string;
  filePath: string;
  topic: string;
  related: readonly string[];
  references: readonly string[];
  body: string;
}

export interface KnownIds {
  articles: ReadonlySet<string>;
  references: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

/** Ids cited in an MDX body with <Cite id="a b" />. */
export function citedIds(body: string): string[] {
  return [...body.matchAll(/<Cite\s+id=["']([^"']*)["']/g)].flatMap((match) => match[1]!.split(/\s+/).filter(Boolean));
}

/** Article ids linked in an MDX body with <ArticleLink to="id">. */
export function linkedArticleIds(body: string): string[] {
  return [...body.matchAll(/<ArticleLink\s+to=["']([^"']*)["']/g)].map((match) => match[1]!);
}

function suggest(known: ReadonlySet<string>): string {
  const list = [...known].sort();
  return list.length > 0 ? ` Known ids: ${list.join(', ')}.` : '';
}

export function findContentProblems(articles: readonly ArticleToCheck[], known: KnownIds): string[] {
  const problems: string[] = [];
  for (const article of articles) {
    const at = (field: string, message: string) => problems.push(`${article.filePath}: ${field}: ${message}`);

    if (!known.topics.has(article.topic)) {
      at('topic', `"${article.topic}" is not a topic in topics.yaml.${suggest(known.topics)}`);
    }
    article.related.forEach((id, index) => {
      if (id === article.id) at(`related[${index}]`, 'an article cannot be related to itself.');
      else if (!known.articles.has(id)) at(`related[${index}]`, `"${id}" names no article.${suggest(known.articles)}`);
    });
    article.references.forEach((id, index) => {
      if (!known.references.has(id)) {
        at(`references[${index}]`, `"${id}" names no file in references/.${suggest(known.references)}`);
      }
    });

    const cited = new Set(citedIds(article.body));
    for (const id of cited) {
      if (!article.references.includes(id)) {
        at('body', `<Cite id="${id}"> cites a reference missing from the frontmatter's references list.`);
      }
    }
    article.references.forEach((id, index) => {
      if (!cited.has(id)) at(`references[${index}]`, `"${id}" is listed but never cited with <Cite id="${id}" />.`);
    });
    // Citations are numbered by their place in the list, so the list follows the text.
    const firstCited = [...cited].filter((id) => article.references.includes(id));
    const listed = article.references.filter((id) => cited.has(id));
    if (firstCited.join() !== listed.join()) {
      at('references', `list the references in the order the text first cites them, since they are numbered that way: [${firstCited.join(', ')}].`);
    }
    for (const id of new Set(linkedArticleIds(article.body))) {
      if (!known.articles.has(id)) at('body', `<ArticleLink to="${id}"> links to no article.${suggest(known.articles)}`);
    }
  }
  return problems;
}

export interface GlossaryTermToCheck {
  id: string;
  article: string;
}

/** Each glossary term must link to an article that exists. */
export function findGlossaryProblems(
  terms: readonly GlossaryTermToCheck[],
  articleIds: ReadonlySet<string>,
  filePath = 'content/glossary.yaml',
): string[] {
  return terms
    .filter((term) => !articleIds.has(term.article))
    .map((term) => `${filePath}: ${term.id}.article: "${term.article}" names no article.${suggest(articleIds)}`);
}

export interface AssessmentToCheck {
  domains: readonly { id: string; articles: readonly string[] }[];
  items: readonly ({ id: string } & ({ kind: 'scenario'; article: string } | { kind: string }))[];
}

/** Every article an assessment links to (domains' reading and scenarios' explanations) must exist. */
export function findAssessmentProblems(
  assessment: AssessmentToCheck,
  articleIds: ReadonlySet<string>,
  filePath: string,
): string[] {
  const problems: string[] = [];
  assessment.domains.forEach((domain, index) => {
    domain.articles.forEach((id, articleIndex) => {
      if (!articleIds.has(id)) problems.push(`${filePath}: domains.${index}.articles.${articleIndex}: "${id}" names no article.`);
    });
  });
  assessment.items.forEach((item, index) => {
    if ('article' in item && !articleIds.has(item.article)) {
      problems.push(`${filePath}: items.${index}.article: "${item.article}" names no article.`);
    }
  });
  return problems;
}

export interface ChecklistToCheck {
  sections: readonly { items: readonly { id: string; article: string }[] }[];
}

/** Every checklist item must link to an article that exists. */
export function findChecklistProblems(checklist: ChecklistToCheck, articleIds: ReadonlySet<string>, filePath: string): string[] {
  return checklist.sections.flatMap((section, sectionIndex) =>
    section.items.flatMap((item, itemIndex) =>
      articleIds.has(item.article)
        ? []
        : [`${filePath}: sections.${sectionIndex}.items.${itemIndex}.article: "${item.article}" names no article.`],
    ),
  );
}

/**
 * The text each citation of `referenceId` supports: the words between the previous citation (or
 * the start of the sentence) and the citation itself. "A <Cite a/>, and B <Cite b/>." gives "A"
 * for a and ", and B" for b, so a check on what is attributed to one source ignores the clause
 * attributed to another.
 */
export function claimsCitedTo(body: string, referenceId: string): string[] {
  const claims: string[] = [];
  for (const paragraph of body.split(/\n\s*\n/)) {
    let start = 0;
    for (const match of paragraph.matchAll(/<Cite\s+id=["']([^"']*)["']\s*\/>/g)) {
      const before = paragraph.slice(start, match.index);
      const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
      const claim = (sentenceStart >= 0 ? before.slice(sentenceStart + 2) : before).trim();
      if (match[1]!.split(/\s+/).includes(referenceId)) claims.push(claim);
      start = match.index + match[0].length;
    }
  }
  return claims;
}

export interface PracticeLinks {
  domains?: readonly { articles: readonly string[] }[];
  items?: readonly ({ article?: string } | object)[];
  sections?: readonly { items: readonly { article: string }[] }[];
}

/** Articles that no assessment or checklist links to: guidance that no tool puts into practice. */
export function articlesWithoutPractice(articleIds: Iterable<string>, tools: readonly PracticeLinks[]): string[] {
  const linked = new Set<string>();
  for (const tool of tools) {
    for (const domain of tool.domains ?? []) for (const id of domain.articles) linked.add(id);
    for (const item of tool.items ?? []) if ('article' in item && typeof item.article === 'string') linked.add(item.article);
    for (const section of tool.sections ?? []) for (const item of section.items) linked.add(item.article);
  }
  return [...articleIds].filter((id) => !linked.has(id)).sort();
}

export interface TrackToCheck {
  steps: readonly { kind: 'article' | 'assessment' | 'checklist' | 'tool'; id: string }[];
}

export interface StepTargets {
  article: ReadonlySet<string>;
  assessment: ReadonlySet<string>;
  checklist: ReadonlySet<string>;
  tool: ReadonlySet<string>;
}

const STEP_WORDS = { article: 'article', assessment: 'assessment', checklist: 'checklist', tool: 'tool' } as const;

/** Every step of a track must name an article, assessment, checklist or tool that exists. */
export function findTrackProblems(track: TrackToCheck, known: StepTargets, filePath: string): string[] {
  return track.steps.flatMap((step, index) =>
    known[step.kind].has(step.id)
      ? []
      : [`${filePath}: steps.${index}.id: "${step.id}" names no ${STEP_WORDS[step.kind]}.${suggest(known[step.kind])}`],
  );
}
