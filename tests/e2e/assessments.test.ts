import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { scoreDomains } from '../../src/lib/assessment/scoring';
import type { Answers } from '../../src/lib/assessment/types';
import { answerByKeyboard, ASSESSMENT_IDS, chosenAnswer, loadDefinition, storageKey, tabTo } from '../support/assessments.ts';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { disableLocalStorage, openWatchedPage, unreadableLocalStorage, useSharedBrowser, type WatchedPageOptions } from '../support/browser.ts';

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

describe.each(ASSESSMENT_IDS)('taking %s by keyboard alone', (id) => {
  const definition = loadDefinition(id);

  it('shows the questions before JavaScript runs, then saves, scores and explains every answer', async () => {
    const html = await (await fetch(`${siteUrl}assessments/${id}/`)).text();
    expect(html).toContain(`Question 1 of ${definition.items.length}`);
    expect(html).toContain(`See all ${definition.items.length} questions`);

    const { page, watch, close } = await visit();
    try {
      await openAssessment(page, id);
      await expectNoAxeViolationsInBothSchemes(page, 'first question');
      const answers: Answers = {};
      for (const [index, item] of definition.items.entries()) {
        await expect.poll(() => progress(page)).toBe(`Question ${index + 1} of ${definition.items.length}`);
        await expect.poll(() => page.locator('.question__legend').textContent()).toBe(item.text);
        if (index > 0) {
          // Focus moves to the new question, so a screen reader announces it and Tab continues from there.
          await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(item.text);
        }
        await answerByKeyboard(page, item, index);
        answers[item.id] = chosenAnswer(definition, item, index);
        await tabTo(page, '.assessment__form button[type="submit"]');
        if (item.kind === 'scenario') {
          await page.keyboard.press('Enter');
          const feedback = page.locator('.feedback');
          await expect.poll(() => feedback.locator('li').count()).toBe(item.options.length);
          // Focus moves to the verdict, so it is announced.
          await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`feedback-${item.id}`);
          await tabTo(page, '.assessment__form button[type="submit"]');
        }
        await page.keyboard.press('Enter');
      }

      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
      // A quiz opens its results with a total; a self-assessment has none.
      const scenarios = definition.items.filter((item) => item.kind === 'scenario');
      if (scenarios.length > 0) {
        const right = scenarios.filter((item) => item.kind === 'scenario' && item.options.some((option) => option.correct && option.id === answers[item.id])).length;
        await expect(page.locator('.results__total').innerText()).resolves.toBe(`You found the main cause in ${right} of ${scenarios.length} stories.`);
      } else {
        await expect(page.locator('.results__total').count()).resolves.toBe(0);
      }
      const expected = scoreDomains(definition, answers).filter((score) => score.percent !== undefined);
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
});

describe('saving and resuming', () => {
  const id = 'mentee-self-assessment';
  const definition = loadDefinition(id);

  it('resumes where the user left off after a reload, with earlier answers kept', async () => {
    const { page, close } = await visit();
    try {
      await openAssessment(page, id);
      for (let index = 0; index < 3; index++) {
        await page.locator(`input[name="question-${definition.items[index]!.id}"]`).nth(1).check();
        await page.getByRole('button', { name: 'Next question' }).click();
      }
      await page.reload();
      await page.waitForSelector('.assessment[data-hydrated]');
      await expect.poll(() => progress(page)).toBe(`Question 4 of ${definition.items.length}`);
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(page.locator(`input[name="question-${definition.items[2]!.id}"]`).nth(1).isChecked()).resolves.toBe(true);
    } finally {
      await close();
    }
  });

  it('explains an unanswered question with an error summary that takes focus', async () => {
    const { page, close } = await visit();
    try {
      await openAssessment(page, id);
      await page.getByRole('button', { name: 'Next question' }).click();
      const summary = page.locator('.error-summary');
      await expect.poll(() => summary.evaluate((element) => element === document.activeElement)).toBe(true);
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      await expect.poll(() => page.locator('.question__error').textContent()).toBe('Error: Choose an answer to continue.');
      await summary.getByRole('link').click();
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('.error-summary').count()).toBe(0);
      await expect.poll(() => page.title()).not.toMatch(/^Error: /);
    } finally {
      await close();
    }
  });
});

/** Completes an assessment with the mouse, choosing option `pick` everywhere. */
async function complete(page: Page, id: string, pick: number) {
  const definition = loadDefinition(id);
  for (const item of definition.items) {
    const inputs = page.locator(`input[name="question-${item.id}"]`);
    await inputs.first().waitFor();
    await inputs.nth(pick % (await inputs.count())).check();
    await page.locator('.assessment__form button[type="submit"]').click();
    if (item.kind === 'scenario') await page.locator('.assessment__form button[type="submit"]').click();
  }
  await page.waitForSelector('#results-heading');
}

describe('history', () => {
  const id = 'relationship-health-check';

  it('compares the latest attempt with the previous one, and deletes one or all', async () => {
    const { page, close } = await visit();
    try {
      await openAssessment(page, id);
      await complete(page, id, 1);
      await page.getByRole('button', { name: 'Take it again' }).click();
      await complete(page, id, 3);
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
      await expect.poll(() => progress(page)).toMatch(/^Question 1 of /);
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
      await expect.poll(() => progress(page)).toBe(`Question 2 of ${definition.items.length}`);
      await page.getByRole('button', { name: 'Back' }).click();
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
      await expect.poll(() => progress(page)).toBe(`Question 2 of ${definition.items.length}`);
      const saved = JSON.parse((await stored(page, id))!);
      expect(saved.draft.answers).toEqual({ [first.id]: draft.answers[first.id] });
      expect(saved.draft.definitionVersion).toBe(definition.version);
      void third;
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
      // Fill the rest of this origin's storage, leaving room for the site's tiny write test only.
      await page.evaluate(() => {
        const sizes = new Map<number, string>();
        let chunk = 'x'.repeat(1024 * 1024);
        for (let index = 0; chunk.length >= 1; index++) {
          try {
            localStorage.setItem(`filler-${index}`, chunk);
            sizes.set(chunk.length, `filler-${index}`);
          } catch {
            chunk = chunk.slice(0, Math.floor(chunk.length / 2));
          }
        }
        // Free a sliver: room for the site's tiny write test, far too little for a saved record.
        localStorage.removeItem(sizes.get(32)!);
      });
      await openAssessment(page, id);
      await expect.poll(() => progress(page)).toBe(`Question 2 of ${definition.items.length}`);
      await page.locator(`input[name="question-${second.id}"]`).first().check();
      await expect.poll(() => page.locator('.storage-notices').innerText()).toContain('storage for this site is full');
      await page.getByRole('button', { name: 'Next question' }).click();
      await expect.poll(() => progress(page)).toBe(`Question 3 of ${definition.items.length}`);
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
      await complete(page, id, 2);
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
      await page.getByRole('button', { name: 'Next question' }).click();
      await expect.poll(() => progress(page)).toBe(`Question 2 of ${definition.items.length}`);
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
      await other.getByRole('button', { name: 'Next question' }).click();
      await expect.poll(() => page.locator('.storage-notices').innerText()).toContain('updated in another tab');
      await expect.poll(() => progress(page)).toBe(`Question 2 of ${definition.items.length}`);
    } finally {
      await close();
    }
  });
});

describe('each question at the top of the screen', () => {
  const id = 'mentor-self-assessment';
  const definition = loadDefinition(id);

  it.each([
    ['a laptop', { width: 1366, height: 768 }],
    ['a phone', { width: 375, height: 667 }],
  ])('folds the introduction once the reader starts, and puts each new question at the top on %s', async (_, viewport) => {
    const { page, close } = await visit({ viewport });
    try {
      await openAssessment(page, id);
      const intro = page.locator('[data-assessment-intro]');
      await expect(intro.getAttribute('open')).resolves.toBe('');
      for (const index of [0, 1]) {
        const item = definition.items[index]!;
        await page.locator(`input[name="question-${item.id}"]`).first().check();
        await page.getByRole('button', { name: 'Next question' }).click();
        const next = definition.items[index + 1]!;
        await expect.poll(() => page.locator('.question__legend').textContent()).toBe(next.text);
        const top = await page.locator('.question__legend').evaluate((legend) => legend.getBoundingClientRect().top);
        expect(top, `question ${index + 2}`).toBeGreaterThanOrEqual(0);
        expect(top, `question ${index + 2}`).toBeLessThanOrEqual(viewport.height * 0.2);
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
      await expect.poll(() => progress(page)).toBe(`Question 1 of ${definition.items.length}`);
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
        const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
        const total = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0) + inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
        expect(total, `${id}: ${(total / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(20 * 1024);
        page.removeAllListeners('response');
      }
    } finally {
      await close();
    }
  });
});
