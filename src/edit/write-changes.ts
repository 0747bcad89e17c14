// How a change reaches a user's files: shown first as a diff, asked about at a
// terminal, written only with --yes in scripted use, each file replaced
// whole or not at all, and never over an edit someone made meanwhile.
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolderFor } from '../system/make-folder.js';
import type { IO } from '../system/io.js';
import { UserError } from '../system/errors.js';
import { writeFileAtomically } from '../system/write-atomically.js';
import { plural } from '../text/plural.js';
import { safeLine } from '../text/sanitize.js';
import type { Style } from '../text/style.js';
import { readingWidth, wrapAtSpaces } from '../text/wrap.js';
import type { Prompter } from '../walk/drivers/prompter.js';
import { diffOf, isChange, type FileChange } from './change.js';

export interface WriteOptions {
  /** --yes: write without asking. */
  yes?: boolean;
  /** Who is asked at a terminal; undefined in scripted use. */
  prompter?: Prompter;
  /** Colour for stderr, where the diff goes. */
  style: Style;
}

export type WriteOutcome = 'written' | 'unchanged' | 'declined';

/** Shows every change on stderr (stdout may carry a document), then writes them once allowed. */
export async function showAndWrite(
  changes: readonly FileChange[],
  io: IO,
  options: WriteOptions,
): Promise<WriteOutcome> {
  const real = changes.filter(isChange);
  if (real.length === 0) return 'unchanged';
  for (const change of real) io.stderr.write(shown(change, options.style, readingWidth(io.columns)));
  const files = real.length === 1 ? real[0]!.display : plural(real.length, 'file');
  if (!options.yes) {
    if (!options.prompter)
      throw new UserError(
        `nothing written: in scripted use coop changes ${safeLine(files)} only with --yes (shown above)`,
      );
    if (!(await options.prompter.confirm(`Write this to ${safeLine(files)}?`, true))) {
      io.stderr.write('coop: nothing written\n');
      return 'declined';
    }
  }
  writeChanges(real);
  // Past a few files, one line: the list is on the screen already.
  if (real.length > 3) io.stderr.write(`coop: wrote ${files}\n`);
  else for (const change of real) io.stderr.write(`coop: wrote ${safeLine(change.display)}\n`);
  return 'written';
}

/** A file to be made is named with its size; a diff of every line of a new file tells a person nothing more. */
function shown(change: FileChange, style: Style, width: number): string {
  if (change.before !== undefined) return diffOf(change, style);
  // The path whole, and its size after it where the line has room.
  const line = `${style.green(`new file ${safeLine(change.display)}`)} (${plural(change.after.split('\n').length - 1, 'line')})`;
  return `${wrapAtSpaces(line, width).join('\n')}\n`;
}

/** Every file is checked before any is written: a file changed or made meanwhile stops them all. */
export function writeChanges(changes: readonly FileChange[]): void {
  for (const change of changes) {
    const now = change.before === undefined ? (existsSync(change.path) ? '' : undefined) : readNow(change.path);
    if (now !== change.before)
      throw new UserError(
        change.before === undefined
          ? `${safeLine(change.display)} was made by someone else while coop was working; nothing written`
          : `${safeLine(change.display)} was changed by someone else while coop was working; nothing written: run the command again`,
      );
  }
  for (const change of changes) {
    if (change.before === undefined) makeFolderFor(dirname(change.path), dirname(change.display));
    writeFileAtomically(change.path, change.after, change.display);
  }
}

function readNow(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
