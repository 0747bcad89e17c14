// The scripted driver: what an answers file, --yes and --allow-commands say
// to do at a step, or why they cannot say (so the walk pauses and names the
// step). It never prompts; on a terminal the interactive driver fills in.
import { ordinal, plural } from '../../text/plural.js';
import { stepIdAt } from '../../format/flow.js';
import type { CheckOutcome, PauseReason } from '../../journal/events.js';
import type { CheckStep, Runbook, Step } from '../../format/model.js';
import { assertNever } from '../../system/errors.js';
import { safeLine } from '../../text/sanitize.js';
import { accepts, type Answers, type ScriptedAnswer } from './answers.js';
import type { WalkInput, WalkState } from '../engine.js';

/**
 * What a driver decided at a step. `update`: at an update step, the words sent,
 * recorded before the input; `wait`: wait until the next update is due, then ask again.
 */
export type Move =
  | { kind: 'input'; input: WalkInput; update?: string }
  | { kind: 'run-check' }
  | { kind: 'pause' }
  | { kind: 'wait' };

export type Scripted =
  | { kind: 'move'; move: Move; note?: string }
  | { kind: 'unanswered'; reason: PauseReason; message: string };

export interface ScriptOptions {
  /** --yes: every action step is done unless the answers say otherwise. */
  yes: boolean;
  /** --allow-commands: a check step with no scripted outcome runs its command. */
  allowCommands: boolean;
}

export class ScriptedDriver {
  /** How many answers have been taken from each step's list. */
  private readonly used = new Map<string, number>();
  /**
   * Loop guard: anything that can make the next round differ from the last
   * (a list answer taken, a person's answer, a command's outcome) counts as
   * progress. Arriving at a step again with no progress since the last
   * arrival means the same answers will bring the walk back for ever.
   */
  private progress = 0;
  private readonly progressAtArrival = new Map<number, number>();
  /** Each check's last outcome from running its command, by step index. */
  private readonly lastOutcome = new Map<number, CheckOutcome>();
  private lastVisitCount = 0;

  constructor(
    private readonly runbook: Runbook,
    private readonly answers: Answers | undefined,
    private readonly options: ScriptOptions,
  ) {}

  /**
   * A resumed walk: the visits the journal already holds used up the first
   * answers of each step's list (one answer per visit, in order), so the
   * same answers file carries on where the interrupted walk stopped instead
   * of starting every list again.
   */
  continueFrom(state: WalkState): this {
    for (const visit of state.visits) if (visit.result) this.used.set(visit.step, (this.used.get(visit.step) ?? 0) + 1);
    return this;
  }

  /** Something outside the script decided a step (a person, a command). */
  progressed(): void {
    this.progress++;
  }

  /**
   * A check's command decided its step. Only an outcome that differs from the
   * last run at that step is progress: a command that fails every time round
   * a retry loop changes nothing, and unattended it would loop at full speed
   * for ever, growing the journal until the disk is full.
   */
  commandDecided(index: number, outcome: CheckOutcome): void {
    if (this.lastOutcome.get(index) !== outcome) this.progressed();
    this.lastOutcome.set(index, outcome);
  }

  next(state: WalkState): Scripted {
    const index = state.at!;
    const id = stepIdAt(this.runbook, index);
    const step = this.runbook.steps[index]!;
    if (state.visits.length !== this.lastVisitCount) {
      this.lastVisitCount = state.visits.length;
      const before = this.progressAtArrival.get(index);
      if (before === this.progress)
        return { kind: 'unanswered', reason: 'loop', message: this.loopMessage(state, index) };
      this.progressAtArrival.set(index, this.progress);
    }

    const entry = this.answers?.byStep.get(id);
    let answer: ScriptedAnswer | undefined;
    let asked = 0;
    if (entry) {
      if (!entry.list) answer = entry.answers[0];
      else {
        asked = this.used.get(id) ?? 0;
        answer = entry.answers[asked];
      }
    }
    if (answer) {
      const move = this.moveFor(answer, step, id);
      if (move.kind !== 'move') return move;
      if (entry?.list) {
        this.used.set(id, asked + 1);
        this.progressed();
      }
      // A note already on this visit (written before a crash, then resumed) is not written twice.
      const noted =
        answer.note !== undefined && state.visits[state.visits.length - 1]?.notes.some((n) => n.text === answer.note);
      return answer.note !== undefined && !noted ? { ...move, note: answer.note } : move;
    }
    const flagged = this.flagMove(step);
    if (flagged) return { kind: 'move', move: flagged };
    return this.unanswered(id, index, entry?.list ? entry.answers.length : undefined, state);
  }

