/**
 * My mentoring network and My development plan in a real browser, against the built site:
 * building a network by keyboard, its gaps, map and table, snapshots compared, a plan with two
 * goals, the printed plan and the review receipt, and both moved through "My saved data".
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { localDay } from '../../src/lib/dates';
import { tabTo } from '../support/assessments.ts';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { openWatchedPage, useSharedBrowser, type WatchedPageOptions } from '../support/browser.ts';

const siteUrl = inject('siteUrls').root;
const NETWORK_KEY = 'mentorship-guide:network';
const PLAN_KEY = 'mentorship-guide:plan';
const shared = useSharedBrowser();

function visit(options: WatchedPageOptions = {}) {
  return openWatchedPage(shared.browser, new URL(siteUrl).origin, { locale: 'en-US', acceptDownloads: true, dialogs: 'accept', ...options });
}

async function open(page: Page, path: 'network' | 'plan') {
  await page.goto(`${siteUrl}${path}/`);
  await page.waitForSelector(`.${path}[data-hydrated]`);
}

/** Types a day (YYYY-MM-DD) into the focused en-US date input: month, day, year. */
async function typeDay(page: Page, day: string) {
  const [year, month, date] = day.split('-');
  await page.keyboard.type(`${month}${date}${year}`);
}

/** No sideways scrolling: the page fits the window's width. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const person = (id: string, name: string, categories: string[], place = '', frequency = '') => ({ id, name, categories, frequency, place });
const SAVED_NETWORK = {
  format: 1,
  people: [person('a1', 'Dr Lee', ['career-guidance', 'skills', 'feedback'], 'inside', 'monthly'), person('a2', 'Sam', ['peer-support'], 'outside', 'rarely')],
  snapshots: [],
  updatedAt: '2026-11-01T09:00:00.000Z',
};

/** The network page with SAVED_NETWORK in storage, shown once hydrated. */
async function openSavedNetwork() {
  const opened = await visit({ storage: { [NETWORK_KEY]: JSON.stringify(SAVED_NETWORK) } });
  await open(opened.page, 'network');
  await expect.poll(() => opened.page.locator('.network__person').count()).toBe(2);
  return opened;
}

