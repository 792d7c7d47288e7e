import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, headersFile, siteCspHeader } from '../lib/hosting-headers.ts';

/** Every HTML file of a build, except Pagefind's and Vite's folders. */
export async function builtHtmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/[\\/](pagefind|_astro)[\\/]/.test(file.slice(dir.length)));
}

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) into the build output: the security headers and
 * cache lifetimes of src/lib/hosting-headers.ts, with the Content-Security-Policy read back from
 * the pages Astro wrote, so the header always carries this build's hashes.
 */
export default function hostingHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'mentorship-guide:hosting-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await builtHtmlFiles(outDir)) {
          const policy = cspFromHtml(await readFile(file, 'utf8'));
          if (policy) policies.push(policy);
        }
        await writeFile(join(outDir, '_headers'), headersFile({ base, csp: siteCspHeader(policies) }));
        logger.info(`Wrote _headers (security headers and cache lifetimes) for ${policies.length} pages.`);
      },
    },
  };
}
