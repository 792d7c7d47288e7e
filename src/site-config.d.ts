/** The checked settings of site.config.ts (or SITE_CONFIG's file), provided by astro.config.mjs. */
declare module 'virtual:site-config' {
  const siteConfig: import('./lib/site-config/schema').SiteConfig & { file: string };
  export default siteConfig;
}
