import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { checklistSchema } from '../../src/schemas/checklist';
import { checkCode } from '../../src/lib/tracks/check-code';
import { trackSchema, type Track } from '../../src/schemas/track';
import { tabTo } from '../support/assessments.ts';
import { expectNoAxeViolationsInBothSchemes } from '../support/axe.ts';
import { openWatchedPage, useSharedBrowser, type WatchedPageOptions } from '../support/browser.ts';
import { PROJECT_ROOT, SITE_BUILDS } from '../support/site-builds.ts';

const siteUrl = inject('siteUrls').root;
const origin = new URL(siteUrl).origin;
const shared = useSharedBrowser();

const TRACK_IDS = readdirSync(resolve(PROJECT_ROOT, 'content/tracks')).map((file) => file.replace(/\.yaml$/, ''));
const loadTrack = (id: string): Track => trackSchema.parse(parse(readFileSync(resolve(PROJECT_ROOT, `content/tracks/${id}.yaml`), 'utf8')));
const checklistItems = (id: string) =>
  checklistSchema
    .parse(parse(readFileSync(resolve(PROJECT_ROOT, `content/checklists/${id}.yaml`), 'utf8')))
    .sections.flatMap((section) => section.items.map((item) => item.id));

const DONE_AT = '2026-05-02T10:00:00.000Z';
const completedAssessment = JSON.stringify({
  format: 2,
  draft: null,
  attempts: [{ id: 't1', completedAt: DONE_AT, definitionVersion: 1, answers: {}, scores: {} }],
});
const completedChecklist = (id: string) =>
  JSON.stringify({
    format: 2,
    definitionVersion: 1,
    entries: [{ id: 'e1', ticked: checklistItems(id), notes: {}, actions: [], createdAt: DONE_AT, updatedAt: DONE_AT }],
  });

async function openTrack(id: string, options: WatchedPageOptions = {}) {
  const opened = await openWatchedPage(shared.browser, origin, options);
  await opened.page.goto(`${siteUrl}tracks/${id}/`);
  await opened.page.waitForSelector('.track[data-hydrated]');
  return opened;
}

const progressText = (page: Page) => page.locator('.track .checklist__progress-text').textContent();
const stepItem = (page: Page, number: number) => page.locator('.track-step').nth(number - 1);

