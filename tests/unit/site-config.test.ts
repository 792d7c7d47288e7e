import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, nearestPassingShade } from '../../src/lib/contrast';
import { accentContrast, accentStyle, MINIMUM_TEXT_CONTRAST, SCHEME_COLOURS } from '../../src/lib/site-config/accent';
import { siteIdentity } from '../../src/lib/site-config/environment';
import { loadSiteConfig } from '../../src/lib/site-config/load';
import { parseSiteConfig, unknownFeaturedTracks, type SiteConfigInput } from '../../src/lib/site-config/schema';

const FILE = 'site.config.ts';
const inPublic = new Set(['/northfield-logo.svg', '/crest.png']);
const context = { publicFileExists: (path: string) => inPublic.has(path) };
const parse = (input: SiteConfigInput) => parseSiteConfig(input, FILE, context);
/** The message of the error that parsing `input` throws. */
const problem = (input: unknown) => {
  try {
    parseSiteConfig(input, FILE, context);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
};

describe('contrast', () => {
  it('measures black on white as 21:1 and a colour on itself as 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0a5c70', '#0a5c70')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('rounds a ratio down, so one just short of 4.5:1 never reads as passing', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(8.126)).toBe('8.12:1');
  });

  it('finds the first shade that passes, stepping darker or lighter', () => {
    const shade = nearestPassingShade('#777777', (colour) => contrastRatio(colour, '#ffffff'), 4.5, 'darker')!;
    expect(contrastRatio(shade, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(shade, '#ffffff')).toBeLessThan(4.8);
    expect(nearestPassingShade('#777777', () => 1, 4.5, 'lighter')).toBeUndefined();
  });
});

