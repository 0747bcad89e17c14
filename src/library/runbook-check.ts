// A quick yes to "is this whole runbook file valid?", for libraries of many
// runbooks. zod compiles the runbook schema (z.compile) into one generated
// function that checks a file's data without building a copy of it: measured
// on 1,000 generated runbooks, less than half the CPU of checking the runbook
// and then each step with the schemas of load.ts. A file it does not pass is
// checked the usual way, which finds and words every problem; the two agree
// on what is valid (tests/library/runbook-check.test.ts).
//
// Compiling takes some 20 ms, which a library of 100 runbooks already wins
// back (measured), but a small one would not: a process compiles it only
// once it has read more than COMPILE_AFTER runbooks.
import * as z from 'zod';
import { Runbook } from '../format/schema.js';

/** Runbooks a process reads before the compiled check pays for its compiling. */
export const COMPILE_AFTER = 50;

let checked = 0;
let compiled: typeof Runbook | undefined;

/**
 * True when `data` is certainly a valid runbook (schema.Runbook accepts it);
 * false when it is not, or when this process has not yet read enough
 * runbooks to compile the check: check it the usual way then.
 */
export function certainlyValidRunbook(data: unknown): boolean {
  if (compiled === undefined && ++checked <= COMPILE_AFTER) return false;
  return compiledRunbookCheck().validate(data);
}

/** schema.Runbook, compiled (once a process). */
export function compiledRunbookCheck(): typeof Runbook {
  compiled ??= z.compile(Runbook);
  return compiled;
}
