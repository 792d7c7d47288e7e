import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every HTML page in a build, as URL paths relative to the base ("", "articles/", "404.html"),
 * except the pages left at renamed articles' old addresses, which only send the reader on
 * (tests/e2e/redirects.test.ts).
 */
export function listBuiltPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html') && !readFileSync(full, 'utf8').includes('<meta http-equiv="refresh"')) {
        const path = relative(outDir, full).split(sep).join('/');
        pages.push(path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

export function isArticlePage(path: string): boolean {
  return /^articles\/(?!audience\/)[^/]+\/$/.test(path);
}
