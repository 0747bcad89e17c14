// The statewide table as CSV for a spreadsheet: RFC 4180 (CRLF between
// records, a field quoted when it holds a comma, a quote or a line break,
// quotes doubled), one record per agency, every column of columns.ts. Text
// from an agency's files that a spreadsheet would run as a formula (=, +, -,
// @ first) is prefixed with an apostrophe, as OWASP advises for CSV
// injection; the counts are written as numbers.
import { safeLine } from '../../text/sanitize.js';
import { cellText, COLUMNS } from './columns.js';
import type { Rollup } from './rollup.js';

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

function field(text: string): string {
  const safe = /^\d+$/.test(text) ? text : safeLine(FORMULA_START.test(text) ? `'${text}` : text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderRollupCsv(report: Rollup): string {
  const records = [COLUMNS.map((c) => field(c.heading))];
  for (const row of report.rows) records.push(COLUMNS.map((c) => field(cellText(c, row) ?? '')));
  return records.map((r) => `${r.join(',')}\r\n`).join('');
}
