import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { articleRedirects, redirectPage, type ArticleAddress } from '../lib/redirects.ts';
import { articleSchema } from '../schemas/article.ts';

/** Title and former ids of each article, read from its frontmatter (already validated by the content collection). */
async function articleAddresses(contentDir: string): Promise<ArticleAddress[]> {
  const dir = resolve(contentDir, 'articles');
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.mdx'));
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(join(dir, file), 'utf8');
      const frontmatter = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') ?? {};
      const { title, formerIds } = articleSchema.parse(frontmatter);
      return { id: file.replace(/\.mdx$/, '').replaceAll('\\', '/'), title, formerIds };
    }),
  );
}

/** Leaves a page at the old address of every renamed article (see src/lib/redirects.ts). */
export default function articleRedirectPages(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'mentorship-guide:article-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const redirects = articleRedirects(await articleAddresses(process.env.CONTENT_DIR ?? './content'));
        for (const redirect of redirects) {
          const folder = join(outDir, 'articles', redirect.from);
          await mkdir(folder, { recursive: true });
          await writeFile(join(folder, 'index.html'), redirectPage({ redirect, base, site }));
        }
        if (redirects.length > 0) logger.info(`Left ${redirects.length} page(s) at renamed articles' old addresses.`);
      },
    },
  };
}
