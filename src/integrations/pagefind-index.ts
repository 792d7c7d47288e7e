import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Index chunk size, in Pagefind's units (word positions). A query downloads the chunk holding
 * each of its words: the default (20000) makes chunks of about 28 KB for this site, 2000 about 3 KB,
 * which keeps a first search under its 100 KB budget (see `npm run bench:search`). Pagefind reads
 * it from an environment variable it marks unstable: should it go away, search still works, with
 * the default chunks, and the benchmark shows the larger download.
 */
const INDEX_CHUNK_SIZE = '2000';

/** Writes the Pagefind search index into the build output once Astro has written the pages. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'mentorship-guide:pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = fileURLToPath(dir);
        // Read by the Pagefind binary, which the first createIndex() call starts with this environment.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
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
