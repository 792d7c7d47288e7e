import { loadSiteContent, type ArticleEntry } from './content';
import type { CitableReference } from './references';

/** An article's references in the order its frontmatter lists them, with their data. */
export async function referencesOf(entry: ArticleEntry): Promise<{ id: string; data: CitableReference }[]> {
  const { references } = await loadSiteContent();
  return entry.data.references.map((id) => ({ id, data: references.get(id)! }));
}

/** One static path per article, for the article page and its reference-list files. */
export async function articleStaticPaths() {
  const { articles } = await loadSiteContent();
  return articles.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
