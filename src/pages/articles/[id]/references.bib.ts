import type { APIRoute } from 'astro';
import { articleStaticPaths, referencesOf } from '../../../lib/article-references';
import { toBibtex } from '../../../lib/citation-export';
import type { ArticleEntry } from '../../../lib/content';

export const getStaticPaths = articleStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry }> = async ({ props }) =>
  new Response(toBibtex(await referencesOf(props.entry)), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
