// The formats of `coop exercise report`, each renderer imported only when
// chosen; the command offers exactly these keys as --format choices.
import type { ExerciseReport } from './model.js';

export const EXERCISE_REPORT_FORMATS = {
  markdown: async () => (await import('./report-markdown.js')).renderExerciseReportMarkdown,
  json: async () => (await import('./report-json.js')).renderExerciseReportJson,
  html: async () => (await import('./report-html.js')).renderExerciseReportHtml,
} satisfies Record<string, () => Promise<(report: ExerciseReport) => string>>;
export type ExerciseReportFormat = keyof typeof EXERCISE_REPORT_FORMATS;
