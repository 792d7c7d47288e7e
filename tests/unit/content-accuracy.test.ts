/**
 * Keeps the fact check fixed (issue #11): every reference complete or saying why not, nothing
 * that only the blog summary reports cited to the core study, no claim the check found wrong
 * creeping back, no sentence padded across the guide, and every guidance article put into
 * practice by a tool. content/SOURCES.md records what was checked against which source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articlesWithoutPractice, claimsCitedTo, type PracticeLinks } from '../../src/lib/content-integrity';
import { findRepeatedSentences, proseOfMdx, proseOfYaml, type TextSource } from '../../src/lib/content-repetition';
import { missingDetails, referenceSchema } from '../../src/schemas/reference';

const contentDir = resolve(import.meta.dirname, '../../content');
const read = (...path: string[]) => readFileSync(join(contentDir, ...path), 'utf8');
const filesIn = (folder: string, extension: string) =>
  readdirSync(join(contentDir, folder)).filter((file) => file.endsWith(extension));

const articles = filesIn('articles', '.mdx').map((file) => ({ file: `articles/${file}`, id: file.replace(/\.mdx$/, ''), source: read('articles', file) }));
const yamlFiles = ['assessments', 'checklists'].flatMap((folder) =>
  filesIn(folder, '.yaml').map((file) => ({ file: `${folder}/${file}`, data: parse(read(folder, file)) as unknown })),
);
const glossary = { file: 'glossary.yaml', data: parse(read('glossary.yaml')) as unknown };
const references = filesIn('references', '.yaml').map((file) => ({ id: file.replace(/\.yaml$/, ''), data: parse(read('references', file)) }));

describe('the references', () => {
  it.each(references)('$id gives authors, year and title (and volume and pages for an article), or says why not', ({ data }) => {
    const reference = referenceSchema.parse(data);
    expect(reference.title.length).toBeGreaterThan(0);
    expect(missingDetails(reference)).toEqual([]);
  });

  it.each(references)('$id records what was verified and where', ({ data }) => {
    expect(referenceSchema.parse(data).verified ?? '').not.toBe('');
  });

  it('include a programme source for no-fault exits, cited where no-fault exits are discussed', () => {
    const noFault = articles.filter(({ source }) => /no-fault|without blame/i.test(proseOfMdx(source)));
    expect(noFault.length).toBeGreaterThan(0);
    for (const { file, source } of noFault) {
      expect(source, file).toMatch(/<Cite id="[^"]*\b(aad-mentoring|binghamton-2016)\b/);
    }
  });
});

/**
 * Details that only the blog summary of the core study reports (content-facts.md §1-2): the
 * study's full text could not be checked for them, so they are cited to the summary, never to
 * the study.
 */
const SUMMARY_ONLY: { pattern: RegExp; detail: string }[] = [
  { pattern: /mentor's office/i, detail: 'first meetings in the mentor\'s office (a tactic)' },
  { pattern: /reiterat|(repeats|restates) and reviews/i, detail: 'communication that reiterates and reviews (a tactic)' },
  { pattern: /career, education, administration/i, detail: 'the four-area checklist (a tactic)' },
  { pattern: /emotional support/i, detail: 'emotional support (a mentor action)' },
  { pattern: /guides? rather than (a )?supervisors?/i, detail: 'a guide rather than a supervisor (a mentor action)' },
  { pattern: /advoca/i, detail: 'advocacy (a mentor action)' },
  { pattern: /shield/i, detail: 'shielding from harsh interactions (a mentor action)' },
  { pattern: /find their way around|navigat/i, detail: 'navigating the institution (a mentor action)' },
  { pattern: /altruis/i, detail: 'altruism (a mentor trait)' },
  { pattern: /mindful of timelines/i, detail: 'mindful of timelines (not seen for the study at all)' },
  { pattern: /driv(e|es|ing) the relationship/i, detail: 'driving the relationship (Zerzan 2009, not the study)' },
  { pattern: /four winners|patients|morale/i, detail: 'four winners, patients, institutional morale (the blogger\'s framing)' },
  { pattern: /telephone/i, detail: 'interviews by telephone' },
  { pattern: /junior (people|faculty|colleagues)[^.]*(fear|harder|afraid)/i, detail: 'junior people fearing to raise problems' },
  { pattern: /useful lessons|in hindsight/i, detail: 'failed relationships as lessons' },
  { pattern: /harm everyone/i, detail: 'harm to everyone involved (the blog\'s wording)' },
];

