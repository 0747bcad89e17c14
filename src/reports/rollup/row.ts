// One agency's line of the statewide view, made from its library (and its
// journals, when given) and then let go: the rollup holds rows, never every
// library's model. Each fact comes from the code that already judges it for
// one library: the lint engine counts the findings, `coop status`'s model
// judges reviews and exercises, the loader says what could not be read.
// A fact the library has no way to record yet is null ("not recorded").
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary } from '../../library/load.js';
import { displayPathOf } from '../../library/paths.js';
import { describeReadError } from '../../system/disk-errors.js';
import { formatProblem } from '../../library/problem.js';
import type { Library } from '../../library/library.js';
import { addMonths } from '../../format/review.js';
import { readJournalFolder } from '../../journal/folder.js';
import { checkedSummaries } from '../../walk/checked-journal.js';
import { checkedExerciseRecords } from '../../walk/exercise/checked-record.js';
import { lintLibrary } from '../../lint/engine.js';
import { countFindings, sortFindings, type Counts } from '../../lint/finding.js';
import { UserError } from '../../system/errors.js';
import { plural } from '../../text/plural.js';
import { shellWord } from '../../text/shell-word.js';
import { localDay } from '../../text/local-time.js';
import { planStatusReport, WINDOW_MONTHS, type PlanStatusReport } from '../status/model.js';
import { POINT_IDS, type PointId, type PointStatus } from './points.js';
import type { AgencySource } from './sources.js';

/** Findings kept per agency for its section: enough to act on, bounded for a state of libraries. */
export const FINDINGS_KEPT = 50;

export interface RowFinding {
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
  rule: string;
  message: string;
}

export interface AgencyRow {
  name: string;
  /** The library folder as shown to people. */
  library: string;
  /** False when the folder itself could not be read: every count below is then empty. */
  readable: boolean;
  /** Why the library is unreadable or broken, in one line; absent when it read cleanly. */
  problem?: string;
  /** Files of the library that could not be loaded (runbooks left out, or a contacts or systems file). */
  brokenFiles: number;
  organization: string | null;
  /** The names of the runbooks' owners, each once, in the order first met. */
  owners: string[];
  runbooksWithoutOwner: number;
  runbooks: number;
  lint: Counts & { byRule: Record<string, Counts> };
  reviews: { overdue: number; neverReviewed: number; longestOverdueDays: number | null };
  /** Null when no journal folder was given for the agency. */
  exercises: { last: string | null; inLast12Months: boolean } | null;
  systems: { total: number; withoutObjectives: string[]; lastBia: string | null };
  contacts: { total: number; notVerifiedInYear: number };
  /** Corrective actions of improvements.yaml; null when the library has none. */
  correctiveActions: { open: number; overdue: number } | null;
  /** Null when no journal folder was given for the agency. */
  incidents: { last12Months: number; drills: number; open: number } | null;
  findings: RowFinding[];
  findingsLeftOut: number;
  /** Anything else the coordinator should know about how the row was made. */
  notes: string[];
  points: Record<PointId, PointStatus>;
}

export interface RowOptions {
  now: Date;
  cwd: string;
  /** The shared journal layout: DIR/<library folder name>/ holds each agency's journals. */
  journals?: string;
}

const DAY_MS = 86_400_000;
const daysFrom = (day: string, later: string) => Math.round((Date.parse(later) - Date.parse(day)) / DAY_MS);

function journalDirOf(source: AgencySource, options: RowOptions): string | undefined {
  if (source.journals) return source.journals;
  return options.journals === undefined ? undefined : join(options.journals, source.name);
}

function everyPoint(status: PointStatus): Record<PointId, PointStatus> {
  return Object.fromEntries(POINT_IDS.map((id) => [id, status])) as Record<PointId, PointStatus>;
}

