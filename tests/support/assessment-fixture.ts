/**
 * A small, hand-made assessment definition for the engine's unit tests: one 0–4 agreement
 * scale, three bands (0–49, 50–79, 80–100), three domains and every kind of item.
 */
import type { AssessmentDefinition, Item } from '../../src/lib/assessment/types';

export const FIXTURE: AssessmentDefinition = {
  id: 'fixture',
  title: 'Fixture assessment',
  version: 2,
  scales: {
    agreement: [
      { value: 0, label: 'Strongly disagree' },
      { value: 1, label: 'Disagree' },
      { value: 2, label: 'Neither' },
      { value: 3, label: 'Agree' },
      { value: 4, label: 'Strongly agree' },
    ],
  },
  bands: [
    { id: 'low', label: 'Room to grow', description: 'Worth your attention first.', min: 0, max: 49 },
    { id: 'mid', label: 'Developing', description: 'Working, with room to improve.', min: 50, max: 79 },
    { id: 'high', label: 'A strength', description: 'Already a habit: keep it up.', min: 80, max: 100 },
  ],
  groups: [],
  domains: [
    {
      id: 'listening',
      title: 'Listening',
      description: 'Hearing what the mentee says.',
      feedback: { low: 'Listen more.', mid: 'Mostly listening.', high: 'A good listener.' },
      nextStep: 'Ask one open question in every meeting.',
      articles: ['active-listening'],
    },
    {
      id: 'boundaries',
      title: 'Boundaries',
      description: 'Keeping the relationship clear.',
      feedback: { low: 'Set boundaries.', mid: 'Some boundaries.', high: 'Clear boundaries.' },
      nextStep: 'Agree what the relationship is for.',
      articles: ['mentoring-agreement'],
    },
    {
      id: 'feedback',
      title: 'Feedback',
      description: 'Giving feedback that helps.',
      feedback: { low: 'Give more feedback.', mid: 'Some feedback.', high: 'Helpful feedback.' },
      nextStep: 'Give one piece of specific feedback this week.',
      articles: ['giving-feedback'],
    },
  ],
  items: [
    { id: 'listen-often', kind: 'likert', domain: 'listening', text: 'I listen more than I talk.', scale: 'agreement', reverse: false },
    { id: 'interrupt', kind: 'likert', domain: 'listening', text: 'I often interrupt.', scale: 'agreement', reverse: true },
    {
      id: 'summarise',
      kind: 'single',
      domain: 'listening',
      text: 'How often do you summarise what you heard?',
      options: [
        { id: 'never', label: 'Never', score: 0 },
        { id: 'sometimes', label: 'Sometimes', score: 0.5 },
        { id: 'always', label: 'Always', score: 1 },
      ],
    },
    {
      id: 'agreement-covers',
      kind: 'multiple',
      domain: 'boundaries',
      text: 'What does your mentoring agreement cover?',
      options: [
        { id: 'goals', label: 'Goals', score: 1 },
        { id: 'meetings', label: 'How often we meet', score: 0.5 },
        { id: 'confidentiality', label: 'Confidentiality', score: 0.5 },
        { id: 'lunch', label: 'Where we have lunch', score: 0 },
      ],
    },
    {
      id: 'late-night-emails',
      kind: 'scenario',
      domain: 'boundaries',
      text: 'What is going wrong?',
      scenario: 'Your mentee emails you at midnight and expects an answer by morning.',
      article: 'mentoring-agreement',
      options: [
        { id: 'unclear-expectations', label: 'Unclear expectations', correct: true, explanation: 'Yes.' },
        { id: 'personality', label: 'A personality clash', correct: false, explanation: 'No.' },
        { id: 'competition', label: 'Competition', correct: false, explanation: 'No.' },
      ],
    },
    { id: 'specific-feedback', kind: 'likert', domain: 'feedback', text: 'My feedback is specific.', scale: 'agreement', reverse: false },
    {
      id: 'harsh-remark',
      kind: 'scenario',
      domain: 'feedback',
      text: 'What is going wrong?',
      scenario: 'A mentor criticises a draft in front of the whole lab.',
      article: 'giving-feedback',
      options: [
        { id: 'tactless-feedback', label: 'Tactless feedback', correct: true, explanation: 'Yes.' },
        { id: 'lack-of-time', label: 'Lack of time', correct: false, explanation: 'No.' },
      ],
    },
  ],
};

/** An item of the fixture by id (throws for an unknown id, so a typo fails loudly). */
export function fixtureItem(id: string): Item {
  const item = FIXTURE.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No item "${id}" in the fixture.`);
  return item;
}

/** A deep copy of the fixture to change in one test without touching the others. */
export function cloneFixture(): AssessmentDefinition {
  return structuredClone(FIXTURE);
}