describe('the accent colour checks', () => {
  it("use the backgrounds of tokens.css, and the guide's own teal passes in both schemes", () => {
    const tokens = readFileSync(resolve(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
    const [light, dark] = tokens.split('@media (prefers-color-scheme: dark)');
    const token = (css: string, name: string) => css.match(new RegExp(`--color-${name}: (#[0-9a-f]{6});`))![1];
    for (const [scheme, css] of [['light', light], ['dark', dark]] as const) {
      expect(SCHEME_COLOURS[scheme]).toEqual({ bg: token(css, 'bg'), surface: token(css, 'surface'), onAccent: token(css, 'on-accent') });
    }
    expect(accentContrast(token(light, 'accent'), 'light')).toBeGreaterThanOrEqual(MINIMUM_TEXT_CONTRAST);
    expect(accentContrast(token(dark, 'accent'), 'dark')).toBeGreaterThanOrEqual(MINIMUM_TEXT_CONTRAST);
  });

  it('writes custom properties for both schemes that outrank tokens.css', () => {
    const css = accentStyle({ light: '#7a1f5c', dark: '#ba8baa' });
    expect(css).toMatch(/^:root:root\{--color-accent:#7a1f5c;--color-accent-strong:#[0-9a-f]{6};--color-accent-soft:#[0-9a-f]{6}\}/);
    expect(css).toContain('@media (prefers-color-scheme: dark){:root:root{--color-accent:#ba8baa;');
  });
});

describe('the site config', () => {
  it('ships with the defaults: Mentorship Guide, no institution, no contacts', async () => {
    const config = await loadSiteConfig(resolve(import.meta.dirname, '../..'));
    expect(config).toEqual({ file: 'site.config.ts', name: 'Mentorship Guide', shortName: 'Mentorship Guide', featuredTracks: [], contacts: [], https: true });
  });

  it('reads the test builds\' institution file, every field set', async () => {
    const config = await loadSiteConfig(resolve(import.meta.dirname, '../..'), 'tests/fixtures/northfield.config.ts');
    expect(config.name).toBe('Northfield Mentoring Guide');
    expect(config.institution?.logo).toBe('/favicon.svg');
    expect(config.accent?.light).toBe('#7a1f5c');
    expect(config.contacts).toHaveLength(3);
    expect(config.localContent).toBe('tests/fixtures/local-content/');
  });

  it('names the file when SITE_CONFIG points at one that does not exist', async () => {
    await expect(loadSiteConfig(resolve(import.meta.dirname, '../..'), 'northfield.config.ts')).rejects.toThrow(
      'SITE_CONFIG names northfield.config.ts, which does not exist',
    );
  });

  it('names the field when the local content folder does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
    try {
      writeFileSync(join(dir, 'site.config.ts'), "export default { localContent: 'local/' };");
      await expect(loadSiteConfig(dir)).rejects.toThrow('site.config.ts: localContent: there is no folder local/: create it');
      mkdirSync(join(dir, 'local'));
      await expect(loadSiteConfig(dir)).resolves.toMatchObject({ localContent: 'local/' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts every field and fills in the short name from the name', () => {
    const config = parse({
      name: 'Northfield Mentoring Guide',
      institution: { name: 'Northfield School of Medicine', url: 'https://med.northfield.example/', logo: '/northfield-logo.svg' },
      accent: { light: '#7a1f5c', dark: '#F0A6D6' },
      welcome: 'Welcome to the Northfield faculty mentoring programme.',
      featuredTracks: ['new-mentee', 'new-mentor'],
      contacts: [{ role: 'Ombudsperson', name: 'Dr Ada Example', email: 'ombuds@northfield.example', phone: '+44 20 7946 0000', url: 'https://med.northfield.example/ombuds' }],
      localContent: 'local/',
      https: false,
    });
    expect(config.shortName).toBe('Northfield Mentoring Guide');
    expect(config.https).toBe(false);
    expect(config.accent).toEqual({ light: '#7a1f5c', dark: '#f0a6d6' });
    expect(config.featuredTracks).toEqual(['new-mentee', 'new-mentor']);
    expect(config.contacts[0].role).toBe('Ombudsperson');
  });

  it.each([
    ['a name too long for the header', { name: 'The Northfield School of Medicine Faculty Development Mentoring Guide' }, 'site.config.ts: name: Keep the name under 60 characters'],
    ['a short name too long', { shortName: 'Northfield Mentoring Guide' }, 'site.config.ts: shortName: Keep the short name under 20 characters'],
    ['an institution without a name', { institution: { url: 'https://med.northfield.example/' } }, "site.config.ts: institution.name: Give the institution's name"],
    ['an institution address that is not a URL', { institution: { name: 'Northfield', url: 'the intranet page' } }, 'site.config.ts: institution.url: Give the full address'],
    ['a logo missing from public/', { institution: { name: 'Northfield', logo: '/northfield-logo.png' } }, 'site.config.ts: institution.logo: There is no file public/northfield-logo.png: put the logo file in public/'],
    ['a logo that is neither SVG nor PNG', { institution: { name: 'Northfield', logo: '/crest.gif' } }, 'site.config.ts: institution.logo: Put an SVG or PNG file in public/'],
    ['a logo outside public/', { institution: { name: 'Northfield', logo: '/../crest.png' } }, 'site.config.ts: institution.logo: The logo must be inside public/'],
    ['an accent that is not a hex colour', { accent: 'plum' }, 'site.config.ts: accent: Write the colour as a hex code'],
    ['a one-line welcome', { welcome: 'Hello!' }, 'site.config.ts: welcome: The welcome is too short'],
    ['a featured track that is not an id', { featuredTracks: ['New Mentee'] }, 'site.config.ts: featuredTracks[0]: Ids are lower-case words joined by hyphens'],
    ['a featured track listed twice', { featuredTracks: ['new-mentee', 'new-mentee'] }, 'site.config.ts: featuredTracks[1]: "new-mentee" is listed twice'],
    ['a contact without a role', { contacts: [{ email: 'mentoring@northfield.example' }] }, 'site.config.ts: contacts[0].role: Say what the contact is for'],
    ['a contact with no way to reach them', { contacts: [{ role: 'Ombudsperson', name: 'Dr Ada Example' }] }, 'site.config.ts: contacts[0]: Give at least one way to reach this contact'],
    ['a contact email that is not one', { contacts: [{ role: 'Ombudsperson', email: 'ombuds at northfield' }] }, 'site.config.ts: contacts[0].email: Give an email address'],
    ['a contact phone in words', { contacts: [{ role: 'Ombudsperson', phone: 'ask reception' }] }, 'site.config.ts: contacts[0].phone: Give a phone number in digits'],
    ['a contact page that is not a web address', { contacts: [{ role: 'Ombudsperson', url: 'intranet/ombuds' }] }, 'site.config.ts: contacts[0].url: Give the full address of a web page'],
    ['https written as a word', { https: 'no' }, 'site.config.ts: https: Write https: true (served over HTTPS, the default) or https: false'],
    ['a local content folder outside the project', { localContent: '../elsewhere/' }, 'site.config.ts: localContent: Give a folder inside the project'],
    ['a misspelt field', { acent: '#7a1f5c' }, 'site.config.ts: (the whole file): Unrecognized key: "acent"'],
  ])('rejects %s, naming the file and the field', (_case, input, expected) => {
    expect(problem(input)).toContain(expected);
  });

  it('rejects an accent too pale for the light scheme, giving the ratio and the nearest darker shade that passes', () => {
    const message = problem({ accent: '#3399ff' });
    const [, ratio, shade] = message.match(/site\.config\.ts: accent: #3399ff has a contrast of only (\d\.\d\d):1 in the light scheme; WCAG AA asks for 4\.5:1 .*The nearest passing shade is (#[0-9a-f]{6})/)!;
    expect(Number(ratio)).toBeCloseTo(accentContrast('#3399ff', 'light'), 1);
    expect(accentContrast(shade, 'light')).toBeGreaterThanOrEqual(4.5);
    // The suggestion passes, and the config then builds.
    expect(parse({ accent: shade }).accent?.light).toBe(shade);
  });

  it('rejects a dark-scheme accent too dark for the dark background, suggesting a lighter shade', () => {
    const message = problem({ accent: { light: '#0a5c70', dark: '#0a5c70' } });
    expect(message).toMatch(/site\.config\.ts: accent\.dark: #0a5c70 has a contrast of only \d\.\d\d:1 in the dark scheme; .*The nearest passing shade is #[0-9a-f]{6}: use it, or pick a lighter colour\./);
  });

  it('derives a passing dark-scheme accent from a single colour', () => {
    const config = parse({ accent: '#7a1f5c' });
    expect(config.accent!.dark).not.toBe('#7a1f5c');
    expect(accentContrast(config.accent!.dark, 'dark')).toBeGreaterThanOrEqual(4.5);
  });

  it('names a featured track that is not among the tracks', () => {
    expect(unknownFeaturedTracks(['new-mentee', 'new-mentor'], ['new-mentee', 'mentor-training'], FILE)).toBe(
      'site.config.ts: featuredTracks[1]: "new-mentor" names no track. Known tracks: new-mentee, mentor-training.',
    );
    expect(unknownFeaturedTracks(['new-mentee'], ['new-mentee'], FILE)).toBeUndefined();
  });

  it('lists every problem at once', () => {
    expect(problem({ name: 'X', contacts: [{ role: 'Ombudsperson' }] })).toMatch(/^The site config has 2 problems:\n {2}site\.config\.ts: name: .*\n {2}site\.config\.ts: contacts\[0\]: /);
  });
});

describe('the environment variables', () => {
  const config = parse({ name: 'Northfield Mentoring Guide', institution: { name: 'Northfield School of Medicine', url: 'https://med.northfield.example/', logo: '/crest.png' } });

  it("leave the file's settings alone when unset", () => {
    expect(siteIdentity(config, {}, context)).toEqual({
      name: 'Northfield Mentoring Guide',
      shortName: 'Northfield Mentoring Guide',
      host: { name: 'Northfield School of Medicine', url: 'https://med.northfield.example/' },
      logo: { path: '/crest.png', alt: 'Northfield School of Medicine' },
    });
  });

  it('win over the file, one field at a time', () => {
    const identity = siteIdentity(config, { SITE_NAME: 'Faculty Mentoring', HOSTED_BY: 'Northfield Medicine', HOSTED_BY_LOGO: '/northfield-logo.svg' }, context);
    expect(identity).toEqual({
      name: 'Faculty Mentoring',
      shortName: 'Faculty Mentoring',
      host: { name: 'Northfield Medicine', url: 'https://med.northfield.example/' },
      logo: { path: '/northfield-logo.svg', alt: 'Northfield Medicine' },
    });
  });

  it('still work without a config file: the defaults plus the variables', () => {
    const identity = siteIdentity(parse({}), { HOSTED_BY: 'Northfield', HOSTED_BY_URL: 'https://northfield.example/' }, context);
    expect(identity).toEqual({ name: 'Mentorship Guide', shortName: 'Mentorship Guide', host: { name: 'Northfield', url: 'https://northfield.example/' } });
  });

  it('stop the build on a logo that is not in public/, or that has no institution to describe it', () => {
    expect(() => siteIdentity(parse({}), { HOSTED_BY: 'Northfield', HOSTED_BY_LOGO: '/missing.svg' }, context)).toThrow('HOSTED_BY_LOGO is "/missing.svg": put the logo file in public/');
    expect(() => siteIdentity(parse({}), { HOSTED_BY_LOGO: '/crest.png' }, context)).toThrow('HOSTED_BY_LOGO needs HOSTED_BY too');
  });
});
