// What a runbook must be for a walk to follow it without guessing. The loader
// checks each value's form; these lint rules check the few facts about the
// whole runbook the engine relies on. `coop lint` reports them too, with
// everything else; here they stop an incident before step 1 instead of in
// the middle of it, in the same words.
import type { Runbook } from '../format/model.js';
import { findingsOnRunbook, type RunbookFinding } from '../lint/runbook-alone.js';
import { rule as decisionTooFewChoices } from '../lint/rules/decision-too-few-choices.js';
import { rule as duplicateAnswer } from '../lint/rules/duplicate-answer.js';
import { rule as duplicateStepId } from '../lint/rules/duplicate-step-id.js';
import { rule as unknownStep } from '../lint/rules/unknown-step.js';

/**
 * A journal names steps by id and `next: end` finishes (duplicate-step-id);
 * every way on must lead to a step (unknown-step); an answer must name one
 * choice (duplicate-answer), and there must be one to give.
 */
const STOPS_A_WALK = [duplicateStepId, unknownStep, decisionTooFewChoices, duplicateAnswer];

export type WalkProblem = RunbookFinding;

/**
 * Every problem, the first step's first (each names a path inside the
 * runbook, under steps[i]). Only the steps stop a walk: a notify_after that
 * names no step tells the people before step 1, as if it were not there.
 */
export function walkProblems(runbook: Runbook): WalkProblem[] {
  return findingsOnRunbook(runbook, STOPS_A_WALK)
    .filter((f) => f.path[0] === 'steps')
    .filter((f) => f.rule !== decisionTooFewChoices.meta.id || noChoices(runbook, f))
    .sort((a, b) => stepIndexOf(a) - stepIndexOf(b));
}

function stepIndexOf(finding: RunbookFinding): number {
  return finding.path[1] as number;
}

/** A decision with one answer is a mistake lint reports, but a walk can follow it; with none there is nothing to choose. */
function noChoices(runbook: Runbook, finding: RunbookFinding): boolean {
  const step = runbook.steps[stepIndexOf(finding)];
  return step?.kind === 'decision' && step.choices.length === 0;
}
