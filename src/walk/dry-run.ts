// --dry-run: the path a walk would take with the answers given, through the
// same engine, writing nothing and running nothing. Where no answer decides
// the way on (a decision, or a check whose outcome is not given), it stops
// and lists where each branch leads.
import type { JournalEvent } from '../journal/events.js';
import { stepIdAt } from '../format/flow.js';
import type { Runbook, StepKind } from '../format/model.js';
import { assertNever } from '../system/errors.js';
import { safeLine } from '../text/sanitize.js';
import type { Style } from '../text/style.js';
import { targetText } from '../render/text.js';
import type { RunbookView } from '../library/view.js';
import { advance, start, type Advanced } from './engine.js';
import type { ScriptedDriver } from './drivers/scripted.js';
import { placeOf, type StepPlace } from './step-place.js';
import { ordinal } from '../text/plural.js';

export interface DryRun {
  lines: string[];
  events: JournalEvent[];
  /** The answers would go round a loop for ever: the real walk would stop there too. */
  looped: boolean;
}

/** Why a dry run cannot carry on past a step of this kind that nothing answers. */
function whyStopped(kind: StepKind): string {
  switch (kind) {
    case 'action':
    case 'decision':
      return 'no answer is given';
    case 'check':
      return 'the command is not run, and no outcome is given';
    default:
      return assertNever(kind, 'step kind');
  }
}

export function dryRun(runbook: Runbook, view: RunbookView, script: ScriptedDriver, style: Style, now: Date): DryRun {
  const options = { incident: 'dry-run', person: 'dry-run', drill: false, runbookHash: '', coopVersion: '' };
  let walked: Advanced = start(runbook, options, now);
  const events = [...walked.events];
  const lines = [
    style.bold(`Dry run of "${safeLine(runbook.title)}" (${runbook.id}): nothing is recorded and no command is run.`),
  ];
  // The step's number in the runbook, as coop show prints it; a step come back to says which time.
  const number = (place: StepPlace) =>
    `${String(place.number).padStart(2)}.${place.time > 1 ? ` (${ordinal(place.time)} time)` : ''}`;
  const say = (place: StepPlace, index: number, what: string) =>
    lines.push(
      `  ${number(place)} ${stepIdAt(runbook, index)}: ${safeLine(view.steps[index]!.text)} ${style.dim('->')} ${what}`,
    );

  while (walked.state.status !== 'ended') {
    const state = walked.state;
    const index = state.at!;
    const n = placeOf(state, runbook.steps.length);
    const scripted = script.next(state);
    const move = scripted.kind === 'move' ? scripted.move : undefined;
    if (move?.kind !== 'input') {
      if (scripted.kind === 'unanswered' && scripted.reason === 'loop') {
        lines.push(style.red(`  Stops: ${scripted.message}`));
        return { lines, events, looped: true };
      }
      const step = view.steps[index]!;
      lines.push(`  ${number(n)} ${stepIdAt(runbook, index)}: ${safeLine(step.text)}`);
      lines.push(`      Stops here: ${whyStopped(step.kind)}. The ways on:`);
      for (const b of step.branches)
        lines.push(
          `        ${b.kind === 'choice' ? `"${safeLine(b.label)}"` : `if it ${b.label}`} -> ${targetText(b.target)}${b.target.kind === 'step' ? ` (${b.target.id})` : ''}`,
        );
      return { lines, events, looped: false };
    }
    const input = move.input;
    walked = advance(runbook, state, input, now);
    events.push(...walked.events);
    const what =
      input.type === 'done'
        ? 'done'
        : input.type === 'skip'
          ? `skipped (${safeLine(input.reason)})`
          : input.type === 'answer'
            ? `"${safeLine(input.answer)}"`
            : input.type === 'check-result'
              ? `${input.outcome} (given, not run)`
              : input.type;
    say(n, index, what);
  }
  lines.push(walked.state.outcome === 'failed' ? style.red('  End: at a check that failed.') : '  End.');
  return { lines, events, looped: false };
}
