/** Every checklist in content/checklists/ is valid, and links only to articles that exist. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checklistSchema } from '../../src/schemas/checklist';

const contentDir = resolve(import.meta.dirname, '../../content');
const articleIds = new Set(readdirSync(join(contentDir, 'articles')).map((file) => file.replace(/\.mdx$/, '')));
const files = readdirSync(join(contentDir, 'checklists')).filter((file) => file.endsWith('.yaml'));

const EXPECTED = [
  'choosing-a-mentor',
  'first-meeting',
  'meeting-agenda',
  'mentoring-agreement',
  'ending-well',
  'programme-set-up',
];

describe('the checklists', () => {
  it('include the six the guide promises', () => {
    expect(files.map((file) => file.replace(/\.yaml$/, '')).sort()).toEqual([...EXPECTED].sort());
  });

  it('make only the meeting agenda repeatable', () => {
    const repeatable = files.filter((file) => checklistSchema.parse(parse(readFileSync(join(contentDir, 'checklists', file), 'utf8'))).repeatable);
    expect(repeatable).toEqual(['meeting-agenda.yaml']);
  });
});

describe.each(files)('%s', (file) => {
  const data = parse(readFileSync(join(contentDir, 'checklists', file), 'utf8'));

  it('matches the checklist schema', () => {
    const issues = checklistSchema.safeParse(data).error?.issues ?? [];
    expect(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });

  it('links every item to an article that exists', () => {
    const checklist = checklistSchema.parse(data);
    const missing = checklist.sections.flatMap((section) => section.items).filter((item) => !articleIds.has(item.article));
    expect(missing.map((item) => `${item.id} → ${item.article}`)).toEqual([]);
  });

  it('has between 5 and 25 items', () => {
    const count = checklistSchema.parse(data).sections.reduce((total, section) => total + section.items.length, 0);
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(25);
  });
});
