// The columns of the statewide table, once for the CSV and the HTML page:
// each with its heading, its text for a row, and for the page its status
// (what colour a coordinator scanning 500 rows looks for). A fact a library
// cannot record reads "not recorded", never a blank that looks like zero.
import { assertNever } from '../../system/errors.js';
import { plural } from '../../text/plural.js';
import { ROLLUP_POINTS, POINT_IDS, type PointStatus } from './points.js';
import type { AgencyRow } from './row.js';

export const NOT_RECORDED = 'not recorded';

export type CellStatus = 'ok' | 'attention' | 'not-recorded' | 'unreadable';

export interface Column {
  id: string;
  heading: string;
  text: (row: AgencyRow) => string;
  /** A number to sort by, where the text alone would sort badly ("12 days" before "3 days"). */
  sortKey?: (row: AgencyRow) => number;
  status?: (row: AgencyRow) => CellStatus;
  /** On the page, what needs attention where the status alone would mislead ("0 (needs attention)" of no systems at all). */
  why?: (row: AgencyRow) => string | undefined;
  /** Shown in the HTML table; every column is in the CSV. */
  inTable: boolean;
}

const okIf = (good: boolean): CellStatus => (good ? 'ok' : 'attention');
const whenReadable =
  (status: (row: AgencyRow) => CellStatus) =>
  (row: AgencyRow): CellStatus =>
    row.readable ? status(row) : 'unreadable';

export type LibraryState = 'ok' | 'broken' | 'unreadable';

/** The columns that still say something of a library whose folder could not be read. */
const SAID_OF_UNREADABLE = new Set(['agency', 'library', 'state', 'problem']);

/**
 * A column's text for a row; undefined for a count of a library whose folder
 * could not be read: it has none, and a 0 would read as spotless (a
 * spreadsheet sorted by errors puts a missing agency with the best).
 */
export function cellText(column: Column, row: AgencyRow): string | undefined {
  return row.readable || SAID_OF_UNREADABLE.has(column.id) ? column.text(row) : undefined;
}

export function libraryState(row: AgencyRow): LibraryState {
  if (!row.readable) return 'unreadable';
  return row.brokenFiles > 0 ? 'broken' : 'ok';
}

const STATE_STATUS: Record<LibraryState, CellStatus> = { ok: 'ok', broken: 'attention', unreadable: 'unreadable' };

function rulesText(row: AgencyRow): string {
  return Object.entries(row.lint.byRule)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([rule, c]) =>
        `${rule}: ${[c.errors && plural(c.errors, 'error'), c.warnings && plural(c.warnings, 'warning')].filter(Boolean).join(', ')}`,
    )
    .join('; ');
}

function pointStatus(status: PointStatus): CellStatus {
  switch (status) {
    case 'met':
      return 'ok';
    case 'not-met':
      return 'attention';
    case 'not-recorded':
      return 'not-recorded';
    default:
      return assertNever(status, 'point status');
  }
}

const POINT_WORDS: Record<PointStatus, string> = { met: 'met', 'not-met': 'not met', 'not-recorded': NOT_RECORDED };

