/** Every assessment in content/assessments/ is valid, and links only to articles that exist. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findAssessmentProblems } from '../../src/lib/content-integrity';
import { assessmentSchema } from '../../src/schemas/assessment';

const contentDir = resolve(import.meta.dirname, '../../content');
const articleIds = new Set(readdirSync(join(contentDir, 'articles')).map((file) => file.replace(/\.mdx$/, '')));
const files = readdirSync(join(contentDir, 'assessments')).filter((file) => file.endsWith('.yaml'));

const MINIMUM_ITEMS: Record<string, number> = {
  'mentor-self-assessment': 16,
  'mentee-self-assessment': 14,
  'relationship-health-check': 18,
  'what-is-going-wrong': 10,
};

describe('the assessments', () => {
  it('include the four the guide promises', () => {
    expect(files.map((file) => file.replace(/\.yaml$/, '')).sort()).toEqual(Object.keys(MINIMUM_ITEMS).sort());
  });
});

describe.each(files)('%s', (file) => {
  const id = file.replace(/\.yaml$/, '');
  const data = parse(readFileSync(join(contentDir, 'assessments', file), 'utf8'));

  it('matches the assessment schema', () => {
    const issues = assessmentSchema.safeParse(data).error?.issues ?? [];
    expect(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });

  it('links only to articles that exist', () => {
    expect(findAssessmentProblems(assessmentSchema.parse(data), articleIds, `content/assessments/${file}`)).toEqual([]);
  });

  it(`has at least ${MINIMUM_ITEMS[id] ?? 3} items`, () => {
    expect(assessmentSchema.parse(data).items.length).toBeGreaterThanOrEqual(MINIMUM_ITEMS[id] ?? 3);
  });
});
