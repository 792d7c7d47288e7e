import type { AstroIntegration } from 'astro';

/**
 * What a build without a public address leaves out, said once: canonical links, the link-preview
 * address (og:url) and the sitemap all need the address the site will be read at, and pointing
 * them at localhost would mislead search engines and chat apps. The site itself works the same.
 */
export const NO_PUBLIC_ADDRESS_WARNING =
  'No public address (SITE_URL): pages get no canonical link or og:url, and no sitemap is written. ' +
  'Fine for a local or test build; to publish, build with SITE_URL=https://your-host.example.';

/** Warns once per build when the config has no `site` (SITE_URL). */
export default function publicAddressNotice(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'mentorship-guide:public-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': ({ logger }) => {
        if (!site) logger.warn(NO_PUBLIC_ADDRESS_WARNING);
      },
    },
  };
}