export const COLUMNS: Column[] = [
  { id: 'agency', heading: 'Agency', text: (r) => r.organization ?? r.name, inTable: true },
  { id: 'library', heading: 'Library', text: (r) => r.library, inTable: false },
  {
    id: 'state',
    heading: 'Library state',
    text: libraryState,
    status: (r) => STATE_STATUS[libraryState(r)],
    inTable: true,
  },
  { id: 'problem', heading: 'Problem', text: (r) => r.problem ?? '', inTable: false },
  { id: 'organization', heading: 'Organization', text: (r) => r.organization ?? NOT_RECORDED, inTable: false },
  {
    id: 'owner',
    heading: 'Plan owner',
    text: (r) => (r.owners.length ? r.owners.join('; ') : NOT_RECORDED),
    status: whenReadable((r) => okIf(r.owners.length > 0 && r.runbooksWithoutOwner === 0)),
    inTable: true,
  },
  { id: 'runbooks', heading: 'Runbooks', text: (r) => String(r.runbooks), sortKey: (r) => r.runbooks, inTable: true },
  {
    id: 'errors',
    heading: 'Lint errors',
    text: (r) => String(r.lint.errors),
    sortKey: (r) => r.lint.errors,
    status: whenReadable((r) => okIf(r.lint.errors === 0)),
    inTable: true,
  },
  {
    id: 'warnings',
    heading: 'Lint warnings',
    text: (r) => String(r.lint.warnings),
    sortKey: (r) => r.lint.warnings,
    status: whenReadable((r) => okIf(r.lint.warnings === 0)),
    inTable: true,
  },
  { id: 'rules', heading: 'Findings by rule', text: rulesText, inTable: false },
  {
    id: 'reviews-overdue',
    heading: 'Reviews overdue',
    text: (r) => String(r.reviews.overdue),
    sortKey: (r) => r.reviews.overdue,
    status: whenReadable((r) => okIf(r.reviews.overdue === 0)),
    inTable: true,
  },
  {
    id: 'longest-overdue',
    heading: 'Longest overdue',
    text: (r) => {
      const days = r.reviews.longestOverdueDays === null ? '' : plural(r.reviews.longestOverdueDays, 'day');
      const never = r.reviews.neverReviewed ? `${r.reviews.neverReviewed} never reviewed` : '';
      return [days, never].filter(Boolean).join(', ');
    },
    sortKey: (r) => (r.reviews.neverReviewed ? Number.MAX_SAFE_INTEGER : (r.reviews.longestOverdueDays ?? -1)),
    inTable: true,
  },
  {
    id: 'last-exercise',
    heading: 'Last exercise',
    text: (r) => (r.exercises === null ? NOT_RECORDED : (r.exercises.last ?? 'never')),
    status: whenReadable((r) => (r.exercises === null ? 'not-recorded' : okIf(r.exercises.inLast12Months))),
    inTable: true,
  },
  {
    id: 'exercised-12-months',
    heading: 'Exercised in the last 12 months',
    text: (r) => (r.exercises === null ? NOT_RECORDED : r.exercises.inLast12Months ? 'yes' : 'no'),
    inTable: false,
  },
  {
    id: 'systems',
    heading: 'Systems',
    text: (r) => String(r.systems.total),
    sortKey: (r) => r.systems.total,
    inTable: false,
  },
  {
    id: 'systems-with-objectives',
    heading: 'Systems with RTO and RPO',
    text: (r) => String(r.systems.total - r.systems.withoutObjectives.length),
    inTable: false,
  },
  {
    id: 'systems-without-objectives',
    heading: 'Systems without RTO/RPO',
    text: (r) => String(r.systems.withoutObjectives.length),
    sortKey: (r) => r.systems.withoutObjectives.length,
    status: whenReadable((r) => okIf(r.systems.total > 0 && r.systems.withoutObjectives.length === 0)),
    // A library with files that cannot be loaded may list systems in one of them.
    why: (r) =>
      r.systems.total > 0 ? undefined : libraryState(r) === 'broken' ? 'none could be read' : 'no systems listed',
    inTable: true,
  },
  {
    id: 'last-bia',
    heading: 'Last BIA',
    text: (r) => r.systems.lastBia ?? NOT_RECORDED,
    inTable: true,
    status: whenReadable((r) => (r.systems.lastBia === null ? 'not-recorded' : 'ok')),
  },
  {
    id: 'contacts-not-verified',
    heading: 'Contacts not verified in 12 months',
    text: (r) => `${r.contacts.notVerifiedInYear} of ${r.contacts.total}`,
    sortKey: (r) => r.contacts.notVerifiedInYear,
    status: whenReadable((r) => okIf(r.contacts.notVerifiedInYear === 0)),
    inTable: true,
  },
  {
    id: 'corrective-actions',
    heading: 'Corrective actions open (overdue)',
    text: (r) =>
      r.correctiveActions === null ? NOT_RECORDED : `${r.correctiveActions.open} (${r.correctiveActions.overdue})`,
    sortKey: (r) => r.correctiveActions?.overdue ?? -1,
    status: whenReadable((r) =>
      r.correctiveActions === null ? 'not-recorded' : okIf(r.correctiveActions.overdue === 0),
    ),
    inTable: true,
  },
  {
    id: 'incidents-12-months',
    heading: 'Incidents in the last 12 months',
    text: (r) => (r.incidents === null ? NOT_RECORDED : String(r.incidents.last12Months)),
    sortKey: (r) => r.incidents?.last12Months ?? -1,
    status: whenReadable((r) => (r.incidents === null ? 'not-recorded' : 'ok')),
    inTable: true,
  },
  ...POINT_IDS.map(
    (id): Column => ({
      id,
      heading: ROLLUP_POINTS[id].point,
      text: (r) => POINT_WORDS[r.points[id]],
      status: whenReadable((r) => pointStatus(r.points[id])),
      inTable: false,
    }),
  ),
];
