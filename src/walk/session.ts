// One walk through a runbook: ask the drivers for each step's input, feed it
// to the engine, and record every event (journal first, then --json and the
// screen) before the next question. Scripted answers come first; where they
// have nothing to say, a person is asked if there is one, else the walk pauses
// and says why.
import type { JournalEvent, PauseReason } from '../journal/events.js';
import type { Appended } from '../journal/writer.js';
import type { Runbook } from '../format/model.js';
import type { RunbookView } from '../library/view.js';
import { Interrupted } from '../system/errors.js';
import type { CheckRun } from './check-runner.js';
import { advance, checkTimeoutMs, endsTheWalk, type Advanced, type WalkInput, type WalkState } from './engine.js';
import type { InteractiveDriver } from './drivers/interactive.js';
import type { WalkScreen } from './screen/screen.js';
import type { Move, Scripted, ScriptedDriver } from './drivers/scripted.js';
import { placeOf, type StepPlace } from './step-place.js';
import { isUpdateStep } from '../format/updates.js';
import type { UpdateDraft } from './update-draft.js';
import { draftFor, nextUpdateDue, smsWords, updateRecipients, waitsForUpdate } from './updates.js';

export interface SessionParts {
  runbook: Runbook;
  view: RunbookView;
  screen: WalkScreen;
  journal: { append(events: readonly JournalEvent[]): Appended };
  /** False when the person chose to carry on without a record: no need to say so again at step 1. */
  journalWritable?: boolean;
  /** --json: each event's journal line on stdout. */
  emit?: (line: string) => void;
  script?: ScriptedDriver;
  person?: InteractiveDriver;
  runCheck: (command: string, timeoutMs: number, signal: AbortSignal) => Promise<CheckRun>;
  now: () => Date;
  /** Aborted on Ctrl-C (or SIGTERM/SIGHUP) outside a prompt. */
  signal: AbortSignal;
  /** The journal's events before the first ones (a resume's), which an update is drafted from too. */
  history?: readonly JournalEvent[];
  /** --update-every: milliseconds between updates, over the runbook's. */
  updateEvery?: number;
  /** At a terminal: copy an update's words, and wait (counting down) until an update is due. */
  copy?: (text: string) => Promise<void>;
  waitUntil?: (due: Date, what: string) => Promise<void>;
}

export type SessionEnd =
  | { kind: 'ended'; state: WalkState }
  | { kind: 'paused'; state: WalkState; reason: PauseReason; message?: string };

interface UpdateHere {
  /** At an update step: the draft. */
  draft?: UpdateDraft;
  /** At a question waited on between updates: when the next is due. */
  due?: Date;
  to: string[];
}

/** What the step has to do with updates, shown on arrival. */
async function updateAt(
  parts: SessionParts,
  state: WalkState,
  events: readonly JournalEvent[],
  arrived: boolean,
): Promise<UpdateHere> {
  const { runbook, view, screen } = parts;
  const index = state.at!;
  const to = updateRecipients(runbook, view, index);
  if (isUpdateStep(runbook.steps[index]!)) {
    const draft = await draftFor({
      runbook,
      events,
      now: parts.now(),
      person: state.person,
      at: index,
      ...(parts.updateEvery !== undefined ? { everyMs: parts.updateEvery } : {}),
    });
    if (arrived) screen.updateDraft(draft.text, to, smsWords(draft));
    return { draft, to };
  }
  if (!waitsForUpdate(runbook, index)) return { to };
  const due = nextUpdateDue(runbook, state, parts.updateEvery);
  if (arrived) screen.updateDue(due, parts.now());
  return { due, to };
}

