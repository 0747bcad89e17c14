// The statewide view for scripts (docs/rollup.md names every field; a test
// keeps it so). Stable: change it only by adding fields, or by raising
// `version`.
import { terminalSafeJson } from '../../text/sanitize.js';
import { POINT_IDS, ROLLUP_POINTS } from './points.js';
import type { Rollup } from './rollup.js';
import type { AgencyRow } from './row.js';

export const ROLLUP_JSON_VERSION = 1;

export function renderRollupJson(report: Rollup): string {
  // Each point with the words of its test, so a script's output explains itself.
  const points = Object.fromEntries(POINT_IDS.map((id) => [id, { ...ROLLUP_POINTS[id], ...report.points[id] }]));
  const rows = report.rows.map((row) => (row.readable ? row : { ...row, ...NO_COUNTS }));
  return `${terminalSafeJson({ version: ROLLUP_JSON_VERSION, ...report, points, rows }, 2)}\n`;
}

/**
 * A library whose folder could not be read has no counts: null, not 0, which
 * a script summing or sorting by errors would take for a spotless agency.
 */
const NO_COUNTS = {
  brokenFiles: null,
  runbooksWithoutOwner: null,
  runbooks: null,
  lint: null,
  reviews: null,
  exercises: null,
  systems: null,
  contacts: null,
  correctiveActions: null,
  incidents: null,
} satisfies { [K in keyof AgencyRow]?: null };
