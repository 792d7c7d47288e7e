/**
 * Site-wide settings that pages and components share: an institution's own from site.config.ts
 * (checked at build time, see src/lib/site-config/), each overridden by its environment variable
 * when that is set (SITE_NAME, HOSTED_BY, HOSTED_BY_URL, HOSTED_BY_LOGO).
 */
import { HOSTED_BY, HOSTED_BY_LOGO, HOSTED_BY_URL, SITE_NAME, SITE_URL } from 'astro:env/server';
import siteConfig from 'virtual:site-config';
import type { LocalContact } from './lib/site-config/schema';
import { siteIdentity } from './lib/site-config/environment';
import { publicFileExistsIn } from './lib/site-config/load';

const identity = siteIdentity(
  siteConfig,
  { SITE_NAME, HOSTED_BY, HOSTED_BY_URL, HOSTED_BY_LOGO },
  { publicFileExists: publicFileExistsIn(process.cwd()) },
);
/** The site's name: "Mentorship Guide", or an institution's own. */
export const SITE_TITLE = identity.name;
/** The name for a phone's home screen. */
export const SITE_SHORT_NAME = identity.shortName;
/** The site's public address when the build was given one (SITE_URL), else undefined. */
export const PUBLIC_SITE_URL: string | undefined = SITE_URL;
/** Who hosts this copy, when an institution says so. */
export const SITE_HOST: { name: string; url?: string } | undefined = identity.host;
/**
 * The institution's logo beside the guide's name in the header (a file in `public/`, e.g.
 * /northfield-logo.svg), described by the institution's name. The build stops when the file is
 * missing, rather than ship a broken image on every page.
 */
export const SITE_LOGO: { path: string; alt: string } | undefined = identity.logo;

/** The accent colour in each scheme, when the config sets one (else tokens.css's). */
export const SITE_ACCENT: { light: string; dark: string } | undefined = siteConfig.accent;
/** The home page's welcome paragraph, when the config gives one. */
export const SITE_WELCOME: string | undefined = siteConfig.welcome;
/** Whom readers can ask at this institution (may be none: pages then say whom to ask in general). */
export const LOCAL_CONTACTS: readonly LocalContact[] = siteConfig.contacts;
/** Tracks the home page features, by id. */
export const FEATURED_TRACKS: readonly string[] = siteConfig.featuredTracks;

/**
 * Articles where a reader may need someone to talk to: each shows "Who to ask here" (the local
 * contacts, or whom to ask in general).
 */
export const HELP_ARTICLES: readonly string[] = ['warning-signs', 'conflicts-of-interest', 'ending-well'];

export const SITE_TAGLINE = 'Evidence-based guidance for mentoring in academic medicine and science';
export const SITE_LANG = 'en-GB';

/** The builder's title (src/pages/agreement.astro), distinct from the article's and the checklist's. */
export const AGREEMENT_BUILDER_TITLE = 'Write your mentoring agreement';
/** The article and the checklist that go with the builder (AgreementCompanions links all three). */
export const AGREEMENT_ARTICLE = 'mentoring-agreement';
export const AGREEMENT_CHECKLIST = 'mentoring-agreement';

/** Articles whose "Put it into practice" box offers the mentoring agreement builder. */
export const AGREEMENT_BUILDER_ARTICLES: readonly string[] = ['mentoring-agreement', 'first-meeting', 'reviewing-agreements', 'competition'];

/** My mentoring network (src/pages/network.astro) and My development plan (src/pages/plan.astro). */
export const NETWORK_TITLE = 'My mentoring network';
export const PLAN_TITLE = 'My development plan';
/** Articles whose "Put it into practice" box offers the network map, and the development plan. */
export const NETWORK_ARTICLES: readonly string[] = ['mentoring-models', 'managing-up', 'mentor-coach-sponsor-supervisor', 'what-mentors-offer'];
export const PLAN_ARTICLES: readonly string[] = ['managing-up', 'meeting-rhythm', 'reviewing-agreements', 'what-mentors-offer'];
