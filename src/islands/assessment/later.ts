/** The parts of an assessment a reader reaches last, loaded on demand by AssessmentRunner. */
export { CheckAnswers } from './CheckAnswers';
export { Results } from './Results';
