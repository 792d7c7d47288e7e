import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '../../src/integrations/hosting-headers.ts';
import { PROJECT_ROOT, SITE_BUILDS } from '../support/site-builds.ts';

/**
 * Rules of html-validate's `recommended` and `document` presets that .htmlvalidate.json turns off
 * (JSON has no comments, so the reasons live here, and the test below keeps the two lists equal).
 * Rules adjusted rather than turned off: `require-sri` applies to other sites' files only (ours are
 * same-origin and content-hashed), and `aria-label-misuse` lets a section heading carry its own
 * name (src/components/SectionHeading.astro: without it the heading's name includes its link's).
 */
const RULES_OFF: Record<string, string> = {
  'unique-landmark':
    'The header repeats the main navigation behind the Menu button for phones; CSS shows exactly one at any width (tests/e2e/articles-index.test.ts), which a validator cannot see.',
  'void-style': 'Preact writes <input/> and Astro <meta>: both are valid HTML, the rule is about style only.',
  'no-trailing-whitespace': 'Whitespace inside generated, compressed output: invisible, and not a matter of validity.',
  'long-title':
    'A page title is "<page> | <site name>", and an institution names its own copy (up to 60 characters); the page comes first, so a shortened title still says what the page is.',
  'wcag/h32':
    'The agreement builder is a form that saves as you type: there is nothing to submit, and a submit button would mislead. Every other form has one (with the rule on, only the builder form is reported).',
};

const config = JSON.parse(readFileSync(resolve(PROJECT_ROOT, '.htmlvalidate.json'), 'utf8')) as { rules: Record<string, unknown> };

describe('valid HTML', () => {
  it('turns off only the rules whose reasons are written down here', () => {
    const off = Object.entries(config.rules)
      .filter(([, setting]) => setting === 'off')
      .map(([rule]) => rule);
    expect(off.sort()).toEqual(Object.keys(RULES_OFF).sort());
  });

  it('every page of both test builds passes html-validate (recommended and document presets, .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = (await Promise.all(Object.values(SITE_BUILDS).map((build) => builtHtmlFiles(build.outDir)))).flat();
    expect(files.length, 'pages in the two builds').toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${relative(PROJECT_ROOT, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
