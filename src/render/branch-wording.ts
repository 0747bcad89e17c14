// Where a step leads, in the words the printed binder and the Markdown use:
// "If Yes, go to step 4", "If No, end". Plain text; each format escapes it and
// decides what to make bold.
import type { BranchView, TargetView } from '../library/view.js';

export interface BranchWords {
  /** "If", "If it", "Then": a condition is followed by a comma, "Then" is not. */
  lead: string;
  /** The answer or outcome ("Yes", "succeeds"); empty for an action's way on. */
  condition: string;
  /** "go to step 4", "end", or go to a step that does not exist. */
  action: string;
}

export function targetWords(target: TargetView): string {
  if (target.kind === 'end') return 'end';
  if (target.kind === 'unknown') return `go to "${target.name}", which is not a step of this runbook (run coop lint)`;
  return `go to step ${target.number}`;
}

/**
 * The sentence for one way out of a step, or nothing when the step simply
 * carries on with the one printed below it (or, the last, ends the runbook).
 */
export function branchWords(branch: BranchView): BranchWords | undefined {
  if (branch.kind === 'fallthrough') return undefined;
  if (branch.kind === 'choice') return { lead: 'If', condition: branch.label, action: targetWords(branch.target) };
  if (branch.kind === 'success' || branch.kind === 'failure')
    return { lead: 'If it', condition: branch.label, action: targetWords(branch.target) };
  return { lead: 'Then', condition: '', action: targetWords(branch.target) };
}
