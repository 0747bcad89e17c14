// The formats of `coop bia --report`, each renderer imported only when
// chosen. The command offers exactly these keys as --format choices: a
// format added here is a choice there.
import type { BiaReport } from './model.js';

export const BIA_FORMATS = {
  markdown: async () => (await import('./markdown.js')).renderBiaMarkdown,
  html: async () => (await import('./html.js')).renderBiaHtml,
  json: async () => (await import('./json.js')).renderBiaJson,
} satisfies Record<string, () => Promise<(report: BiaReport) => string>>;
export type BiaFormat = keyof typeof BIA_FORMATS;
