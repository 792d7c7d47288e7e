// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import { loadSiteConfig } from './src/lib/site-config/load.ts';
import hostingHeaders from './src/integrations/hosting-headers.ts';
import articleRedirectPages from './src/integrations/article-redirects.ts';
import { cspDirectives } from './src/lib/csp-directives.ts';
import islandStyleInHead from './src/integrations/island-style.ts';
import { quietKnownBuildWarnings } from './src/integrations/quiet-build.ts';
import publicAddressNotice from './src/integrations/public-address.ts';
import serviceWorker from './src/integrations/service-worker.ts';

/**
 * Deployment settings come from the environment so that one build recipe serves every host:
 * BASE_PATH (e.g. /mentoring/) when the site lives below a path, SITE_URL (the public address)
 * for canonical links, link previews and the sitemap, and (validated by `env.schema` below) an
 * institution's own SITE_NAME and HOSTED_BY / HOSTED_BY_URL. OUT_DIR and CONTENT_DIR exist for the test builds.
 *
 * An institution's own copy is described by site.config.ts (name, institution, accent colour,
 * welcome, contacts), checked here before anything is built; SITE_CONFIG names another file. The
 * site reads the checked settings from `virtual:site-config`; the variables above win over them.
 */
const base = process.env.BASE_PATH || '/';
// Without a public address the build leaves out what would point at it (publicAddressNotice says so).
const site = process.env.SITE_URL || undefined;
const siteConfig = await loadSiteConfig(import.meta.dirname, process.env.SITE_CONFIG || undefined);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  // 'jsx' (the default) can drop the space between inline elements; true keeps one.
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { syntaxHighlight: false },
  // islandStyleInHead rewrites pages: it runs before the integrations that read them (the service worker precaches them).
  integrations: [
    mdx(),
    preact(),
    ...(site ? [sitemap({ filter: (page) => !page.endsWith('/offline/') })] : []),
    publicAddressNotice(),
    islandStyleInHead(),
    pagefindIndex(),
    articleRedirectPages(),
    serviceWorker(),
    hostingHeaders(),
  ],
  devToolbar: { enabled: false },
  env: {
    schema: {
      // What the header, page titles and footer call the site: an institution's copy may use its own name.
      SITE_NAME: envField.string({ context: 'server', access: 'public', optional: true, min: 1, max: 60 }),
      // The public address (also the `site` above): validated here, and printed on paper copies.
      SITE_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      // Who hosts this copy, named in every page's footer (with a link when HOSTED_BY_URL is set).
      HOSTED_BY: envField.string({ context: 'server', access: 'public', optional: true, min: 1, max: 120 }),
      HOSTED_BY_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      // The institution's logo, shown beside the guide's name: a file in public/, e.g. /northfield-logo.svg.
      HOSTED_BY_LOGO: envField.string({ context: 'server', access: 'public', optional: true, startsWith: '/', max: 200 }),
    },
  },
  vite: {
    plugins: [siteConfigModule(siteConfig), quietKnownBuildWarnings()],
    build: {
      // One small stylesheet for the whole site: fetched once, then cached for every page.
      cssCodeSplit: false,
    },
  },
  security: {
    csp: {
      // Pagefind searches with WebAssembly, on any page once the reader starts a search. Naming a
      // script source replaces Astro's default ('self'), so it is named again.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: cspDirectives(siteConfig),
    },
  },
});

/**
 * `import siteConfig from 'virtual:site-config'`: the checked settings of the config file.
 * @param {unknown} config
 * @returns {import('vite').Plugin}
 */
function siteConfigModule(config) {
  const id = 'virtual:site-config';
  return {
    name: 'mentorship-guide:site-config',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? `export default ${JSON.stringify(config)};` : undefined),
  };
}
