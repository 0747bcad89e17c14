// The formats of `coop report`, each renderer imported only when chosen. The
// command offers exactly these keys as --format choices: a format added here
// is a choice there.
import type { AfterActionReport } from './model.js';

export const REPORT_FORMATS = {
  markdown: async () => (await import('./report-markdown.js')).renderReportMarkdown,
  json: async () => (await import('./report-json.js')).renderReportJson,
  html: async () => (await import('./report-html.js')).renderReportHtml,
} satisfies Record<string, () => Promise<(report: AfterActionReport) => string>>;
export type ReportFormat = keyof typeof REPORT_FORMATS;
