import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { scoreDomains } from '../../src/lib/assessment/scoring';
import { answerText, headline } from '../../src/lib/assessment/summary';
import type { Answers } from '../../src/lib/assessment/types';
import { answerByKeyboard, answerPage, ASSESSMENT_IDS, chosenAnswer, complete, isQuiz, loadDefinition, loadPages, storageKey, tabTo } from '../support/assessments.ts';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { expectAsideBesideThenAfter } from '../support/layout.ts';
import { disableLocalStorage, fillStorage, openWatchedPage, unreadableLocalStorage, useSharedBrowser, type WatchedPageOptions } from '../support/browser.ts';
import { SEARCH_SHORTCUT_SOURCE } from '../../src/components/search-shortcut.ts';
import { SERVICE_WORKER_SOURCE } from '../../src/components/service-worker-register.ts';
import { SHARED_COMPUTER_SOURCE } from '../../src/components/shared-computer.ts';

const siteUrl = inject('siteUrls').root;
const shared = useSharedBrowser();

/** A fresh browser profile that accepts confirm(); `storage` is written to localStorage before the first page loads. */
const visit = (options: WatchedPageOptions = {}) => openWatchedPage(shared.browser, new URL(siteUrl).origin, { dialogs: 'accept', ...options });

async function openAssessment(page: Page, id: string) {
  await page.goto(`${siteUrl}assessments/${id}/`);
  await page.waitForSelector('.assessment[data-hydrated]');
}

const progress = (page: Page) => page.locator('.assessment__progress').textContent();
const stored = (page: Page, id: string) => page.evaluate((key) => localStorage.getItem(key), storageKey(id));

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);
const submit = (page: Page) => page.locator('.assessment__form button[type="submit"]');