describe('My mentoring network', () => {
  it('is built by keyboard from five people, and shows its gaps, its concentration, the map and the same facts as a table', async () => {
    const { page, watch, close } = await visit();
    try {
      await open(page, 'network');
      await expectNoAxeViolationsInBothSchemes(page, 'empty network');
      const people: [string, string[]][] = [
        ['Dr Main', ['Career guidance', 'Research or clinical skills', 'Feedback on your work', 'Navigating the institution', 'Role model']],
        ['JS', ['Peer support']],
        ['Prof Ahmed', ['Feedback on your work']],
        ['Ana', ['Peer support', 'Wellbeing and work–life balance']],
        ['KT', []],
      ];
      // Tab to the name field once: adding a person leaves the focus there, ready for the next name.
      await tabTo(page, '#person-name', 80);
      for (const [name] of people) {
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('person-name');
        await page.keyboard.type(name);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.network__status').textContent()).toBe(`Added ${name}.`);
      }
      // The first kind of support by keyboard: Tab to its checkbox and press Space.
      await tabTo(page, '.network__person:nth-of-type(1) input[type="checkbox"]');
      await page.keyboard.press('Space');
      for (const [index, [, kinds]] of people.entries()) {
        const card = page.locator('.network__person').nth(index);
        for (const kind of kinds.slice(index === 0 ? 1 : 0)) await card.getByLabel(kind, { exact: true }).check();
      }
      await page.locator('.network__person').nth(0).getByLabel('How often you are in touch with Dr Main').selectOption('weekly');
      await page.locator('.network__person').nth(0).getByLabel('Inside your institution').check();
      await page.locator('.network__person').nth(1).getByLabel('Outside your institution').check();

      const findings = page.locator('.network__findings');
      await expect.poll(() => findings.innerText()).toContain('Gap: Sponsorship and advocacy. No one in your network gives this yet.');
      const text = await findings.innerText();
      expect(text).toContain('Gap: Professional networking.');
      expect(text).not.toContain('Gap: Peer support.');
      expect(text).toContain('Concentration: Dr Main gives 5 of the 7 kinds of support your network covers.');
      expect(text).toContain('career guidance, research or clinical skills, navigating the institution, role model, which only they give');
      await expect(findings.getByRole('link', { name: 'Mentor, coach, sponsor, supervisor' }).count()).resolves.toBeGreaterThan(0);

      const map = page.getByRole('img', { name: /^Map of your mentoring network/ });
      await expect(map.locator('.network-map__name').allTextContents()).resolves.toEqual(['Dr Main', 'JS', 'Prof Ahmed', 'Ana', 'KT']);
      await expect(map.locator('.network-map__group').allTextContents()).resolves.toEqual(['Inside your institution', 'Outside your institution', 'Where not said']);
      const rows = page.getByRole('table', { name: /^Your network as a table/ }).locator('tbody tr');
      await expect(rows.count()).resolves.toBe(5);
      await expect(rows.nth(0).innerText()).resolves.toBe(
        'Dr Main\tCareer guidance, Research or clinical skills, Feedback on your work, Navigating the institution, Role model\tEvery week or so\tInside your institution',
      );
      await expectNoAxeViolationsInBothSchemes(page, 'network of five');

      await page.reload();
      await page.waitForSelector('.network[data-hydrated]');
      await expect.poll(() => page.locator('.network__person h3').allTextContents()).toEqual(['Dr Main', 'JS', 'Prof Ahmed', 'Ana', 'KT']);

      await page.setViewportSize({ width: 320, height: 800 });
      await expect.poll(() => fitsWidth(page)).toBe(true);
      expect(watch.errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps two dated snapshots and compares last year with this year', async () => {
    const { page, close } = await openSavedNetwork();
    try {
      await page.locator('#snapshot-day').focus();
      await typeDay(page, '2025-11-20');
      await page.getByRole('button', { name: 'Keep a snapshot' }).click();
      await expect.poll(() => page.locator('.network__status').textContent()).toBe('Kept a snapshot of your network dated 20 November 2025.');

      await page.getByLabel('Name or initials').fill('Prof Ahmed');
      await page.getByRole('button', { name: 'Add person' }).click();
      await page.locator('.network__person').nth(2).getByLabel('Sponsorship and advocacy').check();
      await page.locator('.network__person').nth(1).getByRole('button', { name: 'Remove Sam' }).click();
      await page.locator('#snapshot-day').focus();
      await typeDay(page, localDay());
      await page.getByRole('button', { name: 'Keep a snapshot' }).click();

      await expect.poll(() => page.locator('.network__snapshot-list li').count()).toBe(2);
      const comparison = page.locator('.network__comparison');
      await expect.poll(() => comparison.innerText()).toContain('From 20 November 2025 to');
      const text = await comparison.innerText();
      expect(text).toContain('Joined: Prof Ahmed.');
      expect(text).toContain('No longer listed: Sam.');
      expect(text).toContain('Gaps filled: Sponsorship and advocacy.');
      expect(text).toContain('New gaps: Peer support.');
      await expect(comparison.getByRole('table').locator('tbody tr').first().innerText()).resolves.toBe('Career guidance\t1\t1');
      await expectNoAxeViolationsInBothSchemes(page, 'two snapshots compared');
    } finally {
      await close();
    }
  });

  it('prints the map, its table and the findings on one page, without the form', async () => {
    const { page, close } = await openSavedNetwork();
    try {
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.network-map svg').isVisible()).resolves.toBe(true);
      await expect(page.locator('.network-table').isVisible()).resolves.toBe(true);
      await expect(page.locator('.network__findings').isVisible()).resolves.toBe(true);
      await expect(page.locator('.network__people').isVisible()).resolves.toBe(false);
      const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length).toBe(1);
    } finally {
      await close();
    }
  });
});

describe('My development plan', () => {
  it('is written with two goals, partly by keyboard, saved, printed whole, and printed as a receipt with no goal text', async () => {
    const { page, watch, close } = await visit({
      storage: { [NETWORK_KEY]: JSON.stringify(SAVED_NETWORK) },
      setup: (context) =>
        context.addInitScript(() => {
          window.print = () => {
            const root = document.documentElement;
            root.dataset.printed = String(Number(root.dataset.printed ?? 0) + 1);
            root.dataset.printedText = document.body.innerText;
          };
        }),
    });
    try {
      await open(page, 'plan');
      await expectNoAxeViolationsInBothSchemes(page, 'empty plan');
      await tabTo(page, '#area-research');
      await page.keyboard.press('Space');
      await page.getByLabel('Career and leadership').check();

      await page.getByRole('button', { name: 'Add a goal' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('goal-1-what');
      await page.keyboard.type('Submit the cohort paper');
      await tabTo(page, '#goal-1-by');
      await typeDay(page, '2027-03-31');
      await page.locator('#goal-1-measure').fill('Submitted to a journal');
      await page.locator('#goal-1-milestone').fill('First full draft to Dr Lee');
      await page.getByRole('button', { name: 'Add milestone to goal 1' }).click();
      await page.getByRole('group', { name: 'Status of goal 1' }).getByLabel('On track').check();
      await page.locator('.plan__goal').nth(0).getByLabel('Dr Lee', { exact: true }).check();

      await page.getByRole('button', { name: 'Add a goal' }).click();
      await page.keyboard.type('Apply for the leadership course');
      await page.locator('#goal-2-area').selectOption('career');
      await expect(page.locator('.plan__goal').nth(1).innerText()).resolves.toContain('Still to write: by when, how you will know.');

      await page.locator('#review-date').focus();
      await typeDay(page, '2027-01-15');
      await expect.poll(() => page.locator('#review-date-state').textContent()).toMatch(/^In \d+ days\.$|^Overdue/);
      await expectNoAxeViolationsInBothSchemes(page, 'plan with two goals');

      await page.reload();
      await page.waitForSelector('.plan[data-hydrated]');
      await expect.poll(() => page.locator('#goal-1-what').inputValue()).toBe('Submit the cohort paper');
      await expect(page.locator('#goal-2-area').inputValue()).resolves.toBe('career');

      // The complete plan on paper.
      await page.emulateMedia({ media: 'print' });
      // Hidden on paper, so found by its text rather than its role.
      await page.locator('button', { hasText: /^Print the plan$/ }).evaluate((button: HTMLButtonElement) => button.click());
      await expect.poll(() => page.locator('html').getAttribute('data-printed')).toBe('1');
      const plan = (await page.locator('html').getAttribute('data-printed-text'))!;
      expect(plan).toContain('Submit the cohort paper');
      expect(plan).toContain('31 March 2027');
      expect(plan).toContain('To do: First full draft to Dr Lee');
      expect(plan).toContain('Who helps\nDr Lee');
      expect(plan).toContain('Apply for the leadership course');
      await page.emulateMedia({ media: 'screen' });

      // The receipt: a review recorded, a name typed, and nothing from the plan.
      const receiptButton = page.locator('button', { hasText: /^Print the review receipt$/ });
      await expect(receiptButton.isDisabled()).resolves.toBe(true);
      await page.locator('#reviewed-on').focus();
      await typeDay(page, '2026-11-20');
      await page.getByRole('button', { name: 'Record the review' }).click();
      await expect.poll(() => page.locator('.plan__status').textContent()).toBe('Recorded a review with your mentor on 20 November 2026.');
      await page.getByLabel('Your name, as it should appear on the receipt').fill('Priya Shah');
      await page.emulateMedia({ media: 'print' });
      await receiptButton.evaluate((button: HTMLButtonElement) => button.click());
      await expect.poll(() => page.locator('html').getAttribute('data-printed')).toBe('2');
      const receipt = (await page.locator('html').getAttribute('data-printed-text'))!;
      expect(receipt).toContain('Development plan reviewed with a mentor on 20 November 2026.');
      expect(receipt).toContain('Name: Priya Shah');
      for (const goalText of ['Submit the cohort paper', 'leadership course', 'First full draft', 'Submitted to a journal', 'Dr Lee', 'Goal 1']) {
        expect(receipt).not.toContain(goalText);
      }
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('.plan__receipt').count()).resolves.toBe(0);

      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
      expect(file.suggestedFilename()).toBe('development-plan.md');
      const markdown = await readFile((await file.path())!, 'utf8');
      expect(markdown).toContain('## Goal 1: Submit the cohort paper');
      expect(markdown).toContain('- [ ] First full draft to Dr Lee');

      const [calendar] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add the review to your calendar (.ics)' }).click()]);
      expect(await readFile((await calendar.path())!, 'utf8')).toContain('DTSTART;VALUE=DATE:20270115');

      await page.setViewportSize({ width: 320, height: 800 });
      await expect.poll(() => fitsWidth(page)).toBe(true);
      expect(watch.errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the plan on the meeting agenda', () => {
  const goal = (id: string, what: string, status: string, area = '', reviews: string[] = []) => ({
    id, area, what, byWhen: id === 'g1' ? '2027-03-31' : '', measure: '', milestones: [], status, notes: '', helpers: [], reviews,
  });
  const SAVED_PLAN = {
    format: 1,
    areas: ['research', 'career'],
    goals: [
      goal('g1', 'Submit the cohort paper', 'on-track', 'research', ['2026-05-01']),
      goal('g2', 'Apply for the leadership course', 'not-started', 'career'),
      goal('g3', 'Finish the statistics course', 'done', 'skills'),
    ],
    reviewDate: '',
    reviews: [],
    name: '',
    updatedAt: '2026-11-02T09:00:00.000Z',
  };
  const AGENDA = `${siteUrl}checklists/meeting-agenda/`;
  const savedPlan = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PLAN_KEY);

  it('offers the open goals, and ticking one at a meeting records that meeting’s day in the plan', async () => {
    const { page, watch, close } = await visit({ storage: { [PLAN_KEY]: JSON.stringify(SAVED_PLAN) } });
    try {
      const scripts: string[] = [];
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
      await page.goto(AGENDA);
      await page.waitForSelector('.checklist[data-hydrated]');
      const goals = page.getByRole('region', { name: 'Goals from your development plan' });
      await expect.poll(() => goals.getByRole('checkbox').count()).toBe(2);
      const first = goals.getByRole('checkbox', { name: 'Reviewed at this meeting: Submit the cohort paper' });
      expect(await first.isChecked()).toBe(false);
      await expect(goals.innerText()).resolves.toContain('Research or scholarship · On track · by 31 March 2027 · last reviewed 1 May 2026');
      await expect(goals.innerText()).resolves.toContain('Apply for the leadership course');
      await expect(goals.innerText()).resolves.not.toContain('statistics course');
      // Loaded on demand, since only a browser with a plan needs it (the next test: one without loads nothing).
      expect(scripts.filter((url) => /PlanGoalsAgenda/.test(url))).toHaveLength(1);

      // This meeting was on 20 November: the goal is ticked by keyboard.
      await page.locator('#meeting-date').focus();
      await typeDay(page, '2026-11-20');
      await expect.poll(() => goals.innerText()).toContain('records that it was reviewed with your mentor on 20 November 2026');
      await first.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => goals.getByRole('status').last().textContent()).toBe('Your plan now records that “Submit the cohort paper” was reviewed on 20 November 2026.');
      await expect.poll(async () => (await savedPlan(page)).goals.map((saved: { reviews: string[] }) => saved.reviews)).toEqual([['2026-05-01', '2026-11-20'], [], []]);
      await expectNoAxeViolationsInBothSchemes(page, 'meeting agenda with plan goals');

      await page.reload();
      await page.waitForSelector('.checklist[data-hydrated]');
      await expect.poll(() => goals.getByRole('checkbox', { name: 'Reviewed at this meeting: Submit the cohort paper' }).isChecked()).toBe(true);

      // The plan says so, and a review of the whole plan recorded from the meeting gives the receipt its date.
      await open(page, 'plan');
      await expect.poll(() => page.locator('.plan__goal').nth(0).innerText()).toContain('Last reviewed with your mentor on 20 November 2026.');
      await page.goto(AGENDA);
      await page.waitForSelector('.checklist[data-hydrated]');
      await goals.getByRole('button', { name: 'Record a review of the whole plan on 20 November 2026' }).click();
      await expect.poll(() => goals.innerText()).toContain('Your plan records a review of the whole plan with your mentor on 20 November 2026.');
      const saved = await savedPlan(page);
      expect(saved.reviews).toEqual(['2026-11-20']);
      expect(saved.goals[1].reviews).toEqual(['2026-11-20']);
      expect(saved.goals[2].reviews).toEqual([]);

      // Unticking takes back only this meeting's review of that goal.
      await goals.getByRole('checkbox', { name: 'Reviewed at this meeting: Apply for the leadership course' }).uncheck();
      await expect.poll(async () => (await savedPlan(page)).goals[1].reviews).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows nothing from a plan, and loads nothing for one, in a browser that has none', async () => {
    const { page, close } = await visit();
    try {
      const scripts: string[] = [];
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
      await page.goto(AGENDA);
      await page.waitForSelector('.checklist[data-hydrated]');
      await page.getByRole('checkbox', { name: 'Review progress towards the goals in your agreement.' }).check();
      await page.waitForTimeout(300);
      expect(await page.getByRole('region', { name: 'Goals from your development plan' }).count()).toBe(0);
      expect(scripts.filter((url) => /PlanGoalsAgenda/.test(url))).toEqual([]);
      expect(scripts.length).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});

describe('the network and the plan on My saved data', () => {
  it('are listed, exported, deleted and imported back', async () => {
    const plan = {
      format: 1,
      areas: ['research'],
      goals: [{ id: 'g1', area: 'research', what: 'Submit the cohort paper', byWhen: '', measure: '', milestones: [], status: 'done', notes: '', helpers: [], reviews: [] }],
      reviewDate: '',
      reviews: [],
      name: '',
      updatedAt: '2026-11-02T09:00:00.000Z',
    };
    const { page, close } = await visit({ storage: { [NETWORK_KEY]: JSON.stringify(SAVED_NETWORK), [PLAN_KEY]: JSON.stringify(plan) } });
    try {
      await page.goto(`${siteUrl}my-data/`);
      await page.waitForSelector('.my-data[data-hydrated]');
      const items = page.locator('.saved-list__item');
      await expect.poll(() => items.allInnerTexts()).toHaveLength(2);
      const listed = (await items.allInnerTexts()).join('\n');
      expect(listed).toMatch(/My mentoring network\s+2 people, 0 snapshots; last changed 1 November 2026/);
      expect(listed).toMatch(/My development plan\s+1 goal, 1 done; last changed 2 November 2026/);
      await expect(page.getByRole('link', { name: 'My mentoring network' }).getAttribute('href')).resolves.toBe('/network/');

      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all my data' }).click()]);
      const exported = await readFile((await file.path())!, 'utf8');
      expect(Object.keys(JSON.parse(exported).records)).toEqual([NETWORK_KEY, PLAN_KEY]);

      await page.getByRole('button', { name: 'Delete all my data' }).click();
      await expect.poll(() => page.locator('.my-data').innerText()).toContain('Nothing is saved in this browser yet');
      await page.locator('#import-file').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await expect.poll(() => page.locator('.import-preview h3').textContent()).toBe('This file holds 2 records');
      await expect(page.locator('.import-preview li').allTextContents()).resolves.toEqual([
        'the mentoring network, last changed 1 November 2026',
        'the development plan, last changed 2 November 2026',
      ]);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await expect.poll(() => page.locator('.my-data__status').textContent()).toMatch(/^Import finished: 2 added/);

      await open(page, 'plan');
      await expect.poll(() => page.locator('#goal-1-what').inputValue()).toBe('Submit the cohort paper');
      await open(page, 'network');
      await expect.poll(() => page.locator('.network__person h3').allTextContents()).toEqual(['Dr Lee', 'Sam']);
    } finally {
      await close();
    }
  });
});
