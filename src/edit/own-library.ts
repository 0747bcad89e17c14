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

/** The library of --runbooks, COOP_RUNBOOKS or ./runbooks, loaded to be changed; refuses the shipped one. */
export function libraryToChange(runbooks: string | undefined, io: IO): Library {
  const { dir } = locateLibrary(runbooks, io.env, io.cwd);
  if (samePlace(dir, shippedLibrary())) {
    const shown = displayPathOf(dir, io.cwd);
    throw new UserError(
      `coop does not change the library shipped with it (${safeLine(shown)}); copy it to a folder of your own (cp -r ${shellWord(shown)} my-plan) and give that with --runbooks my-plan, or start one with ${coopCommand(io.env)} init`,
    );
  }
  return loadLibrary(dir, { cwd: io.cwd });
}

/** A file with problems is not changed: what coop would write could not be checked against it. */
export function refuseProblems(library: Library, file: string, env: NodeJS.ProcessEnv): void {
  const first = library.problems.find((p) => p.file === file);
  if (first)
    throw new UserError(
      `${safeLine(formatProblem(first))}; fix ${safeLine(file)} first (${safeLine(coopLine(env, 'lint', file))} shows every problem)`,
    );
}
