// How a journal's problems are said on a terminal: one line each, naming the
// file and the line, and no more than a screenful (a journal spliced at its
// start can have a problem on every line).
import { safeLine } from '../text/sanitize.js';
import type { Inconsistency } from './consistency.js';

/** Lines shown before "and N more". */
export const SHOWN_PROBLEMS = 5;

/** `file:line: problem` */
export function problemAt(file: string, p: Inconsistency): string {
  return `${file}:${p.line}: ${p.problem}`;
}

/** One warning line per problem (the first few), then how to see them all. */
export function warnProblems(
  file: string,
  incident: string,
  problems: readonly Inconsistency[],
  write: (text: string) => unknown,
): void {
  for (const p of problems.slice(0, SHOWN_PROBLEMS)) write(`coop: warning: ${safeLine(problemAt(file, p))}\n`);
  const more = problems.length - SHOWN_PROBLEMS;
  if (more > 0) write(`coop: warning: and ${more} more in ${safeLine(file)}; coop report ${incident} lists them all\n`);
}
