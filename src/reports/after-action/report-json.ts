// The after-action report as JSON: the model itself, for other tools. Stable:
// documented in docs/records.md; change it only by adding fields, or by
// raising `version`. Escaped like a journal line, so printing it on a
// terminal is safe too.
import { terminalSafeJson } from '../../text/sanitize.js';
import { EXERCISE_NOTICE, type AfterActionReport } from './model.js';

export const REPORT_JSON_VERSION = 1;

export function renderReportJson(report: AfterActionReport): string {
  return `${terminalSafeJson({ version: REPORT_JSON_VERSION, ...(report.drill ? { notice: EXERCISE_NOTICE } : {}), ...report }, 2)}\n`;
}
