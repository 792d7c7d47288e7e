import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { toDefinition } from '../../src/lib/assessment/definition';
import { pagesOf, type Page as QuestionPage } from '../../src/lib/assessment/pages';
import type { Answer, AssessmentDefinition, Item } from '../../src/lib/assessment/types';
import { assessmentSchema } from '../../src/schemas/assessment';
import { PROJECT_ROOT } from './site-builds.ts';

export const ASSESSMENT_IDS = [
  'mentor-self-assessment',
  'mentee-self-assessment',
  'relationship-health-check',
  'what-is-going-wrong',
] as const;

/** An assessment as the built site runs it, read from its content file. */
export function loadDefinition(id: string): AssessmentDefinition {
  const data = parse(readFileSync(resolve(PROJECT_ROOT, `content/assessments/${id}.yaml`), 'utf8'));
  return toDefinition(id, assessmentSchema.parse(data));
}

/** The pages the built site shows for an assessment: the questions of each, in order. */
export function loadPages(definition: AssessmentDefinition): Item[][] {
  return pagesOf(definition).map((page: QuestionPage) => page.map((index) => definition.items[index]!));
}

/** Whether the assessment is a scenario quiz (a story a page, no check page) rather than a self-assessment. */
export const isQuiz = (definition: AssessmentDefinition) => definition.items.some((item) => item.kind === 'scenario');

/** A deterministic choice for each question: the option at `index` (wrapping), as an answer. */
export function chosenAnswer(definition: AssessmentDefinition, item: Item, index: number): Answer {
  if (item.kind === 'likert') {
    const points = definition.scales[item.scale]!;
    return points[index % points.length]!.value;
  }
  const option = item.options[index % item.options.length]!;
  return item.kind === 'multiple' ? [option.id] : option.id;
}

/** Presses Tab until the focused element matches the selector, as a keyboard user would. */
export async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector} after ${limit} presses`);
}

/** Answers the question on screen with the keyboard alone: Tab into the options, arrows or Space to choose. */
export async function answerByKeyboard(page: Page, item: Item, index: number): Promise<void> {
  const name = `question-${item.id}`;
  if (item.kind === 'multiple') {
    const option = item.options[index % item.options.length]!;
    await tabTo(page, `input[name="${name}"][value="${option.id}"]`);
    await page.keyboard.press('Space');
    return;
  }
  await tabTo(page, `input[name="${name}"]`);
  const count = await page.locator(`input[name="${name}"]`).count();
  const target = index % count;
  if (target === 0) await page.keyboard.press('Space');
  else for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
}

/** The storage key the site uses for an assessment. */
export function storageKey(id: string): string {
  return `mentorship-guide:assessment:${id}`;
}

const submit = (page: Page) => page.locator('.assessment__form button[type="submit"]');

/** Answers every question of the page on screen with the mouse, option `pick` (wrapping), and continues. */
export async function answerPage(page: Page, questions: Item[], pick: number) {
  for (const item of questions) {
    const inputs = page.locator(`input[name="question-${item.id}"]`);
    await inputs.first().waitFor();
    await inputs.nth(pick % (await inputs.count())).check();
  }
  await submit(page).click();
}

/** Completes an assessment with the mouse, choosing option `pick` everywhere, through "check your answers". */
export async function complete(page: Page, definition: AssessmentDefinition, pick: number) {
  for (const questions of loadPages(definition)) {
    await answerPage(page, questions, pick);
    if (questions[0]!.kind === 'scenario') await submit(page).click();
  }
  if (!isQuiz(definition)) await page.getByRole('button', { name: 'See my results' }).click();
  await page.waitForSelector('#results-heading');
}
