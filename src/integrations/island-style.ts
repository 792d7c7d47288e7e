import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { moveIslandStyleToHead } from '../lib/island-style.ts';
import { builtHtmlFiles } from './hosting-headers.ts';

/**
 * Moves Astro's island style (`astro-island{display:contents}`) from each built page's body into
 * its head, so every page is valid HTML (src/lib/island-style.ts). Runs before the integrations
 * that read the finished pages (search index, service worker precache).
 */
export default function islandStyleInHead(): AstroIntegration {
  return {
    name: 'mentorship-guide:island-style-in-head',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let moved = 0;
        for (const file of await builtHtmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const fixed = moveIslandStyleToHead(html);
          if (fixed === html) continue;
          await writeFile(file, fixed);
          moved += 1;
        }
        logger.info(`Moved the island style into <head> on ${moved} pages.`);
      },
    },
  };
}
