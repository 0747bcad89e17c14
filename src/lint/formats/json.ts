// A stable machine format, documented in docs/lint-json.md: change it only by
// adding fields, or by raising `version`.
import { terminalSafeJson } from '../../text/sanitize.js';
import type { Formatter } from '../report.js';

export const JSON_FORMAT_VERSION = 1;

export const render: Formatter = (report, options) => {
  const document = {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'coop', version: options.version },
    today: report.today,
    summary: { files: report.filesChecked, errors: report.counts.errors, warnings: report.counts.warnings },
    findings: report.findings.map((f) => ({
      file: f.file,
      line: f.line,
      column: f.col,
      endLine: f.endLine ?? f.line,
      endColumn: f.endCol ?? f.col,
      severity: f.severity,
      rule: f.rule,
      category: f.category,
      message: f.message,
    })),
  };
  // A message may quote a file's text (a duplicate key): escape what a terminal would act on.
  return `${terminalSafeJson(document, 2)}\n`;
};
