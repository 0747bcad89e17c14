// How findings name the things they are about, so every rule says it alike.
import { stepIdAt } from '../format/flow.js';
import type { Runbook } from '../format/model.js';

export { plural } from '../text/plural.js';

/** `step "update-director"`, or `step 3` for a step without an id. */
export function stepName(runbook: Runbook, index: number): string {
  return runbook.steps[index]?.id !== undefined ? `step "${stepIdAt(runbook, index)}"` : `step ${index + 1}`;
}