describe('the tracks page', () => {
  it('lists the four tracks, each linking to its steps, and passes axe in both colour schemes', async () => {
    const { page, close } = await openWatchedPage(shared.browser, origin);
    try {
      await page.goto(`${siteUrl}tracks/`);
      for (const title of ['New mentee', 'New mentor', 'Mentor training', 'Programme lead']) {
        await expect(page.getByRole('heading', { level: 2, name: title }).getByRole('link').count(), title).resolves.toBe(1);
      }
      await expect(page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Tracks' }).getAttribute('aria-current')).resolves.toBe('page');
      await expectNoAxeViolationsInBothSchemes(page, '/tracks/');
    } finally {
      await close();
    }
  });
});

describe('a track', () => {
  const training = loadTrack('mentor-training');

  it('shows every step in order, with its reason, without JavaScript', async () => {
    const { page, close } = await openWatchedPage(shared.browser, origin, { javaScriptEnabled: false });
    try {
      await page.goto(`${siteUrl}tracks/mentor-training/`);
      await expect(page.locator('.track-step').count()).resolves.toBe(training.steps.length);
      await expect(stepItem(page, 3).innerText()).resolves.toContain(training.steps[2]!.why);
      await expect(page.locator('progress').getAttribute('max')).resolves.toBe(String(training.steps.length));
    } finally {
      await close();
    }
  });

  it('is taken from start to finish: articles marked read, the assessment done elsewhere, reflections kept, all surviving a reload', async () => {
    const { page, watch, close } = await openTrack('mentor-training', { storage: { 'mentorship-guide:assessment:mentor-self-assessment': completedAssessment } });
    const total = training.steps.length;
    try {
      const assessmentMinutes = training.steps.find((step) => step.kind === 'assessment')!.minutes;
      await expect.poll(() => progressText(page)).toBe(`1 of ${total} steps, about ${training.minutes - assessmentMinutes} minutes left`);
      await expect(page.locator('progress').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).resolves.toEqual([1, total]);
      await expect(stepItem(page, 2).innerText()).resolves.toContain('Done on 2 May 2026');
      await expect(stepItem(page, 1).getAttribute('aria-current')).resolves.toBe('step');
      await expect(stepItem(page, 1).innerText()).resolves.toContain('Next step');

      // The first by keyboard, the rest by clicking.
      const articles = training.steps.map((step, index) => ({ step, number: index + 1 })).filter(({ step }) => step.kind === 'article');
      await tabTo(page, '#mentor-training-step-1-read');
      await page.keyboard.press('Space');
      await expect.poll(() => progressText(page)).toBe(`2 of ${total} steps, about ${training.minutes - assessmentMinutes - training.steps[0]!.minutes} minutes left`);
      for (const { number } of articles.slice(1)) await page.locator(`#mentor-training-step-${number}-read`).check();
      await page.getByRole('textbox', { name: /Reflection \(optional\): When did you last check/ }).fill('I asked her to sum up the plan.');

      await page.reload();
      await page.waitForSelector('.track[data-hydrated]');
      await expect.poll(() => progressText(page)).toBe(`All ${total} steps done`);
      await expect(page.locator('progress').evaluate((bar: HTMLProgressElement) => bar.value)).resolves.toBe(total);
      await expect(page.getByRole('textbox', { name: /When did you last check/ }).inputValue()).resolves.toBe('I asked her to sum up the plan.');
      await expect(page.locator('.track-step[aria-current]').count()).resolves.toBe(0);
      expect(watch.errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  /** A record of each tool with something saved in it, as the tool itself would save it. */
  const SAVED_TOOLS: Record<string, unknown> = {
    agreement: { format: 1, fields: { goals: 'Publish one paper' }, updatedAt: DONE_AT },
    network: { format: 1, people: [{ id: 'a1', name: 'Dr Lee', categories: ['career-guidance'], frequency: '', place: '' }], snapshots: [], updatedAt: DONE_AT },
    plan: {
      format: 1,
      areas: [],
      goals: [{ id: 'g1', area: '', what: 'Submit the cohort paper', byWhen: '', measure: '', milestones: [], status: 'not-started', notes: '', helpers: [], reviews: [] }],
      reviewDate: '',
      reviews: [],
      name: '',
      updatedAt: DONE_AT,
    },
  };

  it.each(TRACK_IDS)('takes %s from start to finish: each step reached from the track shows its bar, every step counts, and all of it survives a reload', async (id) => {
    const track = loadTrack(id);
    const storage: Record<string, string> = {};
    for (const step of track.steps) {
      if (step.kind === 'assessment') storage[`mentorship-guide:assessment:${step.id}`] = completedAssessment;
      if (step.kind === 'checklist') storage[`mentorship-guide:checklist:${step.id}`] = completedChecklist(step.id);
      if (step.kind === 'tool') storage[`mentorship-guide:${step.id}`] = JSON.stringify(SAVED_TOOLS[step.id]);
    }
    const { page, watch, close } = await openTrack(id, { storage });
    try {
      const total = track.steps.length;
      const articles = track.steps.map((step, index) => ({ step, number: index + 1 })).filter(({ step }) => step.kind === 'article');
      await expect.poll(() => progressText(page)).toMatch(new RegExp(`^${total - articles.length} of ${total} steps`));
      // The last step, reached from the track, says where it is and names no next step.
      await stepItem(page, total).getByRole('link').click();
      await page.waitForURL(new RegExp(`\\?track=${id}&step=${total}$`));
      const bar = page.getByRole('navigation', { name: `Track: ${track.title}` });
      await expect(bar.innerText().then((text) => text.replace(/\s+/g, ' ').trim())).resolves.toMatch(new RegExp(`^Step ${total} of ${total} in `));
      await page.goBack();
      await page.waitForSelector('.track[data-hydrated]');
      for (const { number } of articles) await page.locator(`#${id}-step-${number}-read`).check();
      await page.reload();
      await page.waitForSelector('.track[data-hydrated]');
      await expect.poll(() => progressText(page)).toBe(`All ${total} steps done`);
      await expect(page.getByRole('heading', { name: 'Record of completion', level: 2 }).count()).resolves.toBe(1);
      expect(watch.errors).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('counts a completed checklist and a saved agreement as done steps', async () => {
    const mentee = loadTrack('new-mentee');
    const { page, close } = await openTrack('new-mentee', {
      storage: {
        'mentorship-guide:checklist:choosing-a-mentor': completedChecklist('choosing-a-mentor'),
        'mentorship-guide:agreement': JSON.stringify({ format: 1, fields: { goals: 'Publish one paper' }, updatedAt: DONE_AT }),
      },
    });
    try {
      const done = mentee.steps.filter((step) => step.id === 'choosing-a-mentor' || step.id === 'agreement');
      await expect.poll(() => progressText(page)).toBe(`2 of ${mentee.steps.length} steps, about ${mentee.minutes - done.reduce((sum, step) => sum + step.minutes, 0)} minutes left`);
      const numberOf = (id: string) => mentee.steps.findIndex((step) => step.id === id) + 1;
      await expect(stepItem(page, numberOf('choosing-a-mentor')).innerText()).resolves.toContain('Done on 2 May 2026');
      await expect(stepItem(page, numberOf('agreement')).innerText()).resolves.toContain('Done on 2 May 2026');
      await expect(stepItem(page, numberOf('first-meeting')).innerText()).resolves.toContain('Not done yet');
    } finally {
      await close();
    }
  });

  it('passes axe in both colour schemes with progress shown, and fits 320 px without sideways scrolling', async () => {
    const { page, close } = await openTrack('mentor-training', {
      storage: { 'mentorship-guide:assessment:mentor-self-assessment': completedAssessment },
      viewport: { width: 320, height: 640 },
    });
    try {
      await expect.poll(() => progressText(page)).toMatch(/^1 of/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 1280, height: 900 });
      await expectNoAxeViolationsInBothSchemes(page, '/tracks/mentor-training/');
    } finally {
      await close();
    }
  });

  it('appears on "My saved data" once something is marked', async () => {
    const { page, close } = await openTrack('programme-lead');
    try {
      await page.locator('#programme-lead-step-1-read').check();
      await page.goto(`${siteUrl}my-data/`);
      await expect.poll(() => page.locator('.saved-list').innerText()).toContain('Track: Programme lead');
      await expect(page.locator('.saved-list').innerText()).resolves.toContain('1 article marked read; 0 reflections');
    } finally {
      await close();
    }
  });
});

describe('the step bar', () => {
  const training = loadTrack('mentor-training');
  const third = training.steps[2]!;
  const fourth = training.steps[3]!;

  it('shows on a step reached from its track, names the next step, and the article still requests no script', async () => {
    const { page, watch, close } = await openTrack('mentor-training');
    try {
      const scriptsOfTrackPage = watch.scripts.length;
      await stepItem(page, 3).getByRole('link').click();
      await page.waitForURL(new RegExp(`/articles/${third.id}/\\?track=mentor-training&step=3$`));
      const bar = page.getByRole('navigation', { name: 'Track: Mentor training' });
      await expect(bar.isVisible()).resolves.toBe(true);
      const text = (await bar.innerText()).replace(/\s+/g, ' ').trim();
      expect(text).toMatch(new RegExp(`^Step 3 of ${training.steps.length} in Mentor training · Next: .+ →$`));
      await bar.getByRole('link', { name: /^.+ →$/ }).click();
      await page.waitForURL(new RegExp(`/articles/${fourth.id}/\\?track=mentor-training&step=4$`));
      await expect(page.getByRole('navigation', { name: 'Track: Mentor training' }).innerText()).resolves.toMatch(/^Step 4 of/);
      expect(watch.scripts.slice(scriptsOfTrackPage), 'scripts the articles requested').toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows nothing on the same page reached any other way, and requests no script there', async () => {
    const { page, watch, close } = await openWatchedPage(shared.browser, origin);
    try {
      await page.goto(`${siteUrl}articles/${third.id}/`);
      await expect(page.locator('[data-track-bar]').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('[data-track-bar]:visible').count()).resolves.toBe(0);
      await page.goto(`${siteUrl}articles/${third.id}/?track=new-mentee&step=3`);
      await expect(page.locator('[data-track-bar]:visible').count()).resolves.toBe(0);
      expect(watch.scripts).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the record of completion', () => {
  const training = loadTrack('mentor-training');
  const READ_AT = '2026-05-03T09:00:00.000Z';
  const finished = {
    'mentorship-guide:assessment:mentor-self-assessment': completedAssessment,
    'mentorship-guide:track:mentor-training': JSON.stringify({
      format: 1,
      name: '',
      steps: Object.fromEntries(
        training.steps
          .filter((step) => step.kind === 'article')
          .map((step) => [`article:${step.id}`, step.heading === 'Aligning expectations' ? { readAt: READ_AT, reflection: 'Say what I expect of her.' } : { readAt: READ_AT }]),
      ),
      updatedAt: READ_AT,
    }),
  };
  const days = training.steps.map((step) => (step.kind === 'assessment' ? '2026-05-02' : '2026-05-03'));
  const reflectionStep = training.steps.findIndex((step) => step.heading === 'Aligning expectations' && step.kind === 'article' && step.reflection) + 1;
  const reflections = training.steps.map((_, index) => (index + 1 === reflectionStep ? 'Say what I expect of her.' : undefined));

  it('prints on its own with the name typed, each step’s date, the reflections, a check code and the self-reported note, and sends nothing anywhere', async () => {
    const { page, watch, close } = await openTrack('mentor-training', {
      storage: finished,
      setup: (context) =>
        context.addInitScript(() => {
          window.print = () => document.documentElement.setAttribute('data-printed', '');
        }),
    });
    try {
      await expect.poll(() => progressText(page)).toBe(`All ${training.steps.length} steps done`);
      const print = page.getByRole('button', { name: 'Print the record' });
      await expect(print.isDisabled()).resolves.toBe(true);
      await page.getByRole('textbox', { name: 'Your name, as it should appear on the record' }).fill('Dr Ana Reyes');
      const expected = await checkCode({ trackId: 'mentor-training', version: training.version, name: 'Dr Ana Reyes', days, reflections });
      const record = page.getByRole('article', { name: 'Record of completion' });
      await expect.poll(() => record.locator('.completion-record__code').textContent()).toBe(expected);
      await expectNoAxeViolationsInBothSchemes(page, 'the record of completion');
      await print.click();
      await expect(page.locator('html[data-printed]').count()).resolves.toBe(1);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.track-steps').isVisible()).resolves.toBe(false);
      await expect(page.locator('h1').isVisible()).resolves.toBe(false);
      const text = await record.innerText();
      expect(text).toContain('Dr Ana Reyes');
      expect(text).toContain(`Mentor training, version ${training.version}`);
      expect(text).toContain('2 May 2026');
      expect(text).toContain('3 May 2026');
      expect(text).toContain('Say what I expect of her.');
      expect(text).toContain(`Step ${reflectionStep}. ${training.steps[reflectionStep - 1]!.reflection}`);
      expect(text).toContain('Self-reported.');
      expect(text).toContain(`${new URL(siteUrl).origin}`);
      await expect(record.locator('svg').count()).resolves.toBe(1);
      // One printed page of A4.
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, 'printed pages').toBe(1);
      await page.emulateMedia({ media: 'screen' });
      await page.reload();
      await page.waitForSelector('.track[data-hydrated]');
      await expect.poll(() => page.getByRole('textbox', { name: /Your name/ }).inputValue()).toBe('Dr Ana Reyes');
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('is checked on /verify/: the printed details and reflection match their code, and an altered date or reflection does not', async () => {
    const code = await checkCode({ trackId: 'mentor-training', version: training.version, name: 'Dr Ana Reyes', days, reflections });
    const { page, watch, close } = await openWatchedPage(shared.browser, origin);
    try {
      await page.goto(`${siteUrl}verify/`);
      await page.waitForLoadState('networkidle');
      await page.getByRole('button', { name: 'Check the record' }).click();
      await expect(page.getByRole('alert').innerText()).resolves.toContain('Choose the track named on the record');
      await expectNoAxeViolationsInBothSchemes(page, '/verify/ with errors');

      await page.getByRole('combobox', { name: 'Track' }).selectOption({ label: 'Mentor training' });
      await page.getByRole('textbox', { name: 'Name, as printed' }).fill('dr ana reyes');
      for (const [index, day] of days.entries()) await page.locator(`#verify-day-${index + 1}`).fill(day);
      await page.getByRole('textbox', { name: 'Check code' }).fill(code.toLowerCase().replace('-', ' '));
      await page.getByRole('button', { name: 'Check the record' }).click();
      await expect.poll(() => page.locator('.verify__result').innerText(), { message: 'the reflection is part of the code' }).toContain(`These details do not match check code ${code}.`);

      await page.getByRole('button', { name: 'Add a reflection' }).click();
      await page.getByRole('textbox', { name: 'Reflection 1: step number' }).fill(String(reflectionStep));
      await page.getByRole('textbox', { name: 'Reflection 1: text, as printed after the question' }).fill('Say what I expect\nof her.');
      await page.getByRole('button', { name: 'Check the record' }).click();
      await expect.poll(() => page.locator('.verify__result').innerText()).toContain(`These details match check code ${code}.`);
      await expect(page.locator('.verify__result').innerText()).resolves.toContain('self-reported');
      await expectNoAxeViolationsInBothSchemes(page, '/verify/ with a match');

      await page.getByRole('textbox', { name: 'Reflection 1: text, as printed after the question' }).fill('Say what I expected of her.');
      await page.getByRole('button', { name: 'Check the record' }).click();
      await expect.poll(() => page.locator('.verify__result').innerText()).toContain(`These details do not match check code ${code}.`);
      await page.getByRole('textbox', { name: 'Reflection 1: text, as printed after the question' }).fill('Say what I expect of her.');
      await page.locator('#verify-day-3').fill('2026-05-04');
      await page.getByRole('button', { name: 'Check the record' }).click();
      await expect.poll(() => page.locator('.verify__result').innerText()).toContain(`These details do not match check code ${code}.`);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a record of another version of a track', () => {
  it('is checked on /verify/ with the dates the record lists, however many steps the track has now', async () => {
    const training = loadTrack('mentor-training');
    const otherVersion = training.version + 1;
    const oldDays = ['2024-03-01', '2024-03-02', '2024-03-09'];
    const code = await checkCode({ trackId: 'mentor-training', version: otherVersion, name: 'Dr Ana Reyes', days: oldDays });
    const { page, close } = await openWatchedPage(shared.browser, origin);
    try {
      await page.goto(`${siteUrl}verify/`);
      await page.waitForLoadState('networkidle');
      await page.getByRole('combobox', { name: 'Track' }).selectOption({ label: 'Mentor training' });
      await expect(page.locator('[id^="verify-day-"]').count()).resolves.toBe(training.steps.length);
      await page.getByRole('textbox', { name: 'Version of the track' }).fill(String(otherVersion));
      await expect(page.getByText(`The track is at version ${training.version} now.`).count()).resolves.toBe(1);
      while ((await page.locator('[id^="verify-day-"]').count()) > oldDays.length) await page.getByRole('button', { name: 'Remove the last date' }).click();
      await expect(page.getByLabel('Step 3', { exact: true }).count()).resolves.toBe(1);
      for (const [index, day] of oldDays.entries()) await page.locator(`#verify-day-${index + 1}`).fill(day);
      await page.getByRole('textbox', { name: 'Name, as printed' }).fill('Dr Ana Reyes');
      await page.getByRole('textbox', { name: 'Check code' }).fill(code);
      await page.getByRole('button', { name: 'Check the record' }).click();
      await expect.poll(() => page.locator('.verify__result').innerText()).toContain(`These details match check code ${code}.`);
      await expectNoAxeViolationsInBothSchemes(page, '/verify/ for another version');
    } finally {
      await close();
    }
  });
});

describe('taking a track again as a refresher', () => {
  it('keeps the record of the run just finished: listed as an earlier completion, shown and printed on its own with its own check code', async () => {
    const training = loadTrack('mentor-training');
    const finishedAt = '2026-05-03T09:00:00.000Z';
    const { page, close } = await openTrack('mentor-training', {
      dialogs: 'accept',
      storage: {
        'mentorship-guide:assessment:mentor-self-assessment': completedAssessment,
        'mentorship-guide:track:mentor-training': JSON.stringify({
          format: 2,
          name: 'Dr Ana Reyes',
          steps: Object.fromEntries(training.steps.filter((step) => step.kind === 'article').map((step) => [`article:${step.id}`, { readAt: finishedAt }])),
          earlier: [],
          updatedAt: finishedAt,
        }),
      },
      setup: (context) =>
        context.addInitScript(() => {
          window.print = () => document.documentElement.setAttribute('data-printed', '');
        }),
    });
    try {
      await expect.poll(() => progressText(page)).toBe(`All ${training.steps.length} steps done`);
      await page.getByRole('button', { name: 'Start this track again' }).click();
      await expect.poll(() => progressText(page)).toMatch(/^0 of/);
      const earlier = page.getByRole('region', { name: 'Earlier completions' });
      await expect(earlier.innerText()).resolves.toContain(`Version ${training.version}, finished on 3 May 2026, by Dr Ana Reyes`);
      await earlier.getByRole('button', { name: 'Show its record' }).click();
      const record = earlier.getByRole('article', { name: 'Record of completion' });
      const days = training.steps.map((step) => (step.kind === 'assessment' ? '2026-05-02' : '2026-05-03'));
      const code = await checkCode({ trackId: 'mentor-training', version: training.version, name: 'Dr Ana Reyes', days });
      await expect.poll(() => record.locator('.completion-record__code').textContent()).toBe(code);
      await expect(page.getByRole('article', { name: 'Record of completion' }).count(), 'only the earlier record: the new run is not finished').resolves.toBe(1);
      await expectNoAxeViolationsInBothSchemes(page, 'an earlier completion shown');

      await earlier.getByRole('button', { name: `Print the record of version ${training.version}` }).click();
      await page.emulateMedia({ media: 'print' });
      await expect(record.isVisible()).resolves.toBe(true);
      await expect(page.locator('.track-steps').isVisible()).resolves.toBe(false);
      await expect(earlier.getByRole('heading', { name: 'Earlier completions' }).isVisible()).resolves.toBe(false);
      await expect(earlier.getByRole('button', { name: 'Hide its record' }).isVisible()).resolves.toBe(false);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, 'printed pages').toBe(1);
      await page.emulateMedia({ media: 'screen' });

      await page.reload();
      await page.waitForSelector('.track[data-hydrated]');
      await expect(page.getByRole('region', { name: 'Earlier completions' }).innerText()).resolves.toContain('finished on 3 May 2026');
    } finally {
      await close();
    }
  });

  it('starts afresh: earlier marks, reflections and attempts no longer count, the name is kept', async () => {
    const training = loadTrack('mentor-training');
    const { page, close } = await openTrack('mentor-training', {
      dialogs: 'accept',
      storage: {
        'mentorship-guide:assessment:mentor-self-assessment': completedAssessment,
        'mentorship-guide:track:mentor-training': JSON.stringify({
          format: 1,
          name: 'Dr Ana Reyes',
          steps: { 'article:poor-communication': { readAt: DONE_AT, reflection: 'Old answer.' } },
          updatedAt: DONE_AT,
        }),
      },
    });
    try {
      await expect.poll(() => progressText(page)).toMatch(/^2 of/);
      await page.getByRole('button', { name: 'Start this track again' }).click();
      await expect.poll(() => progressText(page)).toBe(`0 of ${training.steps.length} steps, about ${training.minutes} minutes left`);
      await expect(page.getByRole('textbox', { name: /When did you last check/ }).inputValue()).resolves.toBe('');
      const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('mentorship-guide:track:mentor-training')))!);
      expect(saved.name).toBe('Dr Ana Reyes');
    } finally {
      await close();
    }
  });
});

describe('a track printed as a handout', () => {
  it('shows the steps and their reasons, without the controls', async () => {
    const { page, close } = await openTrack('new-mentor');
    try {
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.track-step').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.track-step__check').first().isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Start this track again' }).isVisible()).resolves.toBe(false);
    } finally {
      await close();
    }
  });
});

describe('a track handout from a copy with a public address', () => {
  const subpathUrl = inject('siteUrls').subpath;
  const { SITE_URL } = SITE_BUILDS.subpath.env;

  it('prints every track on one A4 page: each step with its plain full address, and the track’s own address with a QR code', async () => {
    const { page, close } = await openWatchedPage(shared.browser, new URL(subpathUrl).origin);
    try {
      for (const id of [...TRACK_IDS, 'northfield-induction']) {
        await page.goto(`${subpathUrl}tracks/${id}/`);
        await page.waitForSelector('.track[data-hydrated]');
        await page.emulateMedia({ media: 'print' });
        const address = page.locator('.printed-address');
        await expect(address.isVisible(), id).resolves.toBe(true);
        await expect(address.innerText()).resolves.toContain(`${SITE_URL}/mentoring/tracks/${id}/`);
        await expect(address.locator('svg').count()).resolves.toBe(1);
        const printed = await page.locator('.track-step__address').evaluateAll((lines) => lines.map((line) => getComputedStyle(line, '::after').content));
        expect(printed.length, id).toBeGreaterThan(1);
        for (const line of printed) expect(line, id).toMatch(new RegExp(`^"${SITE_URL}/mentoring/(articles|assessments|checklists|agreement|network|plan)/`));
        expect(printed.join(), 'the track query is for the step bar, not for paper').not.toContain('?track=');
        await expect(page.locator('.track-step__status').first().isVisible(), 'no personal progress on a handout').resolves.toBe(false);
        const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, `${id}: printed pages`).toBe(1);
        await page.emulateMedia({ media: 'screen' });
      }
    } finally {
      await close();
    }
  });
});
