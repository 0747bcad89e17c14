// The statewide view for scripts (docs/rollup.md names every field; a test
// keeps it so). Stable: change it only by adding fields, or by raising
// `version`.
import { terminalSafeJson } from '../../text/sanitize.js';
import { POINT_IDS, ROLLUP_POINTS } from './points.js';
import type { Rollup } from './rollup.js';

export const ROLLUP_JSON_VERSION = 1;

export function renderRollupJson(report: Rollup): string {
  // Each point with the words of its test, so a script's output explains itself.
  const points = Object.fromEntries(POINT_IDS.map((id) => [id, { ...ROLLUP_POINTS[id], ...report.points[id] }]));
  return `${terminalSafeJson({ version: ROLLUP_JSON_VERSION, ...report, points }, 2)}\n`;
}
