/** The assessment schema's checks, one broken definition at a time. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Band, ChoiceItem, LikertItem, ScenarioItem, ScenarioOption } from '../../src/lib/assessment/types';
import { assessmentSchema } from '../../src/schemas/assessment';
import { FIXTURE, fixtureItem } from '../support/assessment-fixture';

const [LOW, , HIGH] = FIXTURE.bands as [Band, Band, Band];
// Left out so that the schema has to fill them in: a Likert item's `reverse`, a scenario option's `correct`.
const { reverse: _reverse, ...listenOften } = fixtureItem('listen-often') as LikertItem;
const summarise = fixtureItem('summarise') as ChoiceItem;
const lateNightEmails = fixtureItem('late-night-emails') as ScenarioItem;
const [rightOption, { correct: _correct, ...wrongOption }] = lateNightEmails.options as [ScenarioOption, ScenarioOption];

/**
 * The smallest definition the schema accepts, cut down from the engine's fixture: two bands
 * (low, high), two domains (listening, boundaries), three items (Likert, single choice with
 * two options, scenario with two options), and no groups.
 */
const VALID = {
  title: 'Minimal assessment',
  description: 'A definition with just enough in it to pass every check.',
  intro: 'For tests only.',
  version: 1,
  audiences: ['mentor'],
  order: 1,
  minutes: 2,
  scales: FIXTURE.scales,
  bands: [LOW, { ...HIGH, min: LOW.max + 1 }],
  domains: FIXTURE.domains
    .filter((domain) => domain.id === 'listening' || domain.id === 'boundaries')
    .map((domain) => ({ ...domain, feedback: { low: domain.feedback.low, high: domain.feedback.high } })),
  items: [
    listenOften,
    { ...summarise, options: summarise.options.filter((option) => option.id === 'never' || option.id === 'always') },
    { ...lateNightEmails, options: [rightOption, wrongOption] },
  ],
};

/** The definition as loose data, so a test can break it in any way. */
type Loose = { [key: string]: any };
type Editable = Loose & { items: Loose[]; bands: Loose[]; domains: Loose[] };

/** A deep copy of VALID, changed by `change`. */
function broken(change: (definition: Editable) => void): Editable {
  const definition = structuredClone(VALID) as Editable;
  change(definition);
  return definition;
}

