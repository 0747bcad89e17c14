// Which problems of a runbook file change its steps: what a person must do,
// in which order, and where each branch goes. Those stop a walk (coop prints
// the steps it could read instead); every other problem is a warning on the
// opening screen, and the walk goes on with what was read. Lint reports both
// alike: this decides only what an incident does about them.
import { closest } from '../text/suggest.js';
import type { Problem } from './problem.js';

/**
 * The keys of a step that say nothing about what to do or where to go next:
 * without them (or with a wrong one left out) the steps are followed as
 * written, only with less said around them.
 */
const AROUND_THE_STEP = new Set(['why', 'warning', 'contacts', 'phase', 'title', 'timeout']);
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
  const key = String(path[2]);
  // An unknown key is judged by what it most likely meant: "contact" is a misspelt contacts, "nxt" a misspelt next.
  const meant = problem.code === 'unknown-key' && path.length === 3 ? closest(key, STEP_KEYS, 1)[0] : key;
  return meant === undefined || !AROUND_THE_STEP.has(meant);
}
