// Before step 1, what is wrong with the runbook, one line each at its
// file:line:col. A problem that leaves the steps as written is a warning and
// the walk goes on with what was read (issue 13: a typo in the title must not
// keep anyone from the steps during an outage). One that makes the steps
// impossible to follow stops the walk, and the person still gets every step
// coop could read, as the checklist `coop show` prints (warnings, contacts and
// their numbers included), and what to do instead.
import { forStderr, type IO } from '../system/io.js';
import type { Runbook } from '../format/model.js';
import { runbookProblems, type Library, type Loaded } from '../library/library.js';
import { byPlace, problemLines, type Problem } from '../library/problem.js';
import { runbookView } from '../library/view.js';
import { renderRunbookText } from '../render/text.js';
import { EXIT } from '../system/errors.js';
import { safeLine } from '../text/sanitize.js';
import { coopLine } from '../system/invocation.js';
import { loadStyle } from '../text/style.js';
import type { WalkOutput } from './drive.js';
import { directoryOf } from '../lint/directory.js';
import { unknownReference } from '../lint/references.js';
import { contactReferences } from '../lint/rules/unknown-contact.js';
import { CONTACTS_FILE } from '../library/paths.js';
import { walkProblems } from './walkable.js';

type Said = Pick<Problem, 'file' | 'line' | 'col' | 'message' | 'touchesSteps'>;

export interface BeforeStepOne {
  entry: Loaded<Runbook>;
  library: Library;
  io: IO;
  /** Where the person's view goes: the checklist of a refused walk is printed there. */
  output: WalkOutput;
  /** Said last when the walk is refused, in lower case, like where to read what was done so far. */
  alsoSay?: string;
}

/**
 * Says the runbook's problems on stderr. Undefined when the walk can go on;
 * else the exit code, once the steps that could be read are printed and what
 * to do next is said.
 */
export async function checkBeforeStepOne(before: BeforeStepOne): Promise<number | undefined> {
  const { entry, io } = before;
  const said = await sayRunbookProblems(entry, before.library, io);
  const fix = coopLine(io.env, 'lint', entry.file.displayPath);
  if (!said.stepsUnfollowable) {
    if (said.count > 0)
      io.stderr.write(
        // A script reads one line; a person at a terminal gets the command to type on a line of its own, whole.
        io.stderrIsTTY
          ? `${forStderr(io, 'coop: none of this changes the steps, so the walk goes on; afterwards, check the file with:\n')}  ${fix}\n`
          : `coop: none of this changes the steps, so the walk goes on (afterwards: ${fix})\n`,
      );
    return undefined;
  }
  const style = await loadStyle(before.output.color);
  before.output.human.write(renderRunbookText(runbookView(before.library, entry), style, io.columns));
  const id = safeLine(entry.value.id);
  if (io.interactive)
    io.stderr.write(
      [
        `coop: ${id} cannot be walked: its steps cannot be followed as written.`,
        '  Now:  follow the steps above as far as they go, or the printed binder.',
        `  Then: fix the errors listed before the steps, and check with: ${fix}`,
        ...(before.alsoSay ? [`  ${before.alsoSay[0]!.toUpperCase()}${before.alsoSay.slice(1)}`] : []),
        '',
      ].join('\n'),
    );
  else
    io.stderr.write(
      `coop: the steps of ${id} cannot be followed as written, so coop will not walk them; the steps it could read are printed as a checklist: fix the errors and check with ${fix}${before.alsoSay ? `; ${before.alsoSay}` : ''}\n`,
    );
  return EXIT.usage;
}

/**
 * Every problem of the runbook's file that a walk or a reader of its steps
 * needs to know, one line each on stderr (coop show says them too).
 */
export async function sayRunbookProblems(
  entry: Loaded<Runbook>,
  library: Library,
  io: IO,
): Promise<{ count: number; stepsUnfollowable: boolean }> {
  const problems = await problemsOf(entry, library, io);
  // Broken at spaces on a terminal: a problem's line holds a path and words, never a command to copy.
  io.stderr.write(forStderr(io, problemLines(problems)));
  return { count: problems.length, stepsUnfollowable: problems.some((p) => p.touchesSteps) };
}

/**
 * The loader's problems, those that stop a walk (walkable.ts) and the
 * contacts it names that contacts.yaml does not have (a warning: the step is
 * still done, only the number is not printed), in lint's words, the one
 * nearest the top of the file first.
 */
async function problemsOf(entry: Loaded<Runbook>, library: Library, io: IO): Promise<Said[]> {
  const contacts = directoryOf(library).contacts;
  const found = [
    ...walkProblems(entry.value).map((p) => ({ ...p, touchesSteps: true })),
    ...contactReferences(entry.value).flatMap(({ id, path }) => {
      const message = unknownReference(id, contacts, 'contact', CONTACTS_FILE);
      return message ? [{ path, message, key: false, touchesSteps: false }] : [];
    }),
  ];
  let file = entry.file;
  // A cached library keeps no positions: read the one file again to point at the line.
  if (found.length > 0 && library.fromCache) {
    const { loadLibrary } = await import('../library/load.js');
    file =
      loadLibrary(library.root, { cwd: io.cwd, onlyRunbooks: [entry.file.absolutePath] }).runbooks[0]?.file ?? file;
  }
  const said = found.map(({ path, key, message, touchesSteps }): Said => {
    const at = file.locate([...entry.path, ...path], { key });
    return { file: entry.file.displayPath, line: at.line, col: at.col, message, touchesSteps };
  });
  return [...runbookProblems(library, entry), ...said].sort(byPlace);
}
