// How `coop incidents` shows the incidents: a table for a person, a stable
// JSON document for scripts (documented in docs/records.md; change it only by
// adding fields, or by raising `version`).
import { safeLine, terminalSafeJson } from '../../text/sanitize.js';
import { localDayAndTime } from '../../text/local-time.js';
import { plural } from '../../text/plural.js';
import type { Style } from '../../text/style.js';
import { formatDuration } from '../../text/duration.js';
import type { IncidentSummary } from '../../journal/summary.js';
import type { CheckedSummary } from '../../walk/checked-journal.js';
import type { UnreadableJournal } from '../../journal/folder.js';
import { textTable } from '../../text/table.js';

export const INCIDENTS_JSON_VERSION = 1;

export interface ListedIncident extends CheckedSummary {
  /** The journal file, as shown to people. */
  file: string;
  /** A record of it that went on apart from the journal (coop import kept it, docs/journal.md), as shown. */
  keptApart?: string;
}

function statusCell(i: ListedIncident): string {
  const ended =
    i.outcome === 'closed'
      ? `closed (${safeLine(i.closedReason ?? 'no reason given')})`
      : i.outcome === 'failed'
        ? 'ended (failed check)'
        : 'ended';
  const status = i.status === 'ended' ? ended : i.status;
  const parts = [
    status,
    ...(i.keptApart ? ['a record kept apart'] : []),
    ...(i.inconsistencies.length ? ['INCONSISTENT'] : []),
  ];
  return parts.join(', ');
}

/** Started by mistake (`coop close --mistake`), it is neither a real incident nor a drill. */
function kindCell(i: IncidentSummary): string {
  if (i.startedByMistake) return 'mistake';
  return i.drill ? 'drill' : 'real';
}

/**
 * `width`: the terminal's, for a table that fits it; none for a pipe. `now`:
 * an incident not ended is measured to it ("so far"), as the report measures
 * it, not to its last step: one paused two hours ago has gone on two hours.
 */
export function incidentsTable(incidents: ListedIncident[], style: Style, now: Date, width?: number): string[] {
  // Only plans with update steps send updates: the column is there when some incident has one.
  const updates = incidents.some((i) => i.lastUpdateAt !== undefined);
  const rows = incidents.map((i) => [
    i.id,
    i.runbook,
    localDayAndTime(new Date(i.startedAt)),
    i.people.join(', '),
    statusCell(i),
    kindCell(i),
    i.status === 'ended'
      ? formatDuration(i.durationMs)
      : `${formatDuration(Math.max(i.durationMs, now.getTime() - Date.parse(i.startedAt)))} so far`,
    `${i.stepsDone}/${i.stepsSkipped}`,
    ...(updates ? [lastUpdateCell(i, now)] : []),
  ]);
  const headings = ['ID', 'RUNBOOK', 'STARTED', 'BY', 'STATUS', 'KIND', 'DURATION', 'DONE/SKIPPED'];
  return textTable(updates ? [...headings, 'LAST UPDATE'] : headings, rows, style, { width });
}

/** When the last update went out; for an incident not ended whose next one is late, since when it is. */
function lastUpdateCell(i: ListedIncident, now: Date): string {
  const last = i.lastUpdateAt === undefined ? '-' : localDayAndTime(new Date(i.lastUpdateAt));
  const due = i.nextUpdateDueAt;
  if (i.status === 'ended' || due === undefined || Date.parse(due) >= now.getTime()) return last;
  return `${last}, next OVERDUE since ${localDayAndTime(new Date(due))}`;
}

/**
 * "3 real incidents and 1 drill": drills are never counted as incidents, and
 * one started by mistake is neither ("…, and 1 started by mistake").
 */
export function incidentCounts(incidents: IncidentSummary[]): string {
  const mistakes = incidents.filter((i) => i.startedByMistake).length;
  const counted = incidents.filter((i) => !i.startedByMistake);
  const drills = counted.filter((i) => i.drill).length;
  const counts = `${plural(counted.length - drills, 'real incident')} and ${plural(drills, 'drill')}`;
  return mistakes ? `${counts}, and ${mistakes} started by mistake` : counts;
}

/**
 * What to type for the incidents not ended, if there are any. `typed` gives
 * `coop <words>` as it must be typed here (npx, the library, the journal
 * folder), the words as they are: <incident-id> is for the person to fill in.
 */
export function notEndedHint(incidents: IncidentSummary[], typed: (...words: string[]) => string): string | undefined {
  const open = incidents.filter((i) => i.status !== 'ended').length;
  if (open === 0) return undefined;
  const resume = open === 1 ? typed('resume') : typed('resume', '<incident-id>');
  return `${open} not ended: ${resume} carries ${open === 1 ? 'it' : 'one'} on; ${typed('report', '<incident-id>')} tells what happened`;
}

export function incidentsJson(
  journalDir: string,
  incidents: ListedIncident[],
  unreadable: UnreadableJournal[],
): string {
  return `${terminalSafeJson({ version: INCIDENTS_JSON_VERSION, journalDir, incidents, unreadable }, 2)}\n`;
}
