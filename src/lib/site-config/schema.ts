/**
 * The shape of site.config.ts, an institution's settings for its own copy of the guide, and the
 * check that turns what the file exports into settings the site can use: every mistake is
 * reported with the file, the field and what to do about it, before anything is built.
 */
import { z } from 'astro/zod';
import { formatRatio, isHexColour } from '../contrast';
import { accentContrast, derivedDarkAccent, MINIMUM_TEXT_CONTRAST, nearestPassingAccent, type ColourScheme } from './accent';
import { uniqueIdList } from '../../schemas/ids';

export const DEFAULT_SITE_NAME = 'Mentorship Guide';

const hexColour = z
  .string({ error: 'Give the colour as a hex code, e.g. "#0a5c70".' })
  .refine(isHexColour, { error: 'Write the colour as a hex code, "#rrggbb" (e.g. "#0a5c70").' });

const contactSchema = z
  .strictObject({
    /** What the contact is for, e.g. "Mentoring programme office", "Ombudsperson", "Staff wellbeing service". */
    role: z.string({ error: 'Say what the contact is for, e.g. "Ombudsperson".' }).trim().min(2).max(80, { error: 'Keep the role under 80 characters.' }),
    /** A person's or an office's name, when there is one to give. */
    name: z.string().trim().min(2).max(100, { error: 'Keep the name under 100 characters.' }).optional(),
    email: z.email({ error: 'Give an email address, e.g. "mentoring@northfield.example".' }).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 ()./-]{3,24}$/, { error: 'Give a phone number in digits, e.g. "+44 20 7946 0000".' })
      .optional(),
    url: z.url({ protocol: /^https?$/, error: 'Give the full address of a web page, starting https://.' }).optional(),
  })
  .refine((contact) => contact.email || contact.phone || contact.url, {
    error: 'Give at least one way to reach this contact: an email, a phone number or a web page (url).',
  });

export type LocalContact = z.infer<typeof contactSchema>;

/** What the config check needs to know about the project around the file. */
export interface SiteConfigContext {
  /** Whether `public/<path>` exists (path as given, starting with "/"). */
  publicFileExists: (path: string) => boolean;
}

