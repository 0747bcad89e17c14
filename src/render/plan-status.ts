// What a printout must say about itself so a stale copy is recognised: which
// reviews are overdue, which systems have no recovery objectives, which
// corrective actions are past their due day, which files could not be read
// (and so are missing from the print). Shared by the HTML binder and the
// Markdown export. Exercises are judged from the journals, which an export
// does not read: the printout says so rather than call the plan up to date.
import { localDay } from '../text/local-time.js';
import type { Library } from '../library/library.js';
import { reviewOverdue } from '../format/review.js';
import { improvementStatus } from '../format/follow-up.js';
import type { RunbookView } from '../library/view.js';

export interface OverdueReview {
  view: RunbookView;
  /** YYYY-MM-DD the review fell due; absent when the runbook was never reviewed. */
  due?: string;
}

export interface SystemGap {
  id: string;
  name: string;
  missing: Array<'RTO' | 'RPO'>;
}

export interface FileProblems {
  file: string;
  problems: number;
  /** A runbook file of which nothing could be read, left out of the export. */
  leftOut: boolean;
  /** A runbook whose steps could not all be read: exported as far as they could be. */
  stepsUnread: boolean;
}

export interface OverdueAction {
  id: string;
  action: string;
  due: string;
}

export interface PlanStatus {
  /** The day the export was made, YYYY-MM-DD, in local time. */
  today: string;
  overdue: OverdueReview[];
  systemGaps: SystemGap[];
  /** Corrective actions of improvements.yaml not closed by their due day. */
  actionsOverdue: OverdueAction[];
  files: FileProblems[];
  runbookCount: number;
}

export function planStatus(library: Library, views: RunbookView[], now: Date): PlanStatus {
  const today = localDay(now);
  const overdue = views.filter((v) => reviewOverdue(v, today)).map((view) => ({ view, due: view.reviewDue }));
  const systemGaps = library.systems
    .map(({ value: s }) => ({
      id: s.id,
      name: s.name,
      missing: [s.rto ? undefined : 'RTO', s.rpo ? undefined : 'RPO'].filter(
        (m): m is 'RTO' | 'RPO' => m !== undefined,
      ),
    }))
    .filter((gap) => gap.missing.length > 0);
  const counts = new Map<string, number>();
  for (const p of library.problems) counts.set(p.file, (counts.get(p.file) ?? 0) + 1);
  const leftOut = new Set(library.brokenRunbooks.map((b) => b.file));
  for (const file of leftOut) if (!counts.has(file)) counts.set(file, 1);
  const unread = new Set(library.problems.filter((p) => p.touchesSteps).map((p) => p.file));
  const files = [...counts].map(([file, problems]) => ({
    file,
    problems,
    leftOut: leftOut.has(file),
    stepsUnread: unread.has(file) && !leftOut.has(file),
  }));
  const actionsOverdue = library.improvements
    .map(({ value }) => value)
    .filter((a) => improvementStatus(a, today) === 'overdue')
    .map((a) => ({ id: a.id, action: a.action, due: a.due }));
  return { today, overdue, systemGaps, actionsOverdue, files, runbookCount: views.length };
}

/** True when the cover should say the plan needs attention. */
export function needsAttention(status: PlanStatus): boolean {
  return (
    status.overdue.length > 0 ||
    status.systemGaps.length > 0 ||
    status.actionsOverdue.length > 0 ||
    status.files.length > 0
  );
}

/** What a printout judged when it finds nothing to say, and what it could not judge. */
export const NOTHING_OVERDUE =
  'Every review is on time, every system has a recovery time (RTO) and recovery point (RPO) objective, and no corrective action is past its due day. Exercises are judged from the records, which a printout does not hold: coop status says whether each runbook was exercised in the last 12 months.';
