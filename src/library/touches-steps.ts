// Which problems of a runbook file change its steps: what a person must do,
// in which order, and where each branch goes. Those stop a walk (coop prints
// the steps it could read instead); every other problem is a warning on the
// opening screen, and the walk goes on with what was read. Lint reports both
// alike; its flow rules (where a walk can go) wait only for the problems that
// leave where a step leads unknown (touchesFlow).
import { closest } from '../text/suggest.js';
import type { Problem } from './problem.js';

/**
 * The keys of a step that say nothing about what to do or where to go next:
 * without them (or with a wrong one left out) the steps are followed as
 * written, only with less said around them.
 */
const AROUND_THE_STEP = new Set(['why', 'warning', 'contacts', 'phase', 'title', 'timeout']);
/** The keys of a step that say where it leads, and by which id the others lead to it. */
const FLOW_KEYS = new Set(['id', 'next', 'choices', 'on_success', 'on_failure']);
/** Every key a step of any kind may have (schema.ts), for what a misspelt one meant. */
const STEP_KEYS = [...AROUND_THE_STEP, 'id', 'do', 'ask', 'run', 'next', 'choices', 'on_success', 'on_failure'];

/**
 * `idUsable`: the runbook has an id a journal can be named after (its own, or
 * its file name's); without one, a problem with the id stops a walk too.
 */
export function touchesSteps(problem: Problem, idUsable: boolean): boolean {
  const path = problem.path;
  // The file as a whole (unreadable, not YAML, not a mapping): nothing of it was read.
  if (path === undefined) return true;
  if (path[0] === 'id') return !idUsable;
  if (path[0] !== 'steps') return false;
  // The list itself, or a whole step: missing, not a mapping, no kind or two.
  if (path.length <= 2) return true;
  const meant = stepKeyMeant(problem, path);
  return meant === undefined || !AROUND_THE_STEP.has(meant);
}

/**
 * The key of a step a problem is about. An unknown key is judged by what it
 * most likely meant: "contact" is a misspelt contacts, "nxt" a misspelt next;
 * undefined when it is like none.
 */
function stepKeyMeant(problem: Problem, path: ReadonlyArray<string | number>): string | undefined {
  const key = String(path[2]);
  return problem.code === 'unknown-key' && path.length === 3 ? closest(key, STEP_KEYS, 1)[0] : key;
}

/**
 * Whether a problem leaves where the runbook's steps lead unknown: the file
 * as a whole, the list of steps, a whole step, or a key of a step that says
 * where it leads (or a misspelling of one). A wrong instruction or interval
 * (do: 42, update_every: 30 minutes) leaves the flow as written, and the flow
 * rules judge it in the same run. A step that could not be read at all is
 * marked by its reader, which knows whether its place holder kept its flow.
 */
export function touchesFlow(problem: Problem): boolean {
  const path = problem.path;
  if (path === undefined) return true;
  if (path[0] !== 'steps') return false;
  if (path.length <= 2) return true;
  const meant = stepKeyMeant(problem, path);
  return meant === undefined || FLOW_KEYS.has(meant);
}