describe.each(ASSESSMENT_IDS)('taking %s by keyboard alone', (id) => {
  const definition = loadDefinition(id);
  const pages = loadPages(definition);
  const quiz = isQuiz(definition);
  const part = (index: number) => `${quiz ? 'Question' : 'Part'} ${index + 1} of ${pages.length}`;

  it('shows the first page before JavaScript runs, then saves, checks, scores and explains every answer', async () => {
    const html = await (await fetch(`${siteUrl}assessments/${id}/`)).text();
    expect(html).toContain(part(0));
    for (const item of pages[0]!) expect(html).toContain(`id="question-${item.id}"`);
    expect(html).toContain(`See all ${definition.items.length} questions`);

    const { page, watch, close } = await visit();
    try {
      await openAssessment(page, id);
      await expectNoAxeViolationsInBothSchemes(page, quiz ? 'first question' : 'first page of questions');
      const answers: Answers = {};
      const causes: string[] = [];
      let count = 0;
      for (const [index, questions] of pages.entries()) {
        await expect.poll(() => progress(page)).toBe(part(index));
        await expect(page.locator('progress.assessment__bar').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).resolves.toEqual([index + 1, pages.length]);
        // Every question of the page is on it, and no other.
        await expect.poll(() => page.locator('.question__legend').allTextContents()).toEqual(questions.map((item) => item.text));
        if (index > 0) {
          // Focus moves to the new page's heading (or the story's question), so a screen reader announces it.
          await expect.poll(() => focusedText(page)).toBe(quiz ? questions[0]!.text : definition.domains.find((domain) => domain.id === questions[0]!.domain)!.title);
        }
        for (const item of questions) {
          await answerByKeyboard(page, item, count);
          answers[item.id] = chosenAnswer(definition, item, count);
          count += 1;
        }
        causes.push(questions[0]!.domain);
        await tabTo(page, '.assessment__form button[type="submit"]');
        if (quiz) {
          await page.keyboard.press('Enter');
          const item = questions[0]!;
          const feedback = page.locator('.feedback');
          await expect.poll(() => feedback.locator('li').count()).toBe(item.kind === 'scenario' ? item.options.length : 0);
          // Focus moves to the verdict, so it is announced.
          await expect.poll(() => focusedId(page)).toBe(`feedback-${item.id}`);
          await tabTo(page, '.assessment__form button[type="submit"]');
        }
        await page.keyboard.press('Enter');
      }

      if (quiz) {
        // The stories are interleaved: two in a row never share a cause.
        expect(causes.filter((cause, index) => cause === causes[index - 1])).toEqual([]);
      } else {
        // "Check your answers": every question with its answer in words, focused, then on to the results.
        await expect.poll(() => focusedId(page)).toBe('check-heading');
        const rows = await page.locator('.summary-list__row').evaluateAll((divs) => divs.map((div) => [...div.children].map((cell) => (cell as HTMLElement).innerText)));
        expect(rows.map(([question, answer]) => [question, answer])).toEqual(definition.items.map((item) => [item.text, answerText(item, answers[item.id], definition.scales)]));
        expect(rows.every((row) => row[2] === 'Change')).toBe(true);
        await expectNoAxeViolationsInBothSchemes(page, 'check your answers');
        await tabTo(page, '.assessment__form button[type="submit"]');
        await expect(focusedText(page)).resolves.toBe('See my results');
        await page.keyboard.press('Enter');
      }

      await expect.poll(() => focusedId(page)).toBe('results-heading');
      const scores = scoreDomains(definition, answers);
      // Every result opens with one line, straight under its heading: the strongest area and where to start.
      await expect(page.locator('.results__headline').innerText()).resolves.toBe(headline(definition, scores));
      await expect(page.locator('#results-heading + p').getAttribute('class')).resolves.toBe('results__headline');
      // Each band is explained, with its range.
      const bands = await page.locator('.results__bands li').allInnerTexts();
      expect(bands).toEqual([...definition.bands].reverse().map((band) => `${band.label} (${band.min}–${band.max}%): ${band.description}`));
      // A quiz opens its results with a total and what to read next; a self-assessment has neither.
      const scenarios = definition.items.filter((item) => item.kind === 'scenario');
      if (scenarios.length > 0) {
        const right = scenarios.filter((item) => item.kind === 'scenario' && item.options.some((option) => option.correct && option.id === answers[item.id])).length;
        await expect(page.locator('.results__total').innerText()).resolves.toBe(`You found the main cause in ${right} of ${scenarios.length} stories.`);
        await expect(page.locator('.results__read-next').innerText()).resolves.toMatch(/^What to read next: .+, on the (cause|causes) you missed most\.$|most often mistaken for another\.$/);
        await expect(page.locator('.results__read-next a').count()).resolves.toBeGreaterThanOrEqual(1);
      } else {
        await expect(page.locator('.results__total, .results__read-next').count()).resolves.toBe(0);
      }
      const expected = scores.filter((score) => score.percent !== undefined);
      const rows = await page.locator('.score-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
      );
      expect(rows).toEqual(expected.map((score) => [score.domain.title, `${score.percent}%`, score.band!.label]));
      const steps = await page.locator('.next-steps > li').count();
      expect(steps).toBeLessThanOrEqual(3);
      expect(steps).toBe(Math.min(3, expected.filter((score) => score.band!.id !== definition.bands.at(-1)!.id).length));
      await expect(page.locator('.next-steps a').count()).resolves.toBeGreaterThanOrEqual(steps);
      await expectNoAxeViolationsInBothSchemes(page, 'results');

      const record = JSON.parse((await stored(page, id))!);
      expect(record.draft).toBeNull();
      expect(record.attempts).toHaveLength(1);
      expect(record.attempts[0].answers).toEqual(answers);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('prints its results as a summary of at most two pages, with the table but not the chart, no link addresses and no footer', async () => {
    const answers = Object.fromEntries(definition.items.map((item, index) => [item.id, chosenAnswer(definition, item, index)]));
    const attempt = { id: 'attempt-print', completedAt: '2026-03-01T10:00:00.000Z', definitionVersion: definition.version, answers, scores: {} };
    const { page, close } = await visit({ storage: { [storageKey(id)]: JSON.stringify({ format: 2, draft: null, attempts: [attempt] }) } });
    try {
      await openAssessment(page, id);
      await page.waitForSelector('#results-heading');
      await page.emulateMedia({ media: 'print' });
      const shown = (selector: string) => page.locator(selector).evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null || getComputedStyle(element).position === 'fixed').length);
      await expect(shown('.score-table')).resolves.toBe(1);
      await expect(shown('.score-chart')).resolves.toBe(0);
      await expect(shown('.site-footer, .site-header nav, .assessment-intro, .history, .results .actions')).resolves.toBe(0);
      const addresses = await page.locator('.results a[href]').evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
      expect(addresses.length).toBeGreaterThan(0);
      expect(addresses.every((content) => content === 'none' || content === 'normal')).toBe(true);
      await expect(shown('.results__headline')).resolves.toBe(1);
      const pdf = await page.pdf({ format: 'A4' });
      const printed = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(printed, `${id} prints on ${printed} pages`).toBeGreaterThanOrEqual(1);
      expect(printed, `${id} prints on ${printed} pages`).toBeLessThanOrEqual(2);
    } finally {
      await close();
    }
  });
});

describe('saving and resuming', () => {
  const id = 'mentee-self-assessment';
  const definition = loadDefinition(id);
  const pages = loadPages(definition);
  const of = pages.length;

  it('resumes on the page the user left, after a reload, with earlier answers kept', async () => {
    const { page, close } = await visit();
    try {
      await openAssessment(page, id);
      for (const questions of pages.slice(0, 2)) await answerPage(page, questions, 1);
      await expect.poll(() => progress(page)).toBe(`Part 3 of ${of}`);
      await page.reload();
      await page.waitForSelector('.assessment[data-hydrated]');
      await expect.poll(() => progress(page)).toBe(`Part 3 of ${of}`);
      await page.getByRole('button', { name: 'Back' }).click();
      await expect.poll(() => progress(page)).toBe(`Part 2 of ${of}`);
      for (const item of pages[1]!) await expect(page.locator(`input[name="question-${item.id}"]`).nth(1).isChecked()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it('resumes an attempt saved one question a page (before pages) on the page that holds that question', async () => {
    // Saved by the site when it asked one question at a time: `position` is the index of a question in the middle of page 2.
    const middle = pages[1]![2]!;
    const position = definition.items.indexOf(middle);
    const answers = Object.fromEntries(definition.items.slice(0, position).map((item, index) => [item.id, chosenAnswer(definition, item, index)]));
    const draft = { answers, position, definitionVersion: definition.version, startedAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:05:00.000Z' };
    const { page, close } = await visit({ storage: { [storageKey(id)]: JSON.stringify({ format: 2, draft, attempts: [] }) } });
    try {
      await openAssessment(page, id);
      await expect.poll(() => progress(page)).toBe(`Part 2 of ${of}`);
      // Its answered questions show their answers; the rest of the page is still to answer.
      for (const item of pages[1]!) {
        const checked = await page.locator(`input[name="question-${item.id}"]:checked`).count();
        expect(checked, item.id).toBe(Object.hasOwn(answers, item.id) ? 1 : 0);
      }
    } finally {
      await close();
    }
  });

  it('explains each unanswered question with an error summary that takes focus, and a message by each', async () => {
    const { page, close } = await visit();
    try {
      await openAssessment(page, id);
      const [first, ...others] = pages[0]!;
      await page.locator(`input[name="question-${first!.id}"]`).first().check();
      await submit(page).click();
      const summary = page.locator('.error-summary');
      await expect.poll(() => summary.evaluate((element) => element === document.activeElement)).toBe(true);
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      await expect(summary.getByRole('link').allInnerTexts()).resolves.toEqual(others.map((item) => `Choose an answer: ${item.text}`));
      await expect(page.locator('.question__error').allTextContents()).resolves.toEqual(others.map(() => 'Error: Choose an answer.'));
      await expectNoAxeViolationsInBothSchemes(page, 'a page with unanswered questions');
      // The message belongs to its question: a screen reader hears it with the question.
      const describedBy = await page.locator(`#question-${others[0]!.id}`).getAttribute('aria-describedby');
      expect(describedBy).toContain(`question-${others[0]!.id}-error`);
      await expect(progress(page)).resolves.toBe(`Part 1 of ${of}`);
      await summary.getByRole('link').first().click();
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(`question-${others[0]!.id}`);
      await page.keyboard.press('Space');
      await expect.poll(() => summary.getByRole('link').count()).toBe(others.length - 1);
      for (const item of others.slice(1)) await page.locator(`input[name="question-${item.id}"]`).first().check();
      await expect.poll(() => page.locator('.error-summary').count()).toBe(0);
      await expect.poll(() => page.title()).not.toMatch(/^Error: /);
      await submit(page).click();
      await expect.poll(() => progress(page)).toBe(`Part 2 of ${of}`);
    } finally {
      await close();
    }
  });

  it('gives every answer large touch targets, at least 40 px tall, on a phone as on a laptop', async () => {
    for (const viewport of [{ width: 375, height: 667 }, { width: 1366, height: 768 }]) {
      const { page, close } = await visit({ viewport });
      try {
        await openAssessment(page, id);
        const heights = await page.locator('.option label').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
        expect(heights.length).toBeGreaterThan(pages[0]!.length);
        expect(Math.min(...heights), `${viewport.width} px`).toBeGreaterThanOrEqual(40);
        // A click anywhere on the label chooses its answer.
        const label = page.locator('.option label').nth(2);
        await label.scrollIntoViewIfNeeded();
        const box = (await label.boundingBox())!;
        await page.mouse.click(box.x + box.width - 4, box.y + box.height - 4);
        await expect(page.locator('.option input').nth(2).isChecked()).resolves.toBe(true);
      } finally {
        await close();
      }
    }
  });

  it('lets the reader change any answer from "check your answers", and returns there', async () => {
    const { page, close } = await visit();
    try {
      await openAssessment(page, id);
      for (const questions of pages) await answerPage(page, questions, 1);
      await page.waitForSelector('#check-heading');
      await expect(page.locator('.summary-list__row').count()).resolves.toBe(definition.items.length);
      const target = pages[2]![1]!;
      const row = page.locator('.summary-list__row').nth(definition.items.indexOf(target));
      await expect(row.getByRole('button').getAttribute('class')).resolves.toContain('link-button');
      // By keyboard alone: Tab to the answer's "Change", press Enter.
      await tabTo(page, `button[aria-label="Change: ${target.text.replace(/"/g, '\\"')}"]`, 60);
      await page.keyboard.press('Enter');
      // On the question's own page, with that question focused.
      await expect.poll(() => progress(page)).toBe(`Part 3 of ${of}`);
      await expect.poll(() => focusedText(page)).toBe(target.text);
      // From the answer given (the second), two steps down to the fourth.
      await tabTo(page, `input[name="question-${target.id}"]`);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, '.assessment__form button[type="submit"]');
      await expect(focusedText(page)).resolves.toBe('Continue');
      await page.keyboard.press('Enter');
      // Straight back to the check page, with the new answer.
      await expect.poll(() => focusedId(page)).toBe('check-heading');
      await expect(row.locator('dd').first().innerText()).resolves.toBe(answerText(target, chosenAnswer(definition, target, 3), definition.scales));
      await page.getByRole('button', { name: 'See my results' }).click();
      await page.waitForSelector('#results-heading');
      expect(JSON.parse((await stored(page, id))!).attempts[0].answers[target.id]).toEqual(chosenAnswer(definition, target, 3));
    } finally {
      await close();
    }
  });
});

describe('history', () => {
  const id = 'relationship-health-check';
  const definition = loadDefinition(id);

  it('compares the latest attempt with the previous one, and deletes one or all', async () => {
    const { page, close } = await visit();
    try {
      await openAssessment(page, id);
      await complete(page, definition, 1);
      await page.getByRole('button', { name: 'Take it again' }).click();
      await complete(page, definition, 3);
      const headers = await page.locator('.score-table thead th').allTextContents();
      expect(headers).toEqual(['Area', 'Score', 'Band', 'Previous', 'Change']);
      const firstRow = await page.locator('.score-table tbody tr').first().locator('td').allTextContents();
      expect(firstRow[2]).toMatch(/^\d+%$/);
      expect(firstRow[3]).toMatch(/^(Up \d+|Down \d+|No change)$/);
      await expect(page.locator('.history li').count()).resolves.toBe(2);

      await page.locator('.history li').nth(1).getByRole('button', { name: /^Delete the attempt/ }).click();
      await expect.poll(() => page.locator('.history li').count()).toBe(1);
      expect(JSON.parse((await stored(page, id))!).attempts).toHaveLength(1);

      await page.getByRole('button', { name: 'Delete all my answers to this assessment' }).click();
      await expect.poll(() => progress(page)).toMatch(/^Part 1 of /);
      expect(JSON.parse((await stored(page, id))!).attempts).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('bad saved data', () => {
  const id = 'mentor-self-assessment';
  const definition = loadDefinition(id);
  const [first, second, third] = definition.items as [(typeof definition.items)[number], (typeof definition.items)[number], (typeof definition.items)[number]];
  const pages = loadPages(definition);
  const firstPage = pages[0]!;
  /** Answers the rest of the first page (all but its first question) with the mouse, in page `on`. */
  const answerRestOfFirstPage = async (on: Page) => {
    for (const item of firstPage.slice(1)) await on.locator(`input[name="question-${item.id}"]`).first().check();
  };

  it('keeps unreadable saved data aside, offers it for download and starts afresh', async () => {
    const corrupt = '{"format":2,"draft":{"answers":';
    const { page, close } = await visit({ storage: { [storageKey(id)]: corrupt } });
    try {
      await openAssessment(page, id);
      await expect.poll(() => page.locator('.storage-notices').innerText()).toContain('could not be read');
      const download = page.getByRole('link', { name: 'Download the saved text' });
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      const { readFile } = await import('node:fs/promises');
      await expect(readFile((await file.path())!, 'utf8')).resolves.toBe(corrupt);
      await page.locator(`input[name="question-${first.id}"]`).first().check();
      await expect.poll(() => page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), storageKey(id))).toBe(corrupt);
      expect(JSON.parse((await stored(page, id))!).draft.answers).toEqual({ [first.id]: chosenAnswer(definition, first, 0) });
    } finally {
      await close();
    }
  });

  it('migrates answers saved by an older version of the site', async () => {
    const v1 = { format: 1, answers: { [first.id]: chosenAnswer(definition, first, 1) }, position: 1, savedAt: '2026-01-05T10:00:00.000Z' };
    const { page, close } = await visit({ storage: { [storageKey(id)]: JSON.stringify(v1) } });
    try {
      await openAssessment(page, id);
      await expect.poll(() => page.locator('.storage-notices').innerText()).toContain('earlier version of this site');
      // Its position (question 2) is on the first page, where its answer shows.
      await expect.poll(() => progress(page)).toBe(`Part 1 of ${pages.length}`);
      await expect(page.locator(`input[name="question-${first.id}"]`).nth(1).isChecked()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it('keeps answers to unchanged questions when the assessment has changed, and asks the rest', async () => {
    const draft = {
      answers: {
        [first.id]: chosenAnswer(definition, first, 2),
        'a-question-since-removed': 3,
        [second.id]: 'not-an-option',
      },
      position: 5,
      definitionVersion: definition.version - 1 || 0,
      startedAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:05:00.000Z',
    };
    const { page, close } = await visit({ storage: { [storageKey(id)]: JSON.stringify({ format: 2, draft, attempts: [] }) } });
    try {
      await openAssessment(page, id);
      await expect(page.locator('.assessment .notice[role="status"]').innerText()).resolves.toContain(
        `2 earlier answers no longer apply and were removed; ${definition.items.length - 1} questions are left to answer`,
      );
      await expect.poll(() => progress(page)).toBe(`Part 1 of ${pages.length}`);
      const saved = JSON.parse((await stored(page, id))!);
      expect(saved.draft.answers).toEqual({ [first.id]: draft.answers[first.id] });
      expect(saved.draft.definitionVersion).toBe(definition.version);
      void third;
    } finally {
      await close();
    }
  });

  it('takes a complete attempt saved against earlier questions that still fit them straight to "check your answers"', async () => {
    const answers = Object.fromEntries(definition.items.map((item, index) => [item.id, chosenAnswer(definition, item, index)]));
    const draft = { answers, position: 3, definitionVersion: definition.version - 1 || 0, startedAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:05:00.000Z' };
    const { page, close } = await visit({ storage: { [storageKey(id)]: JSON.stringify({ format: 2, draft, attempts: [] }) } });
    try {
      await openAssessment(page, id);
      await expect.poll(() => page.locator('#check-heading').count()).toBe(1);
      await expect(page.locator('.assessment .notice[role="status"]').innerText()).resolves.toContain('0 questions are left to answer');
      await expect(page.locator('.summary-list__row dd:first-of-type').allInnerTexts()).resolves.toEqual(
        definition.items.map((item) => answerText(item, answers[item.id], definition.scales)),
      );
    } finally {
      await close();
    }
  });

  it('tells the user when storage is full, keeps what was saved, and still works for the visit', async () => {
    const saved = {
      format: 2,
      draft: { answers: { [first.id]: chosenAnswer(definition, first, 0) }, position: 1, definitionVersion: definition.version, startedAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:00:00.000Z' },
      attempts: [],
    };
    const { page, close } = await visit({ storage: { [storageKey(id)]: JSON.stringify(saved) } });
    try {
      await fillStorage(page, 'localStorage');
      await openAssessment(page, id);
      await expect.poll(() => progress(page)).toBe(`Part 1 of ${pages.length}`);
      await answerRestOfFirstPage(page);
      await expect.poll(() => page.locator('.storage-notices').innerText()).toContain('storage for this site is full');
      await submit(page).click();
      await expect.poll(() => progress(page)).toBe(`Part 2 of ${pages.length}`);
      expect(JSON.parse((await stored(page, id))!)).toEqual(saved);
    } finally {
      await close();
    }
  });

  it('works for the visit when storage is disabled, saying that nothing will be kept', async () => {
    const { page, watch, close } = await visit({ setup: disableLocalStorage });
    try {
      await openAssessment(page, id);
      await expect.poll(() => page.locator('.storage-notices').innerText()).toContain('not letting this site save anything');
      await complete(page, definition, 2);
      await expect(page.locator('.score-table tbody tr').count()).resolves.toBe(definition.domains.length);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says when the browser saves but cannot read back, on every page that saves, and still works for the visit', async () => {
    const { page, watch, close } = await visit({ setup: unreadableLocalStorage });
    try {
      await openAssessment(page, id);
      await expect.poll(() => page.locator('.storage-notices').innerText()).toContain('save but not read back');
      await page.locator(`input[name="question-${first.id}"]`).first().check();
      await answerRestOfFirstPage(page);
      await submit(page).click();
      await expect.poll(() => progress(page)).toBe(`Part 2 of ${pages.length}`);
      for (const path of ['checklists/first-meeting/', 'agreement/']) {
        await page.goto(`${siteUrl}${path}`);
        await expect.poll(() => page.locator('.storage-notices').innerText(), { message: path }).toContain('save but not read back');
      }
      await page.goto(`${siteUrl}my-data/`);
      await expect.poll(() => page.locator('.notice[role="status"]').innerText()).toContain('save but not read back');
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('follows changes made in a second tab', async () => {
    const { page, context, close } = await visit();
    try {
      await openAssessment(page, id);
      const other = await context.newPage();
      await openAssessment(other, id);
      await other.locator(`input[name="question-${first.id}"]`).nth(3).check();
      await answerRestOfFirstPage(other);
      await submit(other).click();
      await expect.poll(() => page.locator('.storage-notices').innerText()).toContain('updated in another tab');
      await expect.poll(() => progress(page)).toBe(`Part 2 of ${pages.length}`);
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(page.locator(`input[name="question-${first.id}"]`).nth(3).isChecked()).resolves.toBe(true);
    } finally {
      await close();
    }
  });
});

describe('each page at the top of the screen', () => {
  const id = 'mentor-self-assessment';
  const definition = loadDefinition(id);

  it.each([
    ['a laptop', { width: 1366, height: 768 }],
    ['a phone', { width: 375, height: 667 }],
  ])('folds the introduction once the reader starts, and puts each new page at the top on %s', async (_, viewport) => {
    const { page, close } = await visit({ viewport });
    try {
      await openAssessment(page, id);
      const intro = page.locator('[data-assessment-intro]');
      await expect(intro.getAttribute('open')).resolves.toBe('');
      const pages = loadPages(definition);
      for (const index of [0, 1]) {
        await answerPage(page, pages[index]!, 0);
        const next = pages[index + 1]!;
        await expect.poll(() => page.locator('.question__legend').first().textContent()).toBe(next[0]!.text);
        // The new page's heading is at the top of the screen, its first question in view below it.
        const heading = await page.locator('.assessment__page h2').first().evaluate((h2) => h2.getBoundingClientRect().top);
        expect(heading, `page ${index + 2}`).toBeGreaterThanOrEqual(0);
        expect(heading, `page ${index + 2}`).toBeLessThanOrEqual(viewport.height * 0.2);
        const legend = await page.locator('.question__legend').first().evaluate((element) => element.getBoundingClientRect().bottom);
        expect(legend, `page ${index + 2}`).toBeLessThanOrEqual(viewport.height * 0.6);
      }
      await expect.poll(() => intro.getAttribute('open')).toBeNull();
      // Still there for anyone who wants it: one line that opens again.
      await intro.locator('summary').click();
      await expect.poll(() => intro.getAttribute('open')).toBe('');
      await expect(intro.innerText()).resolves.toContain('Nothing is sent anywhere');
    } finally {
      await close();
    }
  });
});

describe('an attempt the current questions cannot score', () => {
  const id = 'mentor-self-assessment';
  const definition = loadDefinition(id);

  it('says it cannot be scored and offers a retake, never claiming a result', async () => {
    const attempt = { id: 'attempt-old', completedAt: '2025-06-01T10:00:00.000Z', definitionVersion: 0, answers: { 'a-question-since-removed': 4 }, scores: Object.fromEntries(definition.domains.map((domain) => [domain.id, 0])) };
    const { page, close } = await visit({ storage: { [storageKey(id)]: JSON.stringify({ format: 2, draft: null, attempts: [attempt] }) } });
    try {
      await openAssessment(page, id);
      const results = page.locator('.results');
      await expect.poll(() => results.innerText()).toContain('cannot be scored');
      await expect(results.innerText()).resolves.not.toContain('Every area is in the top band');
      await expect(page.locator('.score-table').count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Take it again' }).click();
      await expect.poll(() => progress(page)).toBe(`Part 1 of ${loadPages(definition).length}`);
    } finally {
      await close();
    }
  });
});

describe('the assessment pages', () => {
  it('load at most 20 KB of JavaScript (gzip) in all, and list every assessment', async () => {
    const { page, close } = await visit();
    try {
      await page.goto(`${siteUrl}assessments/`);
      const links = await page.locator('main .card a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(links.map((link) => new URL(link).pathname)).toEqual(ASSESSMENT_IDS.map((id) => `/assessments/${id}/`));
      for (const id of ASSESSMENT_IDS) {
        const bodies: Promise<Buffer>[] = [];
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script') bodies.push(response.body());
        });
        await openAssessment(page, id);
        // The inline scripts every page carries are the site's, budgeted with the article pages' (tests/build/size-budget.test.ts).
        const everyPage = new Set([SHARED_COMPUTER_SOURCE, SERVICE_WORKER_SOURCE, SEARCH_SHORTCUT_SOURCE]);
        const inline = (await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''))).filter((code) => !everyPage.has(code));
        const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0) + inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
        expect(total, `${id}: ${(total / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(20 * 1024);
        page.removeAllListeners('response');
      }
    } finally {
      await close();
    }
  });

  it('use a wide screen for what the reader will get, beside the questions, and put it after them on a phone', async () => {
    const { page, close } = await visit({ viewport: { width: 1280, height: 800 } });
    try {
      await openAssessment(page, 'relationship-health-check');
      const aside = page.getByRole('complementary', { name: 'What you will get' });
      const definition = loadDefinition('relationship-health-check');
      await expect(aside.locator('ol li').allInnerTexts()).resolves.toEqual(definition.domains.map((domain) => domain.title));
      await expectAsideBesideThenAfter(page, '.assessment__form', aside);
    } finally {
      await close();
    }
  });
});
