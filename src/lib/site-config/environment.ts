/**
 * The environment variables that named an institution's copy before the config file existed
 * (SITE_NAME, HOSTED_BY, HOSTED_BY_URL, HOSTED_BY_LOGO): each still works, and wins over the
 * file's field, so a deployment can rename a copy without editing it.
 */
import type { SiteConfig, SiteConfigContext } from './schema';

export interface SiteEnvironment {
  SITE_NAME?: string | undefined;
  HOSTED_BY?: string | undefined;
  HOSTED_BY_URL?: string | undefined;
  HOSTED_BY_LOGO?: string | undefined;
}

export interface SiteIdentity {
  name: string;
  shortName: string;
  host?: { name: string; url?: string };
  logo?: { path: string; alt: string };
}

/** The site's name, host and logo: each variable that is set, else the config's field. */
export function siteIdentity(config: SiteConfig, env: SiteEnvironment, context: SiteConfigContext): SiteIdentity {
  const hostName = env.HOSTED_BY ?? config.institution?.name;
  const hostUrl = env.HOSTED_BY_URL ?? config.institution?.url;
  const logoPath = env.HOSTED_BY_LOGO ?? config.institution?.logo;
  if (env.HOSTED_BY_LOGO !== undefined) {
    const path = env.HOSTED_BY_LOGO;
    if (path.split('/').includes('..') || !context.publicFileExists(path)) {
      throw new Error(`HOSTED_BY_LOGO is "${path}": put the logo file in public/ and give its path from there, e.g. /northfield-logo.svg.`);
    }
    if (!hostName) throw new Error("HOSTED_BY_LOGO needs HOSTED_BY too: the institution's name is the logo's text alternative.");
  }
  return {
    name: env.SITE_NAME ?? config.name,
    shortName: env.SITE_NAME ?? config.shortName,
    host: hostName ? { name: hostName, ...(hostUrl && { url: hostUrl }) } : undefined,
    logo: logoPath && hostName ? { path: logoPath, alt: hostName } : undefined,
  };
}
