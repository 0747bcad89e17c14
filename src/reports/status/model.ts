// Is the plan kept up, as ITEC 5300 asks (maintained, tested and exercised)?
// For each runbook: its owner, when it was last reviewed and when the next
// review is due, its last exercise, and its real incidents in the last 12
// months, all judged on the day of `now`. Exercises and incidents are read
// from the journals: a drill counts as an exercise once it has ended, and so
// does a tabletop exercise of the runbook (src/reports/status/exercises.ts);
// the improvement plan's corrective actions come from improvements.yaml.
import type { Library } from '../../library/library.js';
import { localDay } from '../../text/local-time.js';
import { plural } from '../../text/plural.js';
import { addMonths, reviewOverdue } from '../../format/review.js';
import { runbookView, type ContactView } from '../../library/view.js';
import type { UnreadableJournal } from '../../journal/folder.js';
import type { IncidentSummary } from '../../journal/summary.js';
import type { CheckedExerciseRecord } from '../../walk/exercise/checked-record.js';
import type { LastSignOff } from './sign-off.js';
import type { CheckedSummary } from '../../walk/checked-journal.js';
import {
  correctiveActionsLine,
  correctiveActionsOf,
  tabletopExercisesOf,
  type CorrectiveActionStatus,
} from './exercises.js';

/** How far back "recent" reaches, for exercises and incidents alike. */
export const WINDOW_MONTHS = 12;

export interface LastExercise {
  /** The drill's incident id, or the tabletop exercise's record id. */
  incident: string;
  endedAt: string;
  outcome: 'completed' | 'failed';
  people: string[];
  /** A tabletop exercise (coop exercise run): the exercise's id. Absent for a drill. */
  exercise?: string;
}

export interface RunbookStatus {
  id: string;
  title: string;
  file?: string;
  owner?: ContactView;
  reviewed?: string;
  reviewEveryMonths: number;
  /** YYYY-MM-DD; absent when the runbook was never reviewed. */
  reviewDue?: string;
  reviewOverdue: boolean;
  lastExercise?: LastExercise;
  exerciseOverdue: boolean;
  realIncidents: number;
  drills: number;
  /** Incidents and drills of this runbook not ended. */
  open: number;
  /** What is overdue, in words; empty when nothing is. */
  overdue: string[];
  /** Who reviewed it last (reviewed_by). */
  reviewedBy?: string;
  /** Its last sign-off on record (coop review), absent when there is none. */
  signOff?: LastSignOff;
}

export interface PlanStatusReport {
  today: string;
  /** The first day of the window "the last 12 months". */
  windowStart: string;
  journalDir: string;
  runbooks: RunbookStatus[];
  /** Runbook files that could not be loaded: their status cannot be judged. */
  broken: Array<{ id: string; file: string }>;
  unreadableJournals: UnreadableJournal[];
  /** The improvement plan (improvements.yaml), open, overdue and closed. */
  correctiveActions: CorrectiveActionStatus[];
  overdue: boolean;
  summary: string;
}

/** The drill among `drills` that ended last: the runbook's last exercise. */
export function lastExerciseOf(drills: IncidentSummary[]): LastExercise | undefined {
  const ended = drills
    // A drill closed before its end (`coop close`) is not an exercise of the plan.
    .filter((d) => d.status === 'ended' && d.outcome !== 'closed' && d.endedAt !== undefined)
    .sort((a, b) => b.endedAt!.localeCompare(a.endedAt!));
  const last = ended[0];
  return last
    ? {
        incident: last.id,
        endedAt: last.endedAt!,
        outcome: last.outcome === 'failed' ? 'failed' : 'completed',
        people: last.people,
      }
    : undefined;
}

/**
 * The runbook's last exercise: its drill or the tabletop exercise naming it
 * that ended last. An exercise is evidence for ITEC 5300 only if its record
 * can be believed, so a drill whose journal is inconsistent does not count.
 */
export function lastExerciseOfRunbook(
  runbook: string,
  input: Pick<StatusInput, 'library' | 'incidents' | 'exerciseRecords'>,
): LastExercise | undefined {
  const drilled = lastExerciseOf(
    input.incidents.filter((i) => i.runbook === runbook && i.drill && i.inconsistencies.length === 0),
  );
  const tabletop = tabletopExercisesOf(runbook, input.library, input.exerciseRecords)[0];
  return tabletop && (!drilled || tabletop.endedAt > drilled.endedAt)
    ? { ...tabletop, outcome: 'completed' as const }
    : drilled;
}

export interface StatusInput {
  library: Library;
  incidents: CheckedSummary[];
  /** The exercise records of the journal folder. */
  exerciseRecords: CheckedExerciseRecord[];
  journalDir: string;
  unreadableJournals: UnreadableJournal[];
  now: Date;
  /** The last sign-off of each runbook (src/reports/status/sign-off.ts), by runbook id. */
  signOffs?: ReadonlyMap<string, LastSignOff>;
}

