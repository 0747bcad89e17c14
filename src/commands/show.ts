// `coop show <id>`: one runbook, as a checklist on the terminal or as
// Markdown, HTML or JSON for other tools.
import { drawnOn, type IO } from '../system/io.js';
import { runbookView } from '../library/view.js';
import { renderRunbookText } from '../render/text.js';
import { loadStyle } from '../text/style.js';
import { terminalSafeJson } from '../text/sanitize.js';
import { openLibrary, requireRunbook, type LibraryOptions } from './open-library.js';

export interface ShowOptions extends LibraryOptions {
  runbook: string;
  format: 'text' | 'markdown' | 'json' | 'html';
}

export async function run(options: ShowOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  const entry = requireRunbook(library, options.runbook);
  const view = runbookView(library, entry);
  switch (options.format) {
    case 'json':
      io.stdout.write(`${terminalSafeJson(view, 2)}\n`);
      break;
    case 'markdown': {
      const { renderRunbookMarkdown } = await import('../render/markdown.js');
      io.stdout.write(renderRunbookMarkdown(view, { now: io.now() }));
      break;
    }
    case 'html': {
      // Lazily: the HTML view lays out its flowchart with dagre.
      const { renderRunbookHtml } = await import('../render/html.js');
      io.stdout.write(renderRunbookHtml(view, library, { now: io.now() }));
      break;
    }
    default:
      drawnOn(io, io.stdout).write(renderRunbookText(view, await loadStyle(io.color), io.columns));
  }
  return 0;
}