/** The issues of a parse as [path, message] pairs. */
function issues(input: unknown): [string, string][] {
  const result = assessmentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

/** Expects exactly one issue, at `path`, whose message contains `fragment`. */
function expectOneIssue(input: unknown, path: string, fragment: string) {
  const found = issues(input);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  expect(found[0]![0]).toBe(path);
  expect(found[0]![1]).toContain(fragment);
}

describe('the assessment schema', () => {
  it('accepts the minimal definition and fills in the defaults', () => {
    const parsed = assessmentSchema.parse(VALID);
    expect(parsed.groups).toEqual([]);
    expect(parsed.items[0]).toMatchObject({ kind: 'likert', reverse: false });
    const scenario = parsed.items[2]!;
    expect(scenario.kind === 'scenario' && scenario.options.map((option) => option.correct)).toEqual([true, false]);
  });

  it('rejects an item whose domain does not exist', () => {
    const definition = broken((d) => (d.items[1]!.domain = 'feedback'));
    expectOneIssue(definition, 'items.1.domain', '"feedback" is not a domain in this assessment (listening, boundaries)');
  });

  it('rejects a gap between bands', () => {
    const definition = broken((d) => (d.bands[1]!.min = 51));
    expectOneIssue(definition, 'bands.1.min', 'Gap before band "high": start it at 50');
  });

  it('rejects a gap before the first band', () => {
    const definition = broken((d) => (d.bands[0]!.min = 1));
    expectOneIssue(definition, 'bands.0.min', 'Gap before band "low": start it at 0');
  });

  it('rejects bands that overlap', () => {
    const definition = broken((d) => (d.bands[0]!.max = 50));
    expectOneIssue(definition, 'bands.1.min', 'Band "high" overlaps the band before it: start it at 51');
  });

  it('rejects a last band that does not end at 100', () => {
    const definition = broken((d) => (d.bands[1]!.max = 99));
    expectOneIssue(definition, 'bands.1.max', 'The last band must end at 100, not 99');
  });

  it('rejects a band that starts above where it ends', () => {
    const definition = broken((d) => {
      d.bands[0]!.max = 60;
      d.bands[1]!.min = 61;
      d.bands[1]!.max = 55;
      d.bands.push({ id: 'top', label: 'Top', description: 'The top.', min: 56, max: 100 });
      for (const domain of d.domains) domain.feedback.top = 'Top.';
    });
    expectOneIssue(definition, 'bands.1.min', 'Band "high" starts above where it ends');
  });

  it('rejects a duplicate item id', () => {
    const definition = broken((d) => (d.items[2]!.id = 'listen-often'));
    expectOneIssue(definition, 'items.2.id', 'Duplicate item id "listen-often"');
  });

  it('rejects a duplicate option id within an item', () => {
    const definition = broken((d) => (d.items[1]!.options[1].id = 'never'));
    expectOneIssue(definition, 'items.1.options.1.id', 'Duplicate option id "never"');
  });

  it('rejects a scenario with no correct option', () => {
    const definition = broken((d) => (d.items[2]!.options[0].correct = false));
    expectOneIssue(definition, 'items.2.options', 'exactly one option');
  });

  it('rejects a scenario with two correct options', () => {
    const definition = broken((d) => (d.items[2]!.options[1].correct = true));
    expectOneIssue(definition, 'items.2.options', 'exactly one option');
  });

  it('rejects a choice whose options all score 0', () => {
    const definition = broken((d) => (d.items[1]!.options[1].score = 0));
    expectOneIssue(definition, 'items.1.options', 'At least one option needs a score above 0');
  });

  it('rejects a Likert item naming a scale that does not exist', () => {
    const definition = broken((d) => (d.items[0]!.scale = 'frequency'));
    expectOneIssue(definition, 'items.0.scale', '"frequency" is not a scale in this assessment');
  });

  // Fails today: `!assessment.scales[item.scale]` finds Object.prototype.constructor, so the
  // definition passes, and scoring then throws (scales["constructor"] has no .some()).
  it('rejects a Likert item naming the scale "constructor" when there is no such scale', () => {
    const definition = broken((d) => (d.items[0]!.scale = 'constructor'));
    expectOneIssue(definition, 'items.0.scale', '"constructor" is not a scale in this assessment');
  });

  it('rejects a domain with no feedback for a band', () => {
    const definition = broken((d) => delete d.domains[1]!.feedback.high);
    expectOneIssue(definition, 'domains.1.feedback.high', 'Give feedback for the "high" band');
  });

  it('rejects feedback for a band that does not exist', () => {
    const definition = broken((d) => (d.domains[0]!.feedback.middle = 'Half way.'));
    expectOneIssue(definition, 'domains.0.feedback.middle', '"middle" is not a band id (low, high)');
  });

  it('rejects a domain with no items', () => {
    const definition = broken((d) =>
      d.domains.push({ ...d.domains[0]!, id: 'feedback', title: 'Feedback', feedback: { low: 'More.', high: 'Good.' } }),
    );
    expectOneIssue(definition, 'domains.2.id', 'Domain "feedback" has no items');
  });

  it('rejects an unknown item kind', () => {
    const definition = broken((d) => (d.items[1] = { id: 'rank', kind: 'ranking', domain: 'listening', text: 'Rank these.' }));
    expectOneIssue(definition, 'items.1.kind', 'Give each item a kind: one of likert, single, multiple, scenario');
  });
});

describe('the real assessments', () => {
  const directory = resolve(import.meta.dirname, '../../content/assessments');
  const files = readdirSync(directory).filter((file) => file.endsWith('.yaml'));

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s parses', (file) => {
    expect(issues(parse(readFileSync(join(directory, file), 'utf8')))).toEqual([]);
  });
});
