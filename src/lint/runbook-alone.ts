// The rules that judge a runbook on its own (RunbookAloneRule), run on one
// runbook outside a lint: the walk asks some of them before step 1, so an
// incident is refused in the very words `coop lint` uses.
import type { Runbook } from '../format/model.js';
import type { Path } from '../library/source-file.js';
import { flowFacts, type FlowFacts } from './flow-facts.js';
import type { RunbookAloneRule } from './rule.js';

/** A finding about one runbook: the rule, and where inside the runbook (not yet a line and column). */
export interface RunbookFinding {
  rule: string;
  path: Path;
  message: string;
  key?: boolean;
}

/** `lost`: what the loader could not read of the runbook (nothing, for a runbook a walk follows). */
export function findingsOnRunbook(
  runbook: Runbook,
  rules: readonly RunbookAloneRule[],
  lost: (path: Path) => boolean = () => false,
): RunbookFinding[] {
  const findings: RunbookFinding[] = [];
  let facts: FlowFacts | undefined;
  const flow = () => (facts ??= flowFacts(runbook));
  for (const rule of rules) {
    const at = (path: Path, message: string, options: { key?: boolean } = {}) =>
      findings.push({ rule: rule.meta.id, path: [...path], message, ...(options.key ? { key: true } : {}) });
    rule.runbook({ runbook, flow, at, lost });
  }
  return findings;
}