describe('claims cited to the core study', () => {
  it.each(articles)('$file cites the study only for what was checked in it', ({ source }) => {
    const problems = claimsCitedTo(source, 'straus-2013').flatMap((claim) =>
      SUMMARY_ONLY.filter(({ pattern }) => pattern.test(claim)).map(({ detail }) => `${detail}: "${claim}"`),
    );
    expect(problems).toEqual([]);
  });
});

/** Wording the fact check found wrong or overstated, and what the source says instead. */
const CORRECTED: { pattern: RegExp; source: string }[] = [
  { pattern: /many (of them )?(had )?struggled to find|struggled to find a mentor at all/i, source: 'Straus 2009: "several" had difficulty finding mentors' },
  { pattern: /disappears between meetings/i, source: 'Vaughn 2017: ghosting is hiding poor progress, hoping it will be forgotten' },
  { pattern: /role modell?ing and friendship/i, source: 'Kram 1985: only "a confidant and friend" was seen' },
  { pattern: /lone wolf/i, source: 'Vaughn 2017: no such misstep was found' },
  { pattern: /\b(more|most) common\b/i, source: 'the core study is qualitative and measured no frequencies' },
  { pattern: /mentors often wanted longer/i, source: 'speed mentoring 2017: mentors were more likely than mentees to want more time' },
  { pattern: /possessor|bottleneck|country clubber|world traveller?/i, source: 'Chopra 2016: only the Hijacker and the Exploiter were seen' },
  { pattern: /agent, role model/i, source: 'Tobin 2004: only teacher, sponsor and advisor were seen' },
  { pattern: /\b98 ?%/, source: 'Yeung 2010: the 98% figure was never seen in the paper' },
  { pattern: /farrell/i, source: 'Farrell 2004: no primary source was found' },
  { pattern: /rate (their|its) own skills|self-rating of mentoring/i, source: 'Fleming 2013: mentors and their mentees rate the mentor\'s skills' },
  { pattern: /in some surveys,? fewer than a fifth/i, source: 'Sambunjak 2006: "in some fields"' },
];

describe('corrected claims', () => {
  const everyFile: TextSource[] = [
    ...articles.map(({ file, source }) => ({ file, text: proseOfMdx(source) })),
    ...[...yamlFiles, glossary].map(({ file, data }) => ({ file, text: proseOfYaml(data) })),
  ];

  it.each(CORRECTED)('no content file says what the source does not: $source', ({ pattern }) => {
    expect(everyFile.filter(({ text }) => pattern.test(text)).map(({ file }) => file)).toEqual([]);
  });
});

describe('repetition', () => {
  it('no sentence of 12 or more words appears in more than two content files (quotations and titles excepted)', () => {
    const sources: TextSource[] = [
      ...articles.map(({ file, source }) => ({ file, text: proseOfMdx(source) })),
      ...[...yamlFiles, glossary].map(({ file, data }) => ({ file, text: proseOfYaml(data) })),
    ];
    const repeated = findRepeatedSentences(sources, { minWords: 12, maxFiles: 2 });
    expect(repeated.map(({ words, files }) => `"${words}" in ${files.join(', ')}`)).toEqual([]);
  });
});

describe('guidance put into practice', () => {
  it('links every guidance article from at least one assessment or checklist', () => {
    const tools = yamlFiles.map(({ data }) => data as PracticeLinks);
    expect(articlesWithoutPractice(articles.map(({ id }) => id), tools)).toEqual([]);
  });
});