export function unreadableRow(source: AgencySource, library: string, problem: string): AgencyRow {
  return {
    name: source.name,
    library,
    readable: false,
    problem,
    brokenFiles: 0,
    organization: null,
    owners: [],
    runbooksWithoutOwner: 0,
    runbooks: 0,
    lint: { errors: 0, warnings: 0, byRule: {} },
    reviews: { overdue: 0, neverReviewed: 0, longestOverdueDays: null },
    exercises: null,
    systems: { total: 0, withoutObjectives: [], lastBia: null },
    contacts: { total: 0, notVerifiedInYear: 0 },
    correctiveActions: null,
    incidents: null,
    findings: [],
    findingsLeftOut: 0,
    notes: [],
    points: everyPoint('not-met'),
  };
}

/**
 * The journals of the agency, summarised and checked before believed (an
 * inconsistent drill is no exercise); null when none were given. Anything
 * set aside is a note of the row.
 */
function journalsOf(dir: string | undefined, library: Library, cwd: string, notes: string[]) {
  if (dir === undefined) return null;
  try {
    const folder = readJournalFolder(dir, cwd);
    if (folder.unreadable.length)
      notes.push(
        `${plural(folder.unreadable.length, 'journal')} in ${folder.display} could not be read (first: ${folder.unreadable[0]!.problem})`,
      );
    const warnings: string[] = [];
    const incidents = checkedSummaries(
      folder,
      library,
      (text) => warnings.push(text),
      (id) => `coop report ${id} --journal-dir ${shellWord(folder.display)}`,
    );
    const exerciseRecords = checkedExerciseRecords(folder.exercises, library, (text) => warnings.push(text));
    if (warnings.length)
      notes.push(
        `${plural(warnings.length, 'journal')} in ${folder.display} not believed (first: ${warnings[0]!.replace(/^coop: warning: /, '').trim()})`,
      );
    return { incidents, exerciseRecords, display: folder.display };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    notes.push(error.message);
    return null;
  }
}

function lintCounts(library: Library, today: string) {
  const findings = sortFindings(lintLibrary(library, { today }));
  const byRule: Record<string, Counts> = {};
  for (const f of findings) {
    const counts = byRule[f.rule] ?? { errors: 0, warnings: 0 };
    if (f.severity === 'error') counts.errors++;
    else counts.warnings++;
    byRule[f.rule] = counts;
  }
  const kept = findings
    .slice(0, FINDINGS_KEPT)
    .map(({ file, line, col, severity, rule, message }): RowFinding => ({ file, line, col, severity, rule, message }));
  return { counts: { ...countFindings(findings), byRule }, kept, leftOut: findings.length - kept.length };
}

/** Open and overdue corrective actions of improvements.yaml, as coop status judges them; null when the library keeps none. */
function correctiveActionsOf(library: Library, status: PlanStatusReport): AgencyRow['correctiveActions'] {
  if (!library.improvementsFile && library.improvements.length === 0) return null;
  const actions = status.correctiveActions;
  return {
    open: actions.filter((a) => a.status !== 'closed').length,
    overdue: actions.filter((a) => a.status === 'overdue').length,
  };
}

/** The newest business impact analysis of the library's systems (coop bia), or null when none has one. */
function lastBiaOf(library: Library): string | null {
  const dates = library.systems.flatMap((s) => (s.value.bia ? [s.value.bia.date] : []));
  return dates.length ? dates.sort().at(-1)! : null;
}

function reviewsOf(status: PlanStatusReport) {
  const overdue = status.runbooks.filter((r) => r.reviewOverdue);
  const days = overdue.filter((r) => r.reviewDue !== undefined).map((r) => daysFrom(r.reviewDue!, status.today));
  return {
    overdue: overdue.length,
    neverReviewed: overdue.length - days.length,
    longestOverdueDays: days.length ? Math.max(...days) : null,
  };
}

function lastExerciseOf(status: PlanStatusReport) {
  const ends = status.runbooks.flatMap((r) => (r.lastExercise ? [localDay(new Date(r.lastExercise.endedAt))] : []));
  const last = ends.sort().at(-1) ?? null;
  return { last, inLast12Months: last !== null && last >= status.windowStart };
}

