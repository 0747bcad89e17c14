// GitHub Actions workflow commands: each finding becomes an annotation on the
// file and line in the pull request. GitHub shows at most 10 errors and 10
// warnings a step, so the command also prints the plain report (on stderr).
import { safeLine } from '../../text/sanitize.js';
import type { Finding } from '../finding.js';
import type { Formatter } from '../report.js';

/** In the message, GitHub reads % CR LF as markers: escape them. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** In a property, also the separators `:` and `,`. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotation(f: Finding): string {
  const props = [`file=${escapeProperty(safeLine(f.file))}`, `line=${f.line}`, `col=${f.col}`];
  if (f.endLine !== undefined) props.push(`endLine=${f.endLine}`);
  // GitHub takes an end column only for an annotation on one line.
  if (f.endCol !== undefined && f.endLine === f.line) props.push(`endColumn=${f.endCol}`);
  props.push(`title=${escapeProperty(f.rule)}`);
  return `::${f.severity} ${props.join(',')}::${escapeData(safeLine(f.message))}`;
}

export const render: Formatter = (report) => report.findings.map((f) => `${annotation(f)}\n`).join('');
