// The runbook an incident follows, found in the library by the id its journal
// names, or one line saying why it cannot be had (resume, update).
import { findRunbook, type Library, type Loaded } from '../library/library.js';
import type { Runbook } from '../format/model.js';
import { formatProblem } from '../library/problem.js';
import { safeLine } from '../text/sanitize.js';
import { UserError } from '../system/errors.js';
import { lintLine, type TypedHere } from './open-library.js';

/** `report`: the command that shows the incident's record, as it must be typed here (reportCommandFor). */
export function runbookOf(
  library: Library,
  runbookId: string,
  incident: string,
  typed: { io: TypedHere; report: string },
): Loaded<Runbook> {
  const entry = findRunbook(library, runbookId);
  if (entry) return entry;
  const broken = library.brokenRunbooks.find((b) => b.id === runbookId);
  const problem = broken && library.problems.find((p) => p.file === broken.file);
  const why = problem
    ? `cannot be loaded: ${safeLine(formatProblem(problem))} (run ${lintLine(library, typed.io)} for all problems)`
    : broken
      ? `cannot be loaded from ${library.displayRoot} (run ${lintLine(library, typed.io)})`
      : `is no longer in ${library.displayRoot}`;
  throw new UserError(
    `incident ${incident} follows the runbook "${safeLine(runbookId)}", which ${why}; restore it to carry on (what was done so far: ${typed.report})`,
  );
}
