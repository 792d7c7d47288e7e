/**
 * An example answer for each field of the agreement, shown behind "See an example": practical
 * illustrations written for this site, not research findings. Kept apart from the field definitions
 * so that the page passes them to the form as data and they stay out of the island's script.
 */
import { FIELD_IDS } from './agreement-fields';

export const FIELD_EXAMPLES: Readonly<Record<(typeof FIELD_IDS)[keyof typeof FIELD_IDS], string>> = {
  [FIELD_IDS.mentorName]: 'Dr Helen Marsh, Reader in Respiratory Medicine',
  [FIELD_IDS.menteeName]: 'Dr Tomás Reyes, clinical research fellow',
  [FIELD_IDS.startDate]: 'The day of your second meeting, once you have talked about goals: for example, 3 February.',
  [FIELD_IDS.goals]: '1. Submit a pilot grant application to the department fund by the spring deadline.\n2. Turn my audit into a paper and send it to a journal.\n3. Decide whether to apply for a PhD next year.',
  [FIELD_IDS.meetingRhythm]: 'Monthly, with a short extra call in the weeks before a deadline.',
  [FIELD_IDS.meetingTime]: '08:00, before the morning clinic starts.',
  [FIELD_IDS.meetingLength]: '45 minutes: long enough for one real problem, short enough to keep.',
  [FIELD_IDS.meetingFormat]: "In Helen's office, or by video when either of us is on call. Tomás books each meeting a month ahead. If one of us has to cancel, we rebook within two weeks.",
  [FIELD_IDS.communication]: 'Email for anything that can wait; a text message if it is urgent. We each try to reply within three working days, and say so if we cannot.',
  [FIELD_IDS.menteeExpectations]: 'Send a short agenda two days before each meeting. Write up the actions we agree in a few lines afterwards. Say early when something is not working.',
  [FIELD_IDS.mentorExpectations]: 'Read one draft a term and reply within two weeks. Introduce Tomás to the trials unit and to one researcher outside the department. Give honest feedback, including when it is not what he hoped to hear.',
  [FIELD_IDS.confidentiality]: "What we talk about stays between us, unless someone's safety is at risk. Helen does not sit on Tomás's appraisal panel; if that changes, we will talk about it first.",
  [FIELD_IDS.credit]: "Tomás is first author on papers from his own project. We agree the author list before writing starts and look at it again before submission. Tomás presents his own work.",
  [FIELD_IDS.ending]: 'Either of us can end this mentoring relationship at any time, without blame. We will have one last meeting to look back and agree what happens to work in progress.',
  [FIELD_IDS.reviewDate]: 'Six months after the start date, at a usual meeting: for example, 3 August.',
};
