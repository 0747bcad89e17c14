// The AAR/IP as JSON: the model itself, for other tools. Stable, documented in
// docs/records.md: changed only by adding fields, or by raising `version`.
import { terminalSafeJson } from '../../text/sanitize.js';
import type { ExerciseReport } from './model.js';
import { topNotices } from './wording.js';

export const EXERCISE_REPORT_JSON_VERSION = 1;

export function renderExerciseReportJson(report: ExerciseReport): string {
  return `${terminalSafeJson({ version: EXERCISE_REPORT_JSON_VERSION, notices: topNotices(report), ...report }, 2)}\n`;
}
