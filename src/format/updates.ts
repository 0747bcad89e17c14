// Status updates (issue 16): how often the people a runbook keeps informed
// are owed one. A step that writes `update_every` is where the walk drafts
// and records an update; the runbook's own `update_every` is the cadence of
// everything else that asks (coop update, a waiting question).
import { durationMs } from './values.js';

/** What of a step and a runbook the cadence depends on (schema.ts imports this module: no model types here). */
interface CadenceStep {
  kind: string;
  update_every?: string;
}
interface CadenceRunbook {
  update_every?: string;
  steps: readonly CadenceStep[];
}

/** coop's cadence when a runbook gives none: the plan says only "kept updated". */
export const DEFAULT_UPDATE_EVERY = '30m';

/** True for a step the walk drafts an update at. */
export function isUpdateStep(step: CadenceStep): boolean {
  return step.kind === 'action' && step.update_every !== undefined;
}

/** How long after an update the next one is due: the step's cadence, else the runbook's, else coop's. */
export function updateEveryMs(runbook: CadenceRunbook, step?: CadenceStep): number {
  const own = step && isUpdateStep(step) ? step.update_every : undefined;
  const first = runbook.steps.find(isUpdateStep)?.update_every;
  return durationMs(own ?? runbook.update_every ?? first ?? DEFAULT_UPDATE_EVERY);
}
