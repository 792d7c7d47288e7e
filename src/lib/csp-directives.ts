/**
 * The site's Content-Security-Policy directives (Astro adds the script and style hashes). A copy
 * served over plain HTTP (site.config.ts `https: false`, e.g. an intranet server without a
 * certificate) leaves out `upgrade-insecure-requests`, which would send its browsers to an HTTPS
 * address that does not answer.
 */
type Directive = `${'default-src' | 'object-src' | 'base-uri' | 'form-action' | 'img-src'} ${string}` | 'upgrade-insecure-requests';

export function cspDirectives({ https }: { https: boolean }): Directive[] {
  return [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "img-src 'self' data:",
    ...(https ? (['upgrade-insecure-requests'] as const) : []),
  ];
}
