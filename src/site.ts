/** Site-wide settings that pages and components share. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { HOSTED_BY, HOSTED_BY_LOGO, HOSTED_BY_URL, SITE_NAME, SITE_URL } from 'astro:env/server';

/** The site's name: "Mentorship Guide", or an institution's own (SITE_NAME at build time). */
export const SITE_TITLE = SITE_NAME;
/** The site's public address when the build was given one (SITE_URL), else undefined. */
export const PUBLIC_SITE_URL: string | undefined = SITE_URL;
/** Who hosts this copy, when an institution says so at build time (HOSTED_BY, HOSTED_BY_URL). */
export const SITE_HOST: { name: string; url?: string } | undefined = HOSTED_BY ? { name: HOSTED_BY, url: HOSTED_BY_URL } : undefined;
/**
 * The institution's logo beside the guide's name in the header (HOSTED_BY_LOGO: a file in
 * `public/`, e.g. /northfield-logo.svg), described by HOSTED_BY. The build stops when the file is
 * missing, rather than ship a broken image on every page.
 */
export const SITE_LOGO: { path: string; alt: string } | undefined = HOSTED_BY_LOGO ? logoSetting(HOSTED_BY_LOGO) : undefined;

function logoSetting(path: string): { path: string; alt: string } {
  if (path.split('/').includes('..') || !existsSync(resolve(process.cwd(), 'public', `.${path}`))) {
    throw new Error(`HOSTED_BY_LOGO is "${path}": put the logo file in public/ and give its path from there, e.g. /northfield-logo.svg.`);
  }
  if (!HOSTED_BY) throw new Error('HOSTED_BY_LOGO needs HOSTED_BY too: the institution\'s name is the logo\'s text alternative.');
  return { path, alt: HOSTED_BY };
}

export const SITE_TAGLINE = 'Evidence-based guidance for mentoring in academic medicine and science';
export const SITE_LANG = 'en-GB';

/** The builder's title (src/pages/agreement.astro), distinct from the article's and the checklist's. */
export const AGREEMENT_BUILDER_TITLE = 'Write your mentoring agreement';
/** The article and the checklist that go with the builder (AgreementCompanions links all three). */
export const AGREEMENT_ARTICLE = 'mentoring-agreement';
export const AGREEMENT_CHECKLIST = 'mentoring-agreement';

/** Articles whose "Put it into practice" box offers the mentoring agreement builder. */
export const AGREEMENT_BUILDER_ARTICLES: readonly string[] = ['mentoring-agreement', 'first-meeting', 'reviewing-agreements', 'competition'];
