/** What the README's tour shows: each view is a page, and what to do on it before the picture. */
import type { Locator, Page } from 'playwright-core';

export interface TourView {
  id: string;
  title: string;
  path: string;
  /** Written to localStorage before the page loads. */
  storage?: Record<string, string>;
  /** Brings the page to the state worth showing (answers a question, opens a menu). */
  prepare?: (page: Page, size: { width: number; height: number }) => Promise<void>;
  /** Whether to make a print preview too (default true). */
  print?: boolean;
}

/** Scrolls what is worth showing to the top ('start') or middle ('center') of the screen. */
const show = (target: Locator, block: 'start' | 'center') => target.evaluate((element, where) => element.scrollIntoView({ block: where }), block);

/** A prepare step for a page whose island must hydrate before `target` is shown in the middle of the screen. */
const hydratedThenShow = (island: string, target: string) => async (page: Page) => {
  await page.waitForSelector(`${island}[data-hydrated]`);
  await show(page.locator(target).first(), 'center');
};

/** Answers every question on the page on screen (a varied but fixed choice for each), then presses its main button. */
async function answerPage(page: Page, turn: number): Promise<void> {
  const groups = await page.locator('.assessment fieldset:has(input[type="radio"], input[type="checkbox"])').all();
  for (const [index, group] of groups.entries()) {
    const options = group.locator('input[type="radio"], input[type="checkbox"]');
    const count = await options.count();
    // A quiz story already checked locks its answers: only the button is left to press.
    if (await options.first().isDisabled()) continue;
    await options.nth((turn * 3 + index * 2 + 1) % count).check();
  }
  await page.locator('.assessment .actions button[type="submit"]').click();
}

/** Answers page after page until the heading `until` shows (at most 40 pages). */
async function answerUntil(page: Page, until: RegExp): Promise<void> {
  await page.waitForSelector('.assessment[data-hydrated]');
  for (let turn = 0; turn < 40; turn++) {
    if (await page.getByRole('heading', { name: until }).isVisible()) return;
    await answerPage(page, turn);
  }
  throw new Error(`Never reached a heading matching ${until}`);
}

const AGREEMENT_SCALE: { id: string; title: string }[] = [
  { id: 'relationship-health-check', title: 'Relationship health check' },
  { id: 'mentee-self-assessment', title: "The mentee's self-assessment" },
  { id: 'mentor-self-assessment', title: "The mentor's self-assessment" },
];

const assessmentViews: TourView[] = AGREEMENT_SCALE.flatMap(({ id, title }) => [
  {
    id: `${id}-question`,
    title: `${title}: a page of questions, one answered`,
    path: `/assessments/${id}/`,
    print: false,
    prepare: async (page) => {
      await page.waitForSelector('.assessment[data-hydrated]');
      await page.locator('.assessment input[type="radio"]').nth(3).check();
    },
  },
  {
    id: `${id}-check`,
    title: `${title}: check your answers`,
    path: `/assessments/${id}/`,
    print: false,
    prepare: async (page) => {
      await answerUntil(page, /^Check your answers$/);
      await show(page.getByRole('heading', { name: 'Check your answers' }), 'start');
    },
  },
  {
    id: `${id}-results`,
    title: `${title}: results`,
    path: `/assessments/${id}/`,
    prepare: async (page) => {
      await answerUntil(page, /^Check your answers$/);
      await page.getByRole('button', { name: 'See my results' }).click();
      await show(page.getByRole('heading', { name: 'Your results' }), 'start');
    },
  },
]);

const action = (id: string, what: string, who: string, due: string, done?: { at: string; in: string }) => ({
  id,
  what,
  who,
  due,
  ...(done ? { done } : {}),
  createdAt: '2026-09-07T10:00:00.000Z',
});
const meeting = (id: string, date: string, ticked: string[], notes: Record<string, string>, actions: unknown[]) => ({
  id,
  date,
  ticked,
  notes,
  actions,
  createdAt: `${date}T10:00:00.000Z`,
  updatedAt: `${date}T11:00:00.000Z`,
});
/** Three meetings: one action done at the second, two still open and carried to the third. */
const MEETING_LOG = {
  format: 2,
  definitionVersion: 1,
  entries: [
    meeting('m1', '2026-09-07', ['progress-on-goals', 'upcoming-deadlines', 'look-back-at-actions'], { 'progress-on-goals': 'Aims page drafted; R01 resubmission in February.' }, [
      action('a1', 'Send the draft aims page', 'Priya', '2026-09-21', { at: '2026-10-05T10:30:00.000Z', in: 'm2' }),
      action('a2', 'Introduce Priya to the biostatistics core', 'Daniel', '2026-10-01'),
    ]),
    meeting('m2', '2026-10-05', ['progress-on-goals', 'skills-to-build', 'workload-and-balance'], {}, [action('a3', 'Book a mock study section', 'Priya', '2026-11-15')]),
    meeting('m3', '2026-11-02', ['send-agenda-ahead'], {}, []),
  ],
};

const AGREEMENT = {
  format: 1,
  updatedAt: '2026-09-07T09:00:00.000Z',
  fields: {
    mentorName: 'Daniel Okafor',
    menteeName: 'Priya Shah',
    startDate: '2026-09-07',
    goals: 'Resubmit the R01 by February.\nDecide between two career paths by the summer.',
    meetingRhythm: 'monthly',
    meetingTime: '16:00',
    meetingLength: '45',
    meetingFormat: 'In person when we can, by video otherwise. Priya books.',
    communication: 'Email between meetings; replies within three working days.',
  },
};

export const TOUR_VIEWS: TourView[] = [
  { id: 'home', title: 'Home page', path: '/' },
  {
    id: 'menu',
    title: 'The header on a phone, menu open (the wide screens show the same sections in a row)',
    path: '/articles/warning-signs/',
    print: false,
    prepare: async (page, size) => {
      if (size.width < 768) await page.locator('summary', { hasText: 'Menu' }).click();
    },
  },
  {
    id: 'article',
    title: 'An article: numbered citations, contents that mark the section being read',
    path: '/articles/warning-signs/',
    prepare: async (page) => {
      await show(page.locator('#raising-a-concern-as-the-junior-person'), 'start');
    },
  },
  ...assessmentViews,
  {
    id: 'quiz-feedback',
    title: 'The scenario quiz: feedback after "Check answer"',
    path: '/assessments/what-is-going-wrong/',
    print: false,
    prepare: async (page) => {
      await page.waitForSelector('.assessment[data-hydrated]');
      await answerPage(page, 0);
      await show(page.locator('.assessment :focus'), 'center');
    },
  },
  {
    id: 'meeting-log',
    title: 'The meeting log: open actions carried forward to the latest meeting',
    path: '/checklists/meeting-agenda/',
    storage: { 'mentorship-guide:checklist:meeting-agenda': JSON.stringify(MEETING_LOG) },
    prepare: hydratedThenShow('.checklist', '.actions-list--carried'),
  },
  {
    id: 'agreement',
    title: 'Write your mentoring agreement: the form, its progress and a live preview',
    path: '/agreement/',
    storage: { 'mentorship-guide:agreement': JSON.stringify(AGREEMENT) },
    prepare: hydratedThenShow('.agreement', '#agreement-goals'),
  },
  {
    id: 'quiz-results',
    title: 'The scenario quiz: results, with what to read next',
    path: '/assessments/what-is-going-wrong/',
    prepare: async (page) => {
      await answerUntil(page, /^Your results$/);
      await show(page.getByRole('heading', { name: 'Your results' }), 'start');
    },
  },
];
