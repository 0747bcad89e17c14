// Each kind of step as a file writes it: the key that tells it
// (docs/runbook-format.md) and what that key says. The one place a step's
// kind is decided from its keys: a kind missing here does not compile.
import type { StepKind } from '../format/model.js';

export const STEP_KEYS: { readonly [K in StepKind]: { readonly key: string; readonly says: string } } = {
  action: { key: 'do', says: 'what to do' },
  decision: { key: 'ask', says: 'what to ask' },
  check: { key: 'run', says: 'what to run' },
};

/** STEP_KEYS as a list, in its order: each kind with its key and what the key says. */
export const STEP_FORMS = Object.entries(STEP_KEYS) as ReadonlyArray<[StepKind, (typeof STEP_KEYS)[StepKind]]>;