/** Why the folder itself cannot be read as a library, in the words of the disk's error; undefined when it can. */
function unreadableReason(dir: string): string | undefined {
  try {
    if (!statSync(dir).isDirectory()) return 'is not a folder';
    readdirSync(dir);
    return undefined;
  } catch (error) {
    return describeReadError(error);
  }
}

export function agencyRow(source: AgencySource, options: RowOptions): AgencyRow {
  const shown = displayPathOf(source.dir, options.cwd);
  const reason = unreadableReason(source.dir);
  if (reason) return unreadableRow(source, shown, `${shown} ${reason}`);
  let library: Library;
  try {
    library = loadLibrary(source.dir, { cwd: options.cwd });
  } catch (error) {
    // Gone or locked between the look and the read.
    if (!(error instanceof UserError)) throw error;
    return unreadableRow(source, shown, error.message);
  }
  const today = localDay(options.now);
  const notes: string[] = [];
  const journals = journalsOf(journalDirOf(source, options), library, options.cwd, notes);
  const status = planStatusReport({
    library,
    incidents: journals?.incidents ?? [],
    exerciseRecords: journals?.exerciseRecords ?? [],
    journalDir: journals?.display ?? '',
    unreadableJournals: [],
    now: options.now,
  });
  const lint = lintCounts(library, today);
  const verifiedSince = addMonths(today, -WINDOW_MONTHS);
  const owners = [...new Set(status.runbooks.flatMap((r) => (r.owner ? [r.owner.name] : [])))];
  const brokenFiles = new Set(library.problems.map((p) => p.file)).size;
  const row: AgencyRow = {
    name: source.name,
    library: library.displayRoot,
    readable: true,
    brokenFiles,
    organization: library.organization ?? null,
    owners,
    runbooksWithoutOwner: status.runbooks.filter((r) => !r.owner).length,
    runbooks: library.runbooks.length,
    lint: lint.counts,
    reviews: reviewsOf(status),
    exercises: journals ? lastExerciseOf(status) : null,
    systems: {
      total: library.systems.length,
      withoutObjectives: library.systems.filter((s) => !s.value.rto || !s.value.rpo).map((s) => s.value.id),
      lastBia: lastBiaOf(library),
    },
    contacts: {
      total: library.contacts.length,
      notVerifiedInYear: library.contacts.filter((c) => !c.value.verified || c.value.verified < verifiedSince).length,
    },
    correctiveActions: correctiveActionsOf(library, status),
    incidents: journals
      ? {
          last12Months: status.runbooks.reduce((sum, r) => sum + r.realIncidents, 0),
          drills: status.runbooks.reduce((sum, r) => sum + r.drills, 0),
          open: status.runbooks.reduce((sum, r) => sum + r.open, 0),
        }
      : null,
    findings: lint.kept,
    findingsLeftOut: lint.leftOut,
    notes,
    points: everyPoint('not-met'),
  };
  const first = library.problems[0];
  if (first)
    row.problem = `${plural(brokenFiles, 'file')} with problems (first: ${formatProblem(first)}); run coop lint ${library.displayRoot}`;
  row.points = pointsOf(row, status);
  return row;
}

function pointsOf(row: AgencyRow, status: PlanStatusReport): Record<PointId, PointStatus> {
  const judged = (met: boolean): PointStatus => (met ? 'met' : 'not-met');
  const everyOwnerKnown = status.runbooks.every((r) => r.owner?.known);
  const exercised: PointStatus =
    row.exercises === null
      ? 'not-recorded'
      : judged(row.exercises.inLast12Months && (row.correctiveActions?.overdue ?? 0) === 0);
  return {
    'itec-5300-6.2': judged(row.runbooks > 0 && row.lint.errors === 0),
    'itec-5300-6.4': judged(row.reviews.overdue === 0 && row.contacts.notVerifiedInYear === 0),
    'itec-5300-6.5': judged(row.systems.total > 0 && row.systems.withoutObjectives.length === 0),
    'itec-5300-6.6': judged(row.runbooks > 0 && everyOwnerKnown),
    'itec-5300-6.7': exercised,
  };
}