  /** What --yes and --allow-commands do at a step the answers do not answer. */
  private flagMove(step: Step): Move | undefined {
    switch (step.kind) {
      case 'action':
        return this.options.yes ? { kind: 'input', input: { type: 'done' } } : undefined;
      case 'decision':
        // No flag answers a question: only the answers file or a person can.
        return undefined;
      case 'check':
        return this.options.allowCommands ? { kind: 'run-check' } : undefined;
      default:
        return assertNever(step, 'step');
    }
  }

  private moveFor(answer: ScriptedAnswer, step: Step, id: string): Scripted {
    switch (answer.kind) {
      case 'done':
        return { kind: 'move', move: { kind: 'input', input: { type: 'done' } } };
      case 'skip':
        return { kind: 'move', move: { kind: 'input', input: { type: 'skip', reason: answer.reason } } };
      case 'answer':
        return { kind: 'move', move: { kind: 'input', input: { type: 'answer', answer: answer.answer } } };
      case 'outcome':
        return {
          kind: 'move',
          move: { kind: 'input', input: { type: 'check-result', outcome: answer.outcome, decidedBy: 'answers' } },
        };
      case 'run':
        if (this.options.allowCommands) return { kind: 'move', move: { kind: 'run-check' } };
        // parseAnswers accepts run only for a check.
        if (step.kind !== 'check') throw new Error(`the answer run for step ${id}, which is not a check`);
        return {
          kind: 'unanswered',
          reason: 'needs-permission',
          message: `${commandMessage(id, step)}; the answers file says run, which needs --allow-commands`,
        };
    }
  }

  private unanswered(id: string, index: number, listLength: number | undefined, state: WalkState): Scripted {
    const step = this.runbook.steps[index]!;
    const times = state.visits.filter((v) => v.index === index).length;
    const again =
      listLength !== undefined
        ? ` for the ${ordinal(times)} time, and the answers file gives ${plural(listLength, 'answer')} for it`
        : '';
    const source = this.answers ? `the answers file (${this.answers.file})` : 'an answers file (--answers FILE)';
    switch (step.kind) {
      case 'action':
        return {
          kind: 'unanswered',
          reason: 'needs-answer',
          message: `step ${id} ("${safeLine(step.do)}")${again} is not marked done; give --yes, or add ${id}: done (or ${id}: "skip: <reason>") to ${source}`,
        };
      case 'decision': {
        const how =
          listLength !== undefined
            ? `add one to its list`
            : `add a line to ${source}, like ${id}: ${firstChoice(step.choices)}`;
        const missing =
          listLength !== undefined
            ? ''
            : this.answers
              ? ' and the answers file does not answer it'
              : ' and nothing answers it (stdin is not a terminal)';
        return {
          kind: 'unanswered',
          reason: 'needs-answer',
          message: `step ${id} asks "${safeLine(step.ask)}"${again}${missing}; ${accepts(step)}; ${how}`,
        };
      }
      case 'check':
        return {
          kind: 'unanswered',
          reason: 'needs-permission',
          message: `${commandMessage(id, step)}; allow it with --allow-commands, or give its outcome in ${source} (${id}: succeeded or ${id}: failed)`,
        };
      default:
        return assertNever(step, 'step');
    }
  }

  private loopMessage(state: WalkState, index: number): string {
    const id = stepIdAt(this.runbook, index);
    // The decisions of the round (from the last arrival here) are the ones whose single answer brings the walk back.
    let from = state.visits.length - 2;
    while (from > 0 && state.visits[from]!.index !== index) from--;
    const round = state.visits.slice(from, -1);
    const decision = round.find((v) => v.kind === 'decision' && v.result?.type === 'answered');
    const command = round.find((v) => v.result?.type === 'check' && v.result.decidedBy === 'command');
    const hint =
      decision && decision.result?.type === 'answered'
        ? `${decision.step} is answered "${safeLine(decision.result.answer)}" every time; give it a list, one answer per time it is asked, like ${decision.step}: [${safeLine(decision.result.answer)}, ...]`
        : command && command.result?.type === 'check'
          ? `the command of ${command.step} ${command.result.outcome} again; resume once it can turn out otherwise, or give ${command.step} its outcome in the answers file`
          : 'nothing in the answers can lead out of it; give one of its steps a list of answers, one per time it is asked';
    return `the answers go round a loop for ever: the walk is back at step ${id} and nothing has changed since it was last there; ${hint}`;
  }
}

function commandMessage(id: string, step: CheckStep): string {
  return `step ${id} would run the command \`${safeLine(step.run)}\`, and commands run only when allowed`;
}

function firstChoice(choices: Array<{ answer: string }>): string {
  const answer = choices[0]?.answer ?? '';
  return /^[\w -]+$/.test(answer) ? `"${safeLine(answer)}"` : JSON.stringify(answer);
}
