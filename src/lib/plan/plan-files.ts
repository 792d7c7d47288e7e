/**
 * The development plan as files: Markdown (a complete copy to keep or share) and a calendar
 * file for the next review with a mentor. Loaded only when the reader asks for one;
 * ical-generator is imported only for the calendar, as the agreement does.
 */
import { formatDay } from '../dates';
import type { PlanRecord } from './plan-record';
import { milestoneProgress, STATUS_WORDS } from './plan-rules';

export const MARKDOWN_FILE_NAME = 'development-plan.md';
export const CALENDAR_FILE_NAME = 'development-plan-review.ics';

/** Text safe to put in Markdown: characters that would start formatting are escaped. */
const escape = (text: string) => text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/\r?\n/g, '  \n');

/** The whole plan in Markdown; `areaLabels` maps goal-area ids to their names. */
export function planToMarkdown(plan: PlanRecord, areaLabels: Readonly<Record<string, string>>, title = 'My development plan'): string {
  const lines = [`# ${title}`, ''];
  if (plan.name.trim()) lines.push(`Name: ${escape(plan.name.trim())}`, '');
  if (plan.areas.length > 0) lines.push(`Areas: ${plan.areas.map((id) => escape(areaLabels[id] ?? id)).join(', ')}`, '');
  if (plan.reviewDate) lines.push(`Next review with a mentor: ${formatDay(plan.reviewDate)}`, '');
  if (plan.reviews.length > 0) lines.push(`Reviewed with a mentor on: ${plan.reviews.map(formatDay).join(', ')}`, '');
  plan.goals.forEach((goal, index) => {
    lines.push(`## Goal ${index + 1}${goal.what.trim() ? `: ${escape(goal.what.trim().split('\n')[0]!)}` : ''}`, '');
    if (goal.area) lines.push(`- Area: ${escape(areaLabels[goal.area] ?? goal.area)}`);
    lines.push(`- Status: ${STATUS_WORDS[goal.status]}`);
    if (goal.what.trim()) lines.push(`- What: ${escape(goal.what.trim())}`);
    if (goal.byWhen) lines.push(`- By when: ${formatDay(goal.byWhen)}`);
    if (goal.measure.trim()) lines.push(`- How I will know: ${escape(goal.measure.trim())}`);
    if (goal.helpers.length > 0) lines.push(`- Who helps: ${goal.helpers.map(escape).join(', ')}`);
    if (goal.reviews.length > 0) lines.push(`- Reviewed with a mentor on: ${goal.reviews.map(formatDay).join(', ')}`);
    if (goal.milestones.length > 0) {
      const { done, total } = milestoneProgress(goal);
      lines.push('', `Milestones (${done} of ${total} done):`, '');
      for (const milestone of goal.milestones) lines.push(`- [${milestone.done ? 'x' : ' '}] ${escape(milestone.text)}`);
    }
    if (goal.notes.trim()) lines.push('', `Notes: ${escape(goal.notes.trim())}`);
    lines.push('');
  });
  if (plan.goals.length === 0) lines.push('No goals written yet.', '');
  return lines.join('\n');
}

/** An all-day event on the review date, as .ics text. */
export async function reviewCalendar(reviewDate: string, openGoals: number, now = new Date()): Promise<string> {
  const { default: ical } = await import('ical-generator');
  const calendar = ical({ name: 'Development plan', prodId: { company: 'Mentorship Guide', product: 'Development plan', language: 'EN' } });
  const day = new Date(`${reviewDate}T00:00:00Z`);
  calendar.createEvent({
    id: `plan-review-${reviewDate}@mentorship-guide`,
    start: day,
    allDay: true,
    stamp: now,
    summary: 'Review my development plan with my mentor',
    description: `Go through your development plan with your mentor: ${openGoals === 1 ? 'one goal is' : `${openGoals} goals are`} still open. Agree what to change, then set the next review date.`,
  });
  return calendar.toString();
}
