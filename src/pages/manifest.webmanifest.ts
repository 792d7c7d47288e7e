import type { APIRoute } from 'astro';
import { appManifest, DEFAULT_THEME } from '../lib/offline/app-manifest';
import { SITE_ACCENT, SITE_LANG, SITE_SHORT_NAME, SITE_TAGLINE, SITE_TITLE } from '../site';

/** The web app manifest (linked from every page by BaseLayout): the site's or the institution's name and colour. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      appManifest({
        name: SITE_TITLE,
        shortName: SITE_SHORT_NAME,
        description: SITE_TAGLINE,
        lang: SITE_LANG,
        base: import.meta.env.BASE_URL,
        themeColour: SITE_ACCENT?.light ?? DEFAULT_THEME.accent,
      }),
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
