// `coop show <id>`: one runbook, as a checklist on the terminal or as
// Markdown, HTML or JSON for other tools.
import { drawnOn, type IO } from '../system/io.js';
import { runbookView } from '../library/view.js';
import { RUNBOOK_FORMATS, type RunbookFormat } from '../render/runbook-formats.js';
import { EXIT } from '../system/errors.js';
import { sayRunbookProblems } from '../walk/before-step-one.js';
import { openLibrary, requireRunbook, type LibraryOptions } from './open-library.js';
import { toStdout, writeOutput } from './write-output.js';

export interface ShowOptions extends LibraryOptions {
  runbook: string;
  format: RunbookFormat;
  out?: string;
}

export async function run(options: ShowOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  const entry = requireRunbook(library, options.runbook, io);
  const { stepsUnfollowable } = await sayRunbookProblems(entry, library, io);
  const view = runbookView(library, entry);
  const text = await RUNBOOK_FORMATS[options.format](view, {
    library,
    now: io.now(),
    color: io.color && toStdout(options.out),
    columns: io.columns,
  });
  if (!toStdout(options.out)) await writeOutput(text, options.out, `runbook ${entry.value.id}`, io);
  // Only the checklist is drawn for a terminal (ASCII where it cannot show Unicode); the others are data for tools.
  else (options.format === 'text' ? drawnOn(io, io.stdout) : io.stdout).write(text);
  // What was shown is all there is to show, but not all the runbook says: a script must not take it for the whole.
  return stepsUnfollowable ? EXIT.usage : EXIT.ok;
}
