/** What the README's tour shows: each view is a page, and what to do on it before the picture. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parse } from 'yaml';

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

/** A prepare step for a page whose island must hydrate before `target` is shown in the middle (or at the top) of the screen. */
const hydratedThenShow =
  (island: string, target: string, block: 'start' | 'center' = 'center') =>
  async (page: Page) => {
    await page.waitForSelector(`${island}[data-hydrated]`);
    await show(page.locator(target).first(), block);
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

/** The relationship health check's questions, by id, with the area each belongs to. */
const HEALTH_CHECK_ITEMS = (parse(readFileSync(resolve(import.meta.dirname, '../../content/assessments/relationship-health-check.yaml'), 'utf8')) as { items: { id: string; domain: string }[] }).items;
const HEALTH_CHECK_KEY = 'mentorship-guide:assessment:relationship-health-check';
/** A completed health check whose answer (0–4) to each question is `pick(area)`. */
const healthCheck = (taken: string, pick: (domain: string) => number) =>
  JSON.stringify({
    format: 2,
    draft: null,
    attempts: [
      {
        id: `attempt-${taken}`,
        completedAt: `${taken}T10:00:00.000Z`,
        definitionVersion: 1,
        answers: Object.fromEntries(HEALTH_CHECK_ITEMS.map((item) => [item.id, pick(item.domain)])),
        scores: {},
      },
    ],
  });
/** The partner sees most areas as the reader does, two of them rather worse, and one much better. */
const PARTNER_VIEW: Record<string, number> = { communication: 1, commitment: 2, 'clear-expectations': 1, 'personal-connection': 4 };
const MY_HEALTH_CHECK = healthCheck('2026-11-02', (domain) => (domain === 'personal-connection' ? 2 : 3));
const PARTNER_HEALTH_CHECK = healthCheck('2026-10-30', (domain) => PARTNER_VIEW[domain] ?? 3);

const person = (id: string, name: string, categories: string[], place: '' | 'inside' | 'outside', frequency: '' | 'weekly' | 'monthly' | 'few-times-a-year' | 'rarely') => ({
  id,
  name,
  categories,
  frequency,
  place,
});
/** Five people, one of them giving most of the support, and two kinds of support nobody gives. */
const NETWORK = {
  format: 1,
  people: [
    person('p1', 'Dr Okafor', ['career-guidance', 'skills', 'feedback', 'institution', 'role-model'], 'inside', 'monthly'),
    person('p2', 'Jo (peer group)', ['peer-support'], 'inside', 'weekly'),
    person('p3', 'Prof Ahmed', ['feedback', 'skills'], 'outside', 'few-times-a-year'),
    person('p4', 'Ana', ['peer-support', 'wellbeing'], 'outside', 'monthly'),
    person('p5', 'KT', [], '', 'rarely'),
  ],
  snapshots: [],
  updatedAt: '2026-11-02T09:00:00.000Z',
};

const goal = (id: string, area: string, what: string, byWhen: string, measure: string, milestones: [string, boolean][], status: string, helpers: string[]) => ({
  id,
  area,
  what,
  byWhen,
  measure,
  milestones: milestones.map(([text, done], index) => ({ id: `${id}-m${index + 1}`, text, done })),
  status,
  notes: '',
  helpers,
  reviewedOn: '',
});
/** Two goals in two areas, one on track and one at risk, with a review booked. */
const PLAN = {
  format: 1,
  areas: ['research', 'career'],
  goals: [
    goal('g1', 'research', 'Resubmit the R01 with the revised aims', '2027-02-05', 'Submitted through the grants office', [['Revised aims page to Dr Okafor', true], ['Mock study section', false], ['Budget signed off', false]], 'on-track', ['Dr Okafor', 'Prof Ahmed']),
    goal('g2', 'career', 'Decide between the two career paths', '2027-06-30', 'A decision written down, with its reasons, shared with my mentor', [['Talk to two people on each path', false]], 'at-risk', ['Dr Okafor']),
  ],
  reviewDate: '2027-01-12',
  reviews: ['2026-10-05'],
  name: '',
  updatedAt: '2026-11-02T09:00:00.000Z',
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
  {
    id: 'together',
    title: 'Together: your health check beside your partner’s, opened from the link they sent',
    path: '/together/',
    storage: { [HEALTH_CHECK_KEY]: PARTNER_HEALTH_CHECK },
    prepare: async (page) => {
      // The partner's link, made on this page from their answers; then the reader's own answers, and the link opened.
      await page.waitForSelector('.together[data-hydrated]');
      await page.getByLabel('Your name or initials (optional)').fill('Sam');
      await page.waitForSelector('#share-link[aria-busy="false"]');
      const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
      if (!link.includes('#v1.')) throw new Error(`No share link on the Together page: "${link}"`);
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [HEALTH_CHECK_KEY, MY_HEALTH_CHECK]);
      await page.goto(link);
      await page.reload();
      await page.waitForSelector('#comparison-heading');
      await show(page.locator('#comparison-heading'), 'start');
    },
  },
  {
    id: 'network',
    title: 'My mentoring network: five people, the support each gives, and the gaps',
    path: '/network/',
    storage: { 'mentorship-guide:network': JSON.stringify(NETWORK) },
    prepare: hydratedThenShow('.network', '#map-heading', 'start'),
  },
  {
    id: 'plan',
    title: 'My development plan: two goals with milestones, status and who helps',
    path: '/plan/',
    storage: { 'mentorship-guide:plan': JSON.stringify(PLAN) },
    prepare: hydratedThenShow('.plan', '#goals-heading', 'start'),
  },
  {
    id: 'shared-computer',
    title: 'Shared-computer mode: the banner on every page, with what was entered kept only for this tab',
    path: '/checklists/first-meeting/',
    print: false,
    prepare: async (page) => {
      await page.evaluate(() => sessionStorage.setItem('mentorship-guide-session:shared-computer', '1'));
      await page.reload();
      await page.waitForSelector('.checklist[data-hydrated]');
      await page.locator('.checklist input[type="checkbox"]').nth(0).check();
      await page.locator('.checklist input[type="checkbox"]').nth(1).check();
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
];
