// One finding a line, `file:line:col: severity: message [rule-id]`, as
// compilers print them: the default when stdout is not a terminal.
import { safeLine } from '../../text/sanitize.js';
import type { Finding } from '../finding.js';
import type { Formatter } from '../report.js';

/** Runbook text may carry escape sequences: shown escaped, a finding is always one line. */
export function compactLine(f: Finding): string {
  return `${safeLine(f.file)}:${f.line}:${f.col}: ${f.severity}: ${safeLine(f.message)} [${f.rule}]`;
}

export const render: Formatter = (report) => report.findings.map((f) => `${compactLine(f)}\n`).join('');
