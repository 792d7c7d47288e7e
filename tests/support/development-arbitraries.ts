/**
 * fast-check arbitraries for the saved network and development plan, shaped as their codecs
 * expect (tests/unit/network.test.ts and plan.test.ts check them against the codecs).
 */
import fc from 'fast-check';
import { FREQUENCIES, PLACES, type NetworkPerson, type NetworkRecord } from '../../src/lib/network/network-record';
import { GOAL_STATUSES, type PlanGoal, type PlanRecord } from '../../src/lib/plan/plan-record';
import { dayArb, isoDateArb } from './record-arbitraries';

export const itemIdArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);

const personArb: fc.Arbitrary<NetworkPerson> = fc.record({
  id: itemIdArb,
  name: fc.string({ maxLength: 20 }),
  categories: fc.uniqueArray(itemIdArb, { maxLength: 5 }),
  frequency: fc.constantFrom(...FREQUENCIES),
  place: fc.constantFrom(...PLACES),
});
const peopleArb = fc.uniqueArray(personArb, { maxLength: 6, selector: (person) => person.id });

export const networkArb: fc.Arbitrary<NetworkRecord> = fc.record({
  format: fc.constant(1 as const),
  people: peopleArb,
  snapshots: fc.uniqueArray(fc.record({ id: itemIdArb, takenOn: dayArb, people: peopleArb }), { maxLength: 3, selector: (snapshot) => snapshot.id }),
  updatedAt: isoDateArb,
});

const goalArb: fc.Arbitrary<PlanGoal> = fc.record({
  id: itemIdArb,
  area: fc.oneof(fc.constant(''), itemIdArb),
  what: fc.string({ maxLength: 30 }),
  byWhen: fc.oneof(fc.constant(''), dayArb),
  measure: fc.string({ maxLength: 30 }),
  milestones: fc.uniqueArray(fc.record({ id: itemIdArb, text: fc.string({ maxLength: 20 }), done: fc.boolean() }), { maxLength: 4, selector: (milestone) => milestone.id }),
  status: fc.constantFrom(...GOAL_STATUSES),
  notes: fc.string({ maxLength: 30 }),
  helpers: fc.uniqueArray(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  reviews: fc.uniqueArray(dayArb, { maxLength: 4 }).map((days) => days.sort()),
});

export const planArb: fc.Arbitrary<PlanRecord> = fc.record({
  format: fc.constant(1 as const),
  areas: fc.uniqueArray(itemIdArb, { maxLength: 3 }),
  goals: fc.uniqueArray(goalArb, { maxLength: 4, selector: (goal) => goal.id }),
  reviewDate: fc.oneof(fc.constant(''), dayArb),
  reviews: fc.uniqueArray(dayArb, { maxLength: 3 }),
  name: fc.string({ maxLength: 20 }),
  updatedAt: isoDateArb,
});
