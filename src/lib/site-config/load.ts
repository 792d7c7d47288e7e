/**
 * Reads the site config at build time (astro.config.mjs): site.config.ts at the project root,
 * or the file named by SITE_CONFIG (the test builds use a fixture).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSiteConfig, type SiteConfig } from './schema';

export const DEFAULT_SITE_CONFIG_FILE = 'site.config.ts';

export async function loadSiteConfig(root: string, file = DEFAULT_SITE_CONFIG_FILE): Promise<SiteConfig & { file: string }> {
  const path = resolve(root, file);
  // Named from the project root, or in full when it lies outside the project.
  const shown = relative(root, path).startsWith('..') ? path : relative(root, path);
  if (!existsSync(path)) {
    throw new Error(`SITE_CONFIG names ${shown}, which does not exist: give the path of the config file from the project root, e.g. site.config.ts.`);
  }
  const exported = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as { default?: unknown };
  if (exported.default === undefined) {
    throw new Error(`${shown} has no default export: end it with "export default { name: '…', … } satisfies SiteConfigInput;".`);
  }
  const config = parseSiteConfig(exported.default, shown, { publicFileExists: publicFileExistsIn(root) });
  if (config.localContent && !existsSync(resolve(root, config.localContent))) {
    throw new Error(
      `${shown}: localContent: there is no folder ${config.localContent}: create it (with articles/ and checklists/ inside), or remove the field.`,
    );
  }
  return { ...config, file: shown };
}

/** Whether a path given from public/ ("/logo.svg") names a file there. */
export function publicFileExistsIn(root: string): (path: string) => boolean {
  return (path) => existsSync(resolve(root, 'public', `.${path}`));
}
