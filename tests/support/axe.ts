/** Accessibility checks with axe-core, for the end-to-end tests. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The rules the site is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const COLOR_SCHEMES = ['light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** A violation in words: the rule, what it asks for, and each element that breaks it, one a line. */
export function describeViolation(violation: AxeViolation): string {
  return `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`;
}

/** Runs axe on the page as it is now; fails, naming each broken rule and element, on any WCAG violation. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map(describeViolation), `axe violations: ${label}`).toEqual([]);
}

/** Runs `check` with the page in the light and then the dark colour scheme, then puts back the scheme it had. */
export async function forEachColorScheme(page: Page, check: (colorScheme: ColorScheme) => Promise<void>): Promise<void> {
  const before: ColorScheme = await page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await check(colorScheme);
  }
  await page.emulateMedia({ colorScheme: before });
}

/** `expectNoAxeViolations` in both colour schemes, each labelled with its scheme. */
export async function expectNoAxeViolationsInBothSchemes(page: Page, label: string): Promise<void> {
  await forEachColorScheme(page, (colorScheme) => expectNoAxeViolations(page, `${label} (${colorScheme} scheme)`));
}