export async function runSession(parts: SessionParts, first: Advanced): Promise<SessionEnd> {
  const { runbook, screen } = parts;
  let state = first.state;
  let journalOk = parts.journalWritable ?? true;
  const events: JournalEvent[] = [...(parts.history ?? [])];

  /** `place`: where the walk stood when the person (or the script) gave the input. */
  const record = (advanced: Advanced, place: StepPlace, fromScript: boolean) => {
    state = advanced.state;
    events.push(...advanced.events);
    const status = parts.journal.append(advanced.events);
    if (status.ok !== journalOk) {
      journalOk = status.ok;
      screen.journalTrouble(status.error, status.pending);
    } else if (status.rewritten) screen.journalRewritten();
    advanced.events.forEach((event, i) => {
      parts.emit?.(status.lines[i]!);
      screen.result(event, place, fromScript);
    });
  };
  const take = (input: WalkInput, fromScript: boolean) =>
    record(advance(runbook, state, input, parts.now()), placeOf(state, runbook.steps.length), fromScript);
  const pause = (reason: PauseReason, message?: string): SessionEnd => {
    take({ type: 'pause', reason, ...(message !== undefined ? { detail: message } : {}) }, true);
    return { kind: 'paused', state, reason, ...(message !== undefined ? { message } : {}) };
  };

  record(first, placeOf(first.state, runbook.steps.length), true);
  let shown = 0;
  // A step gone back to is the person's to answer again, not the script's (which would redo it at once).
  let wentBack = false;
  while (state.status !== 'ended') {
    if (parts.signal.aborted) return pause('interrupted');
    const index = state.at!;
    const step = runbook.steps[index]!;
    const arrived = state.visits.length !== shown;
    if (arrived) {
      shown = state.visits.length;
      screen.card(state, parts.view.steps[index]!, parts.now());
    }
    const update = await updateAt(parts, state, events, arrived);

    let move: Move;
    let fromScript = true;
    const scripted: Scripted | undefined = wentBack && parts.person ? undefined : parts.script?.next(state);
    if (scripted?.kind === 'move') {
      if (scripted.note !== undefined) take({ type: 'note', text: scripted.note }, true);
      move = scripted.move;
      // A script that marks an update step done sends the draft as it stands.
      if (update.draft && move.kind === 'input' && move.input.type === 'done')
        move = { ...move, update: update.draft.text };
    } else if (parts.person) {
      try {
        move = await parts.person.decide(step, {
          canGoBack: state.visits.length > 1,
          ...(update.draft ? { update: { text: update.draft.text, ...(parts.copy ? { copy: parts.copy } : {}) } } : {}),
          ...(update.due && update.due > parts.now() && parts.waitUntil ? { updateDue: update.due } : {}),
        });
        if (move.kind === 'input' && index < runbook.steps.length - 1 && endsTheWalk(runbook, index, move.input))
          if (!(await parts.person.confirmEnd())) continue;
      } catch (error) {
        if (error instanceof Interrupted) return pause('interrupted');
        throw error;
      }
      fromScript = false;
      parts.script?.progressed();
    } else if (scripted) return pause(scripted.reason, scripted.message);
    else throw new Error('a walk needs a script or a person');

    if (move.kind === 'pause') return pause('person');
    if (move.kind === 'wait') {
      await parts.waitUntil?.(update.due!, `update to ${update.to.join(', ') || 'the people to keep informed'}`);
      shown = -1; // ask again, the whole card, as if arriving
      continue;
    }
    if (move.kind === 'input') {
      if (move.update !== undefined && update.draft) {
        // The update and the step it completes are written in one go: a crash between them would
        // leave a step whose update is sent but not done, and a resume would send it again.
        const now = parts.now();
        const sent = advance(
          runbook,
          state,
          { type: 'update', text: move.update, to: update.to, nextDueAt: update.draft.nextDueAt },
          now,
        );
        const done = advance(runbook, sent.state, move.input, now);
        record(
          { state: done.state, events: [...sent.events, ...done.events] },
          placeOf(state, runbook.steps.length),
          fromScript,
        );
      } else take(move.input, fromScript);
      if (move.input.type !== 'note') wentBack = move.input.type === 'back';
      continue;
    }
    // Only a check's drivers offer to run its command.
    if (step.kind !== 'check') throw new Error(`a driver ran the command of step ${index + 1}, which is not a check`);
    wentBack = false;
    take({ type: 'check-started' }, fromScript);
    screen.checkStarting(step.run);
    const run = await parts.runCheck(step.run, checkTimeoutMs(step), parts.signal);
    if (run.interrupted) return pause('interrupted');
    screen.checkOutput(run);
    if (run.couldNotRun) {
      // Not a result: the check is still to be made, by hand. The note keeps why in the record.
      const why = run.error ?? `exit ${run.exitCode}`;
      take({ type: 'note', text: `The command could not run (${why}); the check is to be made by hand.` }, fromScript);
      screen.couldNotRun(why);
      if (fromScript || !parts.person)
        return pause(
          'needs-answer',
          `the command of step ${index + 1} could not run (${why}): check by hand and give the outcome in the answers`,
        );
      continue;
    }
    parts.script?.commandDecided(index, run.outcome);
    const { outcome, exitCode, signal, timedOut, durationMs: ms, output, outputTruncated, error } = run;
    take(
      {
        type: 'check-result',
        outcome,
        decidedBy: 'command',
        exitCode,
        signal,
        timedOut,
        durationMs: ms,
        output,
        outputTruncated,
        ...(error !== undefined ? { error } : {}),
      },
      fromScript,
    );
  }
  return { kind: 'ended', state };
}
