import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Writes the Pagefind search index into the build output once Astro has written the pages. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'mentorship-guide:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          const { errors: addErrors, page_count } = await index.addDirectory({ path: outputPath });
          if (addErrors.length > 0) throw new Error(`Pagefind could not index the site: ${addErrors.join('; ')}`);
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outputPath}/pagefind` });
          if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index: ${writeErrors.join('; ')}`);
          logger.info(`Indexed ${page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