export function planStatusReport(input: StatusInput): PlanStatusReport {
  const today = localDay(input.now);
  const windowStart = addMonths(today, -WINDOW_MONTHS);
  const inWindow = (iso: string) => {
    const day = localDay(new Date(iso));
    return day >= windowStart && day <= today;
  };
  const runbooks = input.library.runbooks.map((entry): RunbookStatus => {
    const view = runbookView(input.library, entry);
    // One started by mistake (coop close --mistake) stays on record, but is no activation of the plan.
    const mine = input.incidents.filter((i) => i.runbook === view.id && !i.startedByMistake);
    const lastExercise = lastExerciseOfRunbook(view.id, input);
    const reviewIsOverdue = reviewOverdue(view, today);
    const exerciseOverdue = !lastExercise || !inWindow(lastExercise.endedAt);
    const overdue: string[] = [];
    if (reviewIsOverdue)
      overdue.push(view.reviewed ? `review was due ${view.reviewDue}` : 'never reviewed (no review date)');
    if (exerciseOverdue)
      overdue.push(
        lastExercise
          ? `last exercise ${localDay(new Date(lastExercise.endedAt))}, more than ${WINDOW_MONTHS} months ago`
          : 'never exercised',
      );
    const status: RunbookStatus = {
      id: view.id,
      title: view.title,
      reviewEveryMonths: view.reviewEveryMonths,
      reviewOverdue: reviewIsOverdue,
      exerciseOverdue,
      realIncidents: mine.filter((i) => !i.drill && inWindow(i.startedAt)).length,
      drills: mine.filter((i) => i.drill && inWindow(i.startedAt)).length,
      open: mine.filter((i) => i.status !== 'ended').length,
      overdue,
    };
    if (view.file !== undefined) status.file = view.file;
    if (view.owner) status.owner = view.owner;
    if (view.reviewed !== undefined) status.reviewed = view.reviewed;
    if (view.reviewDue !== undefined) status.reviewDue = view.reviewDue;
    if (lastExercise) status.lastExercise = lastExercise;
    if (entry.value.reviewed_by !== undefined) status.reviewedBy = entry.value.reviewed_by;
    const signOff = input.signOffs?.get(view.id);
    if (signOff) status.signOff = signOff;
    return status;
  });
  const broken = input.library.brokenRunbooks;
  const correctiveActions = correctiveActionsOf(input.library, today);
  const report: PlanStatusReport = {
    today,
    windowStart,
    journalDir: input.journalDir,
    runbooks,
    broken,
    unreadableJournals: input.unreadableJournals,
    correctiveActions,
    // A plan with no runbook to follow is not up to date, however few of its reviews are late.
    overdue:
      runbooks.length === 0 ||
      broken.length > 0 ||
      runbooks.some((r) => r.overdue.length > 0) ||
      correctiveActions.some((a) => a.status === 'overdue'),
    summary: '',
  };
  report.summary = summaryLine(report);
  return report;
}

/** The plan in one line, for a status page, an email subject or a CI log. */
function summaryLine(report: PlanStatusReport): string {
  const n = report.runbooks.length;
  const reviews = report.runbooks.filter((r) => r.reviewOverdue).length;
  const exercises = report.runbooks.filter((r) => r.exerciseOverdue).length;
  const real = report.runbooks.reduce((sum, r) => sum + r.realIncidents, 0);
  const drills = report.runbooks.reduce((sum, r) => sum + r.drills, 0);
  const overdueActions = report.correctiveActions.filter((a) => a.status === 'overdue').length;
  const actions = correctiveActionsLine(report.correctiveActions);
  const recent = `${plural(real, 'real incident')} and ${plural(drills, 'drill')} in the last ${WINDOW_MONTHS} months${actions ? `; ${actions}` : ''}`;
  const head = `Plan status on ${report.today}`;
  if (!report.overdue)
    return `${head}: up to date: ${plural(n, 'runbook')}, every review on time and every runbook exercised in the last ${WINDOW_MONTHS} months; ${recent}.`;
  const problems = [
    n === 0 && report.broken.length === 0 ? 'no runbooks' : '',
    reviews ? `${reviews} of ${plural(n, 'runbook')} overdue for review` : '',
    exercises ? `${exercises} not exercised in the last ${WINDOW_MONTHS} months` : '',
    report.broken.length ? `${plural(report.broken.length, 'runbook file')} that cannot be read` : '',
    overdueActions ? `${plural(overdueActions, 'corrective action')} overdue` : '',
  ].filter(Boolean);
  return `${head}: needs attention: ${problems.join(', ')}; ${recent}.`;
}
