import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../support/site-builds.ts';

/** The new-mentor track's steps' minutes, added up from the file (each step's `minutes:` is indented). */
const NEW_MENTOR_STEP_MINUTES = [...readFileSync(join(PROJECT_ROOT, 'content/tracks/new-mentor.yaml'), 'utf8').matchAll(/^ +minutes: (\d+)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0);

/**
 * Each case copies the real content, breaks one thing the way an author might, builds, and
 * checks that the build fails with a message naming the file and the field.
 */
interface BrokenCase {
  name: string;
  file: string;
  break: (text: string) => string;
  expected: (string | RegExp)[];
}

const cases: BrokenCase[] = [
  {
    name: 'an article with no title',
    file: 'articles/effective-mentor.mdx',
    break: (text) => text.replace(/^title:.*\n/m, ''),
    expected: ['articles → effective-mentor', 'title: Every article needs a title.', /articles\/effective-mentor\.mdx/],
  },
  {
    name: 'an article with an unknown audience',
    file: 'articles/effective-mentee.mdx',
    break: (text) => text.replace(/^audiences:.*$/m, 'audiences: [mentee, students]'),
    expected: ['articles → effective-mentee', 'audiences.1: Unknown audience "students"', /articles\/effective-mentee\.mdx/],
  },
  {
    name: 'a related entry that names no article',
    file: 'articles/successful-relationships.mdx',
    break: (text) => text.replace(/^related:.*$/m, 'related: [effective-mentor, no-such-article]'),
    expected: [/articles\/successful-relationships\.mdx: related\[1\]: "no-such-article" names no article/],
  },
  {
    name: 'a reference without a year',
    file: 'references/straus-2013.yaml',
    break: (text) => text.replace(/^year:.*\n/m, ''),
    expected: ['references → straus-2013', 'year: Give the year of publication', /references\/straus-2013\.yaml/],
  },
  {
    name: 'a link in the text to an article that does not exist',
    file: 'articles/effective-mentor.mdx',
    break: (text) => `${text}\nSee <ArticleLink to="retired-article">an old page</ArticleLink>.\n`,
    expected: [/articles\/effective-mentor\.mdx: body: <ArticleLink to="retired-article"> links to no article/],
  },
  {
    name: 'an assessment item that names no domain',
    file: 'assessments/mentee-self-assessment.yaml',
    break: (text) => text.replace(/^(\s+)domain: \S+$/m, '$1domain: no-such-domain'),
    expected: ['assessments → mentee-self-assessment', /items\.\d+\.domain: "no-such-domain" is not a domain/],
  },
  {
    name: 'assessment result bands with a gap',
    file: 'assessments/mentor-self-assessment.yaml',
    break: (text) => text.replace(/min: 50\b/, 'min: 55'),
    expected: ['assessments → mentor-self-assessment', /bands\.1\.min: Gap before band/],
  },
  {
    name: 'a track step that names no article',
    file: 'tracks/new-mentee.yaml',
    break: (text) => text.replace('id: managing-up', 'id: managing-sideways'),
    expected: [/tracks\/new-mentee\.yaml: steps\.3\.id: "managing-sideways" names no article/],
  },
  {
    name: "a track whose total time is not the sum of its steps'",
    file: 'tracks/new-mentor.yaml',
    break: (text) => text.replace(/^minutes: \d+$/m, 'minutes: 60'),
    expected: ['tracks → new-mentor', new RegExp(`minutes: The total is 60 minutes but the steps add up to ${NEW_MENTOR_STEP_MINUTES}: set minutes to ${NEW_MENTOR_STEP_MINUTES}`)],
  },
];

const workDir = mkdtempSync(join(tmpdir(), 'mentorship-broken-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('a broken content file stops the build', () => {
  it.each(cases)('$name', (brokenCase) => {
    const caseDir = join(workDir, brokenCase.file.replace(/[^a-z0-9]+/gi, '-') + cases.indexOf(brokenCase));
    const contentDir = join(caseDir, 'content');
    cpSync(resolve(PROJECT_ROOT, 'content'), contentDir, { recursive: true });
    const target = join(contentDir, brokenCase.file);
    const original = readFileSync(target, 'utf8');
    const broken = brokenCase.break(original);
    expect(broken, 'the fixture edit must change the file').not.toBe(original);
    writeFileSync(target, broken);

    const result = buildSite({ CONTENT_DIR: contentDir, OUT_DIR: join(caseDir, 'dist'), CACHE_DIR: join(caseDir, 'cache') });

    expect(result.status).not.toBe(0);
    for (const expected of brokenCase.expected) {
      if (typeof expected === 'string') expect(result.output).toContain(expected);
      else expect(result.output).toMatch(expected);
    }
  });

  it('builds the same content when nothing is broken', () => {
    const caseDir = join(workDir, 'valid');
    cpSync(resolve(PROJECT_ROOT, 'content'), join(caseDir, 'content'), { recursive: true });
    const result = buildSite({
      CONTENT_DIR: join(caseDir, 'content'),
      OUT_DIR: join(caseDir, 'dist'),
      CACHE_DIR: join(caseDir, 'cache'),
    });
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });
});

describe('a bad deployment setting stops the build', () => {
  it.each([
    { setting: 'HOSTED_BY_URL', value: 'the intranet page', expected: /HOSTED_BY_URL are not met: url/ },
    { setting: 'SITE_NAME', value: 'The Northfield School of Medicine Faculty Development Mentoring Guide', expected: /SITE_NAME are not met: max/ },
    { setting: 'HOSTED_BY_LOGO', value: '/northfield-logo.svg', expected: /HOSTED_BY_LOGO is "\/northfield-logo.svg": put the logo file in public\// },
  ])('$setting="$value" is named in the message', ({ setting, value, expected }) => {
    const caseDir = join(workDir, `setting-${setting}`);
    const result = buildSite({ [setting]: value, OUT_DIR: join(caseDir, 'dist'), CACHE_DIR: join(caseDir, 'cache') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(expected);
  });
});

describe('a bad value in the site config stops the build', () => {
  it.each([
    {
      problem: 'a logo that is not in public/',
      config: `export default { institution: { name: 'Northfield School of Medicine', logo: '/northfield-logo.svg' } };`,
      expected: /northfield\.config\.ts: institution\.logo: There is no file public\/northfield-logo\.svg: put the logo file in public\//,
    },
    {
      problem: 'an accent colour that fails contrast',
      config: `export default { accent: '#3399ff' };`,
      expected: /northfield\.config\.ts: accent: #3399ff has a contrast of only 2\.\d\d:1 in the light scheme; WCAG AA asks for 4\.5:1 .*The nearest passing shade is #[0-9a-f]{6}/,
    },
  ])('$problem is named with the file and the field', ({ problem, config, expected }) => {
    const caseDir = join(workDir, `config-${problem.replace(/\W+/g, '-')}`);
    mkdirSync(caseDir, { recursive: true });
    writeFileSync(join(caseDir, 'northfield.config.ts'), config);
    const result = buildSite({ SITE_CONFIG: join(caseDir, 'northfield.config.ts'), OUT_DIR: join(caseDir, 'dist'), CACHE_DIR: join(caseDir, 'cache') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(expected);
  });
});
