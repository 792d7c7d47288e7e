/** Every track in content/tracks/ is valid, names only things that exist, and adds up. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findTrackProblems } from '../../src/lib/content-integrity';
import { trackSchema, type Track } from '../../src/schemas/track';
import { TOOL_RECORDS } from '../../src/lib/tracks/tool-records';

const contentDir = resolve(import.meta.dirname, '../../content');
const idsIn = (folder: string, extension: string) =>
  new Set(readdirSync(join(contentDir, folder)).filter((file) => file.endsWith(extension)).map((file) => file.slice(0, -extension.length)));
const known = {
  article: idsIn('articles', '.mdx'),
  assessment: idsIn('assessments', '.yaml'),
  checklist: idsIn('checklists', '.yaml'),
  tool: new Set(['agreement', 'network', 'plan']),
};
const files = readdirSync(join(contentDir, 'tracks')).filter((file) => file.endsWith('.yaml'));
const read = (file: string): Track => trackSchema.parse(parse(readFileSync(join(contentDir, 'tracks', file), 'utf8')));

const MCA_COMPETENCIES = [
  'Maintaining effective communication',
  'Aligning expectations',
  'Assessing understanding',
  'Addressing diversity',
  'Fostering independence',
  'Promoting professional development',
];

describe('the tracks', () => {
  it('include the four the guide promises', () => {
    expect(files.map((file) => file.replace(/\.yaml$/, '')).sort()).toEqual(['mentor-training', 'new-mentee', 'new-mentor', 'programme-lead']);
  });

  it.each(files)('%s matches the schema and names only articles, assessments, checklists and tools that exist', (file) => {
    const data = parse(readFileSync(join(contentDir, 'tracks', file), 'utf8'));
    const issues = trackSchema.safeParse(data).error?.issues ?? [];
    expect(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
    expect(findTrackProblems(read(file), known, file)).toEqual([]);
  });

  it('organise mentor training around the six competencies, with a reflection for each', () => {
    const track = read('mentor-training.yaml');
    const competencySteps = track.steps.filter((step) => step.heading !== undefined);
    expect(competencySteps.map((step) => step.heading)).toEqual(MCA_COMPETENCIES);
    for (const step of competencySteps) expect(step.reflection, step.heading).toMatch(/\?$/);
  });
});

const valid = {
  title: 'A track',
  description: 'A description long enough to pass the check.',
  intro: 'Who it is for.',
  audiences: ['mentee'],
  version: 1,
  order: 1,
  minutes: 15,
  steps: [
    { kind: 'article', id: 'first-meeting', why: 'Because.', minutes: 5 },
    { kind: 'tool', id: 'agreement', why: 'Because.', minutes: 10, reflection: 'What next?' },
  ],
};
const messages = (data: unknown) => (trackSchema.safeParse(data).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('a track file', () => {
  it('is accepted when its total is the sum of its steps', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('names the field and the right total when the minutes do not add up', () => {
    expect(messages({ ...valid, minutes: 20 })).toEqual(['minutes: The total is 20 minutes but the steps add up to 15: set minutes to 15.']);
  });

  it('names an unknown step kind and the kinds to use', () => {
    const steps = [{ ...valid.steps[0], kind: 'video' }, valid.steps[1]];
    expect(messages({ ...valid, steps })).toEqual(['steps.0.kind: Unknown step kind "video": use one of article, assessment, checklist, tool.']);
  });

  it('refuses the same step twice', () => {
    const steps = [...valid.steps, { ...valid.steps[0] }];
    expect(messages({ ...valid, steps, minutes: 20 })).toEqual(['steps.2.id: The article "first-meeting" is already a step of this track: each appears once.']);
  });

  it('asks for a why-line and minutes on each step', () => {
    const steps = [{ kind: 'article', id: 'first-meeting' }, valid.steps[1]];
    expect(messages({ ...valid, steps, minutes: 10 })).toEqual([
      'steps.0.why: Give a one-line "why this step".',
      'steps.0.minutes: Give the minutes this step takes (a whole number).',
    ]);
  });
});

describe('the tools a track can name', () => {
  it('each say how a saved record shows the tool was used, so a step naming one can be done', () => {
    expect(Object.keys(TOOL_RECORDS).sort()).toEqual([...known.tool].sort());
  });
});

describe('cross-file checks on a track', () => {
  it('name the file, the step and what is missing, with the ids that exist', () => {
    const track = { steps: [{ kind: 'article' as const, id: 'first-meeting' }, { kind: 'checklist' as const, id: 'no-such-list' }, { kind: 'tool' as const, id: 'calendar' }] };
    expect(findTrackProblems(track, { ...known, checklist: new Set(['ending-well']) }, 'tracks/x.yaml')).toEqual([
      'tracks/x.yaml: steps.1.id: "no-such-list" names no checklist. Known ids: ending-well.',
      'tracks/x.yaml: steps.2.id: "calendar" names no tool. Known ids: agreement, network, plan.',
    ]);
  });
});
