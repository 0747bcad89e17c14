// The BIA for scripts: stable, changed only by adding fields or by raising `version`.
import { terminalSafeJson } from '../../text/sanitize.js';
import { BIA_JSON_VERSION, type BiaReport } from './model.js';

export function renderBiaJson(report: BiaReport): string {
  return `${terminalSafeJson({ version: BIA_JSON_VERSION, ...report }, 2)}\n`;
}
