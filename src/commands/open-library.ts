// What list, show and contacts share: find the library, load it, and find a
// runbook by id with a "did you mean" when it is not there.
import { forStderr, type IO } from '../system/io.js';
import { findRunbook, type Library, type Loaded } from '../library/library.js';
import { openLibraryAt } from '../library/open.js';
import { LIBRARY_FOLDER, type LocatedLibrary, locateLibrary } from '../library/locate.js';
import { CONFIG_FILE } from '../library/paths.js';
import { formatProblem } from '../library/problem.js';
import type { Runbook } from '../format/model.js';
import { safeLine } from '../text/sanitize.js';
import { shellWord } from '../text/shell-word.js';
import { UserError } from '../system/errors.js';
import { plural } from '../text/plural.js';
import { closest } from '../text/suggest.js';
import { coopCommand, coopLine } from '../system/invocation.js';
import { relative, resolve } from 'node:path';

export interface LibraryOptions {
  runbooks?: string;
}

export async function openLibrary(options: LibraryOptions, io: IO): Promise<Library> {
  const located = locateLibraryFor(options, io);
  try {
    return await openLibraryAt(located.dir, io.cwd, io.env);
  } catch (error) {
    // A folder named by the environment, not on the command line: say where the name came from.
    if (error instanceof UserError && located.source === 'environment')
      throw new UserError(`${error.message}; the folder is the one COOP_RUNBOOKS names`, error.exitCode);
    throw error;
  }
}

/** What a command printed for a person to type depends on: how coop was started, and the folder it is typed in. */
export type TypedHere = Pick<IO, 'env' | 'cwd'>;

/**
 * `coop <words>` to type here for the library this command read: with
 * `--runbooks` unless coop, typed here, would find that library by itself.
 */
export function libraryCommandFor(library: Library, io: TypedHere): (...words: string[]) => string {
  const named = libraryWords(library, io);
  return (...words) => coopLine(io.env, ...words, ...named);
}

/** `--runbooks <library>` as it was given, for a command printed before the library is opened. */
export function givenLibraryWords(options: LibraryOptions): string[] {
  return options.runbooks === undefined ? [] : ['--runbooks', options.runbooks];
}

/** `--runbooks <library>`, or nothing where coop, typed here, would find that library by itself. */
export function libraryWords(library: Library, io: TypedHere): string[] {
  const foundHere = locateLibrary(undefined, io.env, io.cwd).dir;
  return resolve(foundHere) === library.root ? [] : ['--runbooks', library.displayRoot];
}

/** `coop lint <library>` to type here: the library this command read, whichever one coop would find by itself. */
export function lintLine(library: Library, io: TypedHere): string {
  return coopLine(io.env, 'lint', relative(io.cwd, library.root) === '' ? '.' : library.displayRoot);
}

/** Where no library was found, what was looked for: the words of the note below and of lint's refusal. */
export const NO_LIBRARY_HERE = `no ${LIBRARY_FOLDER}/ folder or ${CONFIG_FILE} here or in any folder above`;

/**
 * The library the command works on. Falling back to the sample shipped with
 * coop is said in one line to a person at a terminal, so nobody takes the
 * sample for their plan; a script's stderr stays quiet.
 */
export function locateLibraryFor(options: LibraryOptions, io: IO): LocatedLibrary {
  const located = locateLibrary(options.runbooks, io.env, io.cwd);
  // Broken at spaces: the first line a new user sees, it holds no command to paste whole.
  if (located.source === 'shipped' && io.stderrIsTTY)
    io.stderr.write(
      forStderr(
        io,
        `coop: ${NO_LIBRARY_HERE}; using the sample library shipped with coop (give yours with --runbooks DIR or COOP_RUNBOOKS)\n`,
      ),
    );
  return located;
}

/**
 * The library, for commands that can do without it (the journals are read
 * either way; without the runbooks they are checked by themselves): a
 * library that cannot be opened is one warning line.
 */
export async function libraryIfAny(options: LibraryOptions, io: IO): Promise<Library | undefined> {
  try {
    return await openLibrary(options, io);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr.write(`coop: warning: ${error.message}; the journals are checked without their runbooks\n`);
    return undefined;
  }
}

/**
 * One line on stderr when other files of the library have problems: the
 * command goes on with what loaded, and says where to look. The problems of
 * `except`, the runbook in hand, are said one by one (walk/before-step-one.ts).
 */
export function warnAboutProblems(library: Library, io: IO, except?: Loaded<Runbook>): void {
  const problems = except ? library.problems.filter((p) => p.file !== except.file.displayPath) : library.problems;
  const count = problems.length;
  if (count === 0) return;
  const first = problems[0]!;
  const where = except ? 'other files of the library have' : 'the library has';
  io.stderr.write(
    `coop: warning: ${where} ${plural(count, 'problem')} (first: ${safeLine(formatProblem(first))}); run ${lintLine(library, io)} for all of them\n`,
  );
}

/**
 * The runbook `id`, as far as it could be read. `forWalk`: a person is about
 * to follow it, so when nothing of its file could be read they are told what
 * to follow instead.
 */
export function requireRunbook(library: Library, id: string, io: TypedHere, { forWalk = false } = {}): Loaded<Runbook> {
  const coop = coopCommand(io.env);
  const found = findRunbook(library, id);
  if (found) return found;
  const broken = library.brokenRunbooks.find((b) => b.id === id);
  if (broken) {
    const problem = library.problems.find((p) => p.file === broken.file);
    const detail = problem ? safeLine(formatProblem(problem)) : broken.file;
    const next = forWalk
      ? `none of its steps could be read: follow the printed binder for now, then fix the file and check it with ${coop} lint ${shellWord(broken.file)}`
      : `run ${lintLine(library, io)} to see every problem`;
    throw new UserError(`runbook "${safeLine(id)}" cannot be used: ${detail}; ${safeLine(next)}`);
  }
  const ids = library.runbooks.map((r) => r.value.id);
  const near = closest(id, [...ids, ...library.runbooks.map((r) => r.value.title)]);
  const nearIds = [...new Set(near.map((n) => library.runbooks.find((r) => r.value.title === n)?.value.id ?? n))];
  const hint = nearIds.length
    ? `; did you mean ${nearIds.map((n) => `"${n}"`).join(' or ')}?`
    : `; the runbooks are: ${ids.join(', ') || 'none'}`;
  throw new UserError(`no runbook "${safeLine(id)}" in ${library.displayRoot}${hint} (see ${coop} list)`);
}
