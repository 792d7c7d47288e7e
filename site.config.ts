/**
 * Settings for this copy of the guide. An institution making its own copy edits this file (or
 * points the build at another one with SITE_CONFIG=path/to/file.ts) and rebuilds: the build checks
 * every field and stops, naming the field and what to do, when one is wrong. The environment
 * variables SITE_NAME, HOSTED_BY, HOSTED_BY_URL and HOSTED_BY_LOGO still work and win over the file.
 *
 * An example for an institution:
 *
 *   export default {
 *     name: 'Northfield Mentoring Guide',
 *     shortName: 'Mentoring',
 *     institution: { name: 'Northfield School of Medicine', url: 'https://med.northfield.example/', logo: '/northfield-logo.svg' },
 *     accent: '#7a1f5c',              // or { light: '#7a1f5c', dark: '#f0a6d6' }
 *     welcome: 'Welcome to the Northfield faculty mentoring programme. …',
 *     featuredTracks: ['new-mentee'],
 *     contacts: [
 *       { role: 'Mentoring programme office', email: 'mentoring@northfield.example', phone: '+44 20 7946 0000' },
 *       { role: 'Ombudsperson', name: 'Dr A. Example', url: 'https://med.northfield.example/ombuds' },
 *     ],
 *     localContent: 'local/',        // the institution's own articles/, checklists/ and tracks/
 *     https: false,                  // only for a copy served over plain HTTP (an intranet without a certificate)
 *   } satisfies SiteConfigInput;
 */
import type { SiteConfigInput } from './src/lib/site-config/schema';

export default {
  /** The site's name in the header, page titles and footer (at most 60 characters). */
  name: 'Mentorship Guide',
  /** The institution providing this copy: its name, web page and logo (an SVG or PNG in public/). None here. */
  // institution: { name: '…', url: 'https://…', logo: '/logo.svg' },
  /** The accent colour of links and buttons; the build rejects one that fails WCAG AA contrast. The default is the guide's teal. */
  // accent: '#0a5c70',
  /** A paragraph for the home page, e.g. how the guide fits the institution's programme. */
  // welcome: '…',
  /** Whom readers can ask at the institution: role, and name, email, phone, url as you have them. */
  contacts: [],
} satisfies SiteConfigInput;