function siteConfigSchema(context: SiteConfigContext) {
  const logo = z
    .string({ error: 'Give the logo as a path in public/, e.g. "/northfield-logo.svg".' })
    .regex(/^\/[^?#]*\.(svg|png)$/i, { error: 'Put an SVG or PNG file in public/ and give its path from there, e.g. "/northfield-logo.svg".' })
    .refine((path) => !path.split('/').includes('..'), { error: 'The logo must be inside public/: remove ".." from the path.' })
    .refine((path) => context.publicFileExists(path), {
      error: (issue) => `There is no file public${String(issue.input)}: put the logo file in public/ and give its path from there, e.g. "/northfield-logo.svg".`,
    });

  const accent = z
    .union([hexColour, z.strictObject({ light: hexColour, dark: hexColour.optional() })], {
      error: 'Give one colour ("#0a5c70") or one for each scheme ({ light: "#0a5c70", dark: "#7fcfe0" }).',
    })
    .superRefine((value, ctx) => {
      const light = typeof value === 'string' ? value : value.light;
      const dark = typeof value === 'string' ? undefined : value.dark;
      const check = (colour: string, scheme: ColourScheme, path: string[]) => {
        if (!isHexColour(colour)) return; // already reported
        const ratio = accentContrast(colour, scheme);
        if (ratio >= MINIMUM_TEXT_CONTRAST) return;
        const nearest = nearestPassingAccent(colour, scheme);
        ctx.addIssue({
          code: 'custom',
          path,
          message:
            `${colour} has a contrast of only ${formatRatio(ratio)} in the ${scheme} scheme; WCAG AA asks for ${MINIMUM_TEXT_CONTRAST}:1 ` +
            `(as link text on the page's backgrounds, and behind button text). ` +
            (nearest ? `The nearest passing shade is ${nearest}: use it, or pick a ${scheme === 'light' ? 'darker' : 'lighter'} colour.` : `Pick a ${scheme === 'light' ? 'darker' : 'lighter'} colour.`),
        });
      };
      check(light, 'light', typeof value === 'string' ? [] : ['light']);
      if (dark) check(dark, 'dark', ['dark']);
    });

  return z.strictObject({
    /** The site's name in the header, page titles and footer. */
    name: z.string({ error: 'Give the site a name, e.g. "Northfield Mentoring Guide".' }).trim().min(2).max(60, { error: 'Keep the name under 60 characters: it sits in the header of every page.' }).default(DEFAULT_SITE_NAME),
    /** A short form of the name, for a phone's home screen; the name when not given. */
    shortName: z.string().trim().min(2).max(20, { error: 'Keep the short name under 20 characters.' }).optional(),
    /** Who provides this copy: named in the footer, with its logo beside the site's name. */
    institution: z
      .strictObject({
        name: z.string({ error: 'Give the institution\'s name (also the text alternative of its logo).' }).trim().min(2).max(120, { error: 'Keep the name under 120 characters.' }),
        url: z.url({ protocol: /^https?$/, error: 'Give the full address of the institution\'s web page, starting https://.' }).optional(),
        logo: logo.optional(),
      })
      .optional(),
    /** The accent colour (links, buttons, marks); checked for WCAG AA contrast in both schemes. */
    accent: accent.optional(),
    /** A paragraph on the home page, below its introduction: plain text. */
    welcome: z.string().trim().min(20, { error: 'The welcome is too short to say anything: write a sentence or two, or leave it out.' }).max(600, { error: 'Keep the welcome under 600 characters: one short paragraph.' }).optional(),
    /** Tracks to feature, by id (the file name under content/tracks/). */
    featuredTracks: uniqueIdList('featuredTracks').default([]),
    /** Whom readers at the institution can ask: the footer, the contacts page and the pages about problems list them. */
    contacts: z.array(contactSchema, { error: 'List the contacts in square brackets: contacts: [{ role: "…", email: "…" }].' }).max(12, { error: 'List at most 12 contacts: the ones a reader most needs.' }).default([]),
    /**
     * Whether the copy is served over HTTPS (the default). Set false only for a copy on plain HTTP,
     * such as an intranet server without a certificate: pages then stop asking browsers to upgrade
     * their requests to HTTPS, which would fail there.
     */
    https: z.boolean({ error: 'Write https: true (served over HTTPS, the default) or https: false (plain HTTP only).' }).default(true),
    /** A folder of the institution's own articles, checklists and tracks (e.g. "local/"), beside the shipped content. */
    localContent: z
      .string()
      .regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, { error: 'Give a folder inside the project, e.g. "local/".' })
      .optional(),
  });
}

/** What site.config.ts may export (see the file itself for an example of each field). */
export type SiteConfigInput = z.input<ReturnType<typeof siteConfigSchema>>;

/** The checked settings: the accent in both schemes, defaults filled in. */
export interface SiteConfig {
  name: string;
  shortName: string;
  institution?: { name: string; url?: string; logo?: string };
  accent?: { light: string; dark: string };
  welcome?: string;
  featuredTracks: string[];
  contacts: LocalContact[];
  https: boolean;
  localContent?: string;
}

export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

function describePath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('') || '(the whole file)';
}

/**
 * Checks what the config file exports; throws a SiteConfigError listing every mistake, each as
 * "<file>: <field>: <what to do>".
 */
export function parseSiteConfig(input: unknown, file: string, context: SiteConfigContext): SiteConfig {
  const result = siteConfigSchema(context).safeParse(input ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${file}: ${describePath(issue.path)}: ${issue.message}`);
    throw new SiteConfigError(`The site config has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.join('\n')}`);
  }
  const { accent, shortName, ...config } = result.data;
  return {
    ...config,
    shortName: shortName ?? config.name,
    accent: accent === undefined ? undefined : resolveAccent(accent),
  };
}

function resolveAccent(accent: string | { light: string; dark?: string }): { light: string; dark: string } {
  const light = typeof accent === 'string' ? accent : accent.light;
  const dark = (typeof accent === 'string' ? undefined : accent.dark) ?? derivedDarkAccent(light);
  // Lightening always reaches white, which passes on the dark backgrounds.
  return { light: light.toLowerCase(), dark: dark!.toLowerCase() };
}

/**
 * The config's featured tracks that name no track (once the site has a tracks collection, the
 * page that features them calls this with the collection's ids and throws what it returns).
 */
export function unknownFeaturedTracks(featured: readonly string[], trackIds: readonly string[], file: string): string | undefined {
  const unknown = featured.filter((id) => !trackIds.includes(id));
  if (unknown.length === 0) return undefined;
  return unknown
    .map((id) => `${file}: featuredTracks[${featured.indexOf(id)}]: "${id}" names no track. Known tracks: ${trackIds.join(', ') || 'none yet'}.`)
    .join('\n');
}
