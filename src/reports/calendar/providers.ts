// Every kind of date coop calendar lists, one provider each: reviews due,
// the next exercise of each runbook, contacts to verify again, and the items
// a review flagged that are still open. Add a provider to CALENDAR_PROVIDERS
// to add a kind of date (docs/upkeep.md#coop-calendar).
import { correctiveActionsDue } from './corrective-actions.js';
import { addMonths, DEFAULT_EXERCISE_MONTHS, VERIFIED_MONTHS } from '../../format/review.js';
import { runbookView } from '../../library/view.js';
import { localDay } from '../../text/local-time.js';
import { lastExerciseOfRunbook } from '../status/model.js';
import { signOffsOf } from '../status/sign-off.js';
import { notBefore, uidOf, type CalendarProvider } from './items.js';

/** Due already (or never done): dated today, so it shows where a person looks first. */

const reviewsDue: CalendarProvider = ({ library, today, plan }) =>
  library.runbooks.map((entry) => {
    const view = runbookView(library, entry);
    const due = view.reviewDue ?? today;
    const when = view.reviewed
      ? `Last reviewed ${view.reviewed}; reviewed every ${view.reviewEveryMonths} months, due ${due}.`
      : 'Never reviewed.';
    return {
      uid: uidOf(plan, 'review', view.id),
      day: notBefore(due, today),
      summary: `Review due: ${view.title}`,
      description: `${when} Review it and sign it off: coop review ${view.id}`,
      category: 'review',
    };
  });

/** The day after the last exercise (a drill or a tabletop exercise, as coop status counts them) plus the interval. */
const exercisesDue: CalendarProvider = (context) => {
  const { library, today, plan } = context;
  const every = library.config.exercise_every_months ?? DEFAULT_EXERCISE_MONTHS;
  return library.runbooks.map(({ value: runbook }) => {
    const last = lastExerciseOfRunbook(runbook.id, context);
    const lastDay = last ? localDay(new Date(last.endedAt)) : undefined;
    const due = lastDay ? addMonths(lastDay, every) : today;
    return {
      uid: uidOf(plan, 'exercise', runbook.id),
      day: notBefore(due, today),
      summary: `Exercise due: ${runbook.title}`,
      description: `${lastDay ? `Last exercised ${lastDay}` : 'Never exercised'}; exercised every ${every} months (ITEC 5300 asks that plans be exercised). Rehearse it: coop drill ${runbook.id}`,
      category: 'exercise',
    };
  });
};

const contactsToVerify: CalendarProvider = ({ library, today, plan }) =>
  library.contacts.map(({ value: contact }) => ({
    uid: uidOf(plan, 'contact', contact.id),
    day: notBefore(contact.verified ? addMonths(contact.verified, VERIFIED_MONTHS) : today, today),
    summary: `Verify contact details: ${contact.name}`,
    description: `${contact.verified ? `Last verified ${contact.verified}` : 'Never verified'}; details are checked every ${VERIFIED_MONTHS} months. Call to check them, then set verified: in contacts.yaml (coop review does it for the contacts of a runbook).`,
    category: 'contact',
  }));

/** Dated the day of the review that flagged them: they are open from then until the runbook changes. */
const reviewFollowUps: CalendarProvider = ({ library, reviews, plan }) =>
  [...signOffsOf(library, reviews)].flatMap(([runbook, signOff]) =>
    signOff.changedSince
      ? []
      : signOff.flagged.map((item, n) => ({
          uid: uidOf(plan, 'follow-up', signOff.record, String(n + 1)),
          day: signOff.day,
          summary: `Follow up (${runbook}): ${item.note}`,
          description: `${item.text} Flagged as needing a change in the review of ${signOff.day} by ${signOff.person}; open until the runbook is changed.`,
          category: 'follow-up',
        })),
  );

/** In the order the feed lists them. */
export const CALENDAR_PROVIDERS: readonly CalendarProvider[] = [
  reviewsDue,
  exercisesDue,
  contactsToVerify,
  reviewFollowUps,
  correctiveActionsDue,
];
