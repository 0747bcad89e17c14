// `coop show <id>`: one runbook, as a checklist on the terminal or as
// Markdown, HTML or JSON for other tools.
import type { IO } from '../io.js';
import { UserError } from '../util/errors.js';
import { runbookView } from '../render/view.js';
import { renderRunbookText } from '../render/text.js';
import { loadStyle } from '../render/style.js';
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
      io.stdout.write(JSON.stringify(view, null, 2) + '\n');
      break;
    case 'markdown':
    case 'html':
      // TODO(export): wire to src/render/markdown.ts and html.ts once they land.
      throw new UserError(`coop show --format ${options.format} is not available in this build yet`);
    default:
      io.stdout.write(renderRunbookText(view, await loadStyle(io.color), io.columns));
  }
  return 0;
}
