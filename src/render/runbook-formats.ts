// The formats of `coop show`: one runbook as a checklist for a terminal, as
// Markdown for a wiki, as a page to print, or as JSON for a script. Each
// renderer is imported only when chosen (the HTML page lays out its flowchart
// with dagre). The command offers exactly these keys as --format choices: a
// format added here is a choice there.
import type { Library } from '../library/library.js';
import type { RunbookView } from '../library/view.js';
import { terminalSafeJson } from '../text/sanitize.js';
import { loadStyle } from '../text/style.js';

/** What a renderer may need besides the runbook. */
export interface RunbookPrinting {
  library: Library;
  now: Date;
  color: boolean;
  columns: number;
}

export const RUNBOOK_FORMATS = {
  text: async (view, { color, columns }) =>
    (await import('./text.js')).renderRunbookText(view, await loadStyle(color), columns),
  markdown: async (view, { now }) => (await import('./markdown.js')).renderRunbookMarkdown(view, { now }),
  json: async (view) => `${terminalSafeJson(view, 2)}\n`,
  html: async (view, { library, now }) => (await import('./html.js')).renderRunbookHtml(view, library, { now }),
} satisfies Record<string, (view: RunbookView, printing: RunbookPrinting) => Promise<string>>;
export type RunbookFormat = keyof typeof RUNBOOK_FORMATS;
