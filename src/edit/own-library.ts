// The library a command is about to change: found as every command finds it,
// read fresh (never from the cache, which keeps no positions), and never the
// one shipped with coop, whose honest state (reviews overdue since 2017, no
// recovery objectives) is the point of it.
import { realpathSync } from 'node:fs';
import type { IO } from '../system/io.js';
import { UserError } from '../system/errors.js';
import type { Library } from '../library/library.js';
import { loadLibrary } from '../library/load.js';
import { locateLibrary, shippedLibrary } from '../library/locate.js';
import { displayPathOf } from '../library/paths.js';
import { formatProblem } from '../library/problem.js';
import { safeLine } from '../text/sanitize.js';
import { shellWord } from '../text/shell-word.js';
import { coopCommand, coopLine } from '../system/invocation.js';

function samePlace(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The sample library shipped with coop, which no command changes: the folder `dir` is it. */
export function isShippedLibrary(dir: string): boolean {
  return samePlace(dir, shippedLibrary());
}

/** The folder a copy of the shipped library is suggested to go to, in what coop prints to type. */
export const COPY_FOLDER = 'my-plan';

/** `cp -r <the shipped library> my-plan`, as typed in `cwd`: a library of one's own to change. */
export function copyLibraryLine(dir: string, cwd: string): string {
  return `cp -r ${shellWord(displayPathOf(dir, cwd))} ${COPY_FOLDER}`;
}

/** The library of --runbooks, COOP_RUNBOOKS or ./runbooks, loaded to be changed; refuses the shipped one. */
export function libraryToChange(runbooks: string | undefined, io: IO): Library {
  const { dir } = locateLibrary(runbooks, io.env, io.cwd);
  refuseShippedLibrary(dir, io);
  return loadLibrary(dir, { cwd: io.cwd });
}

/** No command changes the library shipped with coop (an update would overwrite it, or it is read-only): say what to do instead. */
export function refuseShippedLibrary(dir: string, io: IO): void {
  if (isShippedLibrary(dir))
    throw new UserError(
      `coop does not change the library shipped with it (${safeLine(displayPathOf(dir, io.cwd))}); copy it to a folder of your own (${safeLine(copyLibraryLine(dir, io.cwd))}) and give that with --runbooks ${COPY_FOLDER}, or start one with ${coopCommand(io.env)} init`,
    );
}

/** A file with problems is not changed: what coop would write could not be checked against it. */
export function refuseProblems(library: Library, file: string, env: NodeJS.ProcessEnv): void {
  const first = library.problems.find((p) => p.file === file);
  if (first)
    throw new UserError(
      `${safeLine(formatProblem(first))}; fix ${safeLine(file)} first (${safeLine(coopLine(env, 'lint', file))} shows every problem)`,
    );
}
