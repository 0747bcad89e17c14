// The words the AAR/IP's formats share: its title, the overview's rows, the
// notices about the record, what each empty section says, the footer. Plain
// text; Markdown and HTML escape it.
import { EXERCISE_BANNER } from '../../walk/exercise.js';
import { EXAMPLE_NOTICE } from '../../walk/exercise/screen.js';
import { when, zoneLabel } from '../after-action/time.js';
import type { ExerciseReport, PlanItem, RatingView } from './model.js';

export { EXAMPLE_NOTICE, EXERCISE_BANNER };

export type Row = [label: string, value: string];

export function reportTitle(report: ExerciseReport): string {
  return `After-Action Report / Improvement Plan: ${report.exercise.title}`;
}

/** The notices at the top of every format: an exercise, and (when it is one) an example. */
export function topNotices(report: ExerciseReport): string[] {
  return [EXERCISE_BANNER, ...(report.exercise.example ? [EXAMPLE_NOTICE] : [])];
}

export function overviewRows(report: ExerciseReport): Row[] {
  const r = report;
  const rows: Row[] = [
    ['Exercise', `${r.exercise.title} (${r.exercise.id})`],
    ['Type', "Tabletop exercise (discussion-based), after FEMA's HSEEP"],
    ['Planned for', r.exercise.date],
    ['Held', `${when(r.startedAt)}${r.endedAt ? ` to ${when(r.endedAt)}` : ', not finished'}`],
    [
      'Scope',
      `The runbooks ${r.exercise.runbooks.map((b) => (b.title ? `${b.id} (${b.title})` : b.id)).join(', ')}; ${r.injectsReleased} of ${r.expectedActions.length} injects played.`,
    ],
    ['Objectives', r.objectives.map((o) => `${o.number}. ${o.text} (${o.policy})`).join(' ')],
    ['Scenario', r.exercise.scenario],
    ['Participants', r.participants.map((p) => `${p.role}: ${p.name}`).join('; ')],
    ['Facilitated by', r.facilitators.join(', ')],
  ];
  if (r.organization) rows.unshift(['Organization', r.organization]);
  return rows;
}

export function recordNotices(report: ExerciseReport): string[] {
  const notices: string[] = [];
  const [first, ...more] = report.journal.inconsistencies;
  if (first)
    notices.push(
      `THIS RECORD IS INCONSISTENT: ${more.length + 1} problem${more.length ? 's' : ''} (first: line ${first.line}: ${first.problem}), so what follows may not be what happened.`,
    );
  if (report.exercise.state === 'changed')
    notices.push('The exercise file has changed since this exercise was held: its current wording is used below.');
  if (report.journal.tornLine !== undefined)
    notices.push(
      `The record's line ${report.journal.tornLine} was cut short when coop stopped while writing it; it is not part of this report.`,
    );
  if (report.improvementPlan.some((i) => !i.inLibrary))
    notices.push(
      "Some corrective actions are in this record but not in the library's improvements.yaml, so coop status cannot follow them up: add them there.",
    );
  return notices;
}

export function ratingCell(rating: RatingView | undefined, played = true, notPlayed = 'Not played'): string {
  if (!played) return notPlayed;
  return rating ? `${rating.code} - ${rating.label}` : 'Not rated';
}

export function planStatus(item: PlanItem): string {
  if (item.closed) return `Closed ${item.closed.on}: ${item.closed.change}`;
  const status = item.status === 'overdue' ? 'OVERDUE' : 'Open';
  return item.inLibrary ? status : `${status} (not in improvements.yaml)`;
}

export function ownerName(item: PlanItem): string {
  return item.owner.known ? item.owner.name : `${item.owner.id} (not in contacts)`;
}

export function runbookName(item: PlanItem): string {
  return item.runbook.title ? `${item.runbook.title} (${item.runbook.id})` : item.runbook.id;
}

export function timesNote(report: ExerciseReport): string {
  return `Times are local (${zoneLabel(new Date(report.startedAt))}); scenario times are the exercise's own clock.`;
}

export function footer(report: ExerciseReport): string {
  return `Report made ${when(report.generatedAt)} by coop ${report.coopVersion} from the exercise record ${report.journal.file} and the library's improvements.yaml.`;
}

export const EMPTY = {
  strengths: 'None was recorded.',
  areas: 'None was recorded.',
  plan: 'No corrective action was recorded.',
  responses: 'No response was recorded.',
  walks: 'No player walked a runbook with coop drill --exercise during this exercise.',
} as const;
