import { describe, expect, it } from 'vitest';
import { parseAnswers, type Answers } from '../../src/walk/drivers/answers.js';
import { advance, start, type WalkState } from '../../src/walk/engine.js';
import { ScriptedDriver, type Scripted } from '../../src/walk/drivers/scripted.js';
import type { SourceFile } from '../../src/library/source-file.js';
import type { Runbook } from '../../src/format/model.js';
import { fixtureRunbook, T0 } from './walk-fixtures.js';

const FILE: SourceFile = {
  displayPath: 'answers.yaml',
  absolutePath: '/answers.yaml',
  text: '',
  locate: () => ({ line: 1, col: 1 }),
  lineText: () => '',
};
const answers = (runbook: Runbook, data: object): Answers => parseAnswers(data, FILE, runbook);

/** Walks as far as the script goes; a run-check counts as a command that succeeded. */
function drive(runbook: Runbook, data: object | undefined, options = { yes: false, allowCommands: false }) {
  const driver = new ScriptedDriver(runbook, data ? answers(runbook, data) : undefined, options);
  let state: WalkState = start(
    runbook,
    { incident: 'i', person: 'p', drill: false, runbookHash: '', coopVersion: '' },
    T0,
  ).state;
  const notes: string[] = [];
  let stop: Extract<Scripted, { kind: 'unanswered' }> | undefined;
  while (state.status !== 'ended') {
    const next = driver.next(state);
    if (next.kind === 'unanswered') {
      stop = next;
      break;
    }
    if (next.note) notes.push(next.note);
    if (next.move.kind === 'run-check') {
      driver.progressed();
      state = advance(runbook, state, { type: 'check-result', outcome: 'succeeded', decidedBy: 'command' }, T0).state;
    } else if (next.move.kind === 'input') state = advance(runbook, state, next.move.input, T0).state;
  }
  return { path: state.visits.map((v) => v.step), state, stop, notes };
}

describe('the scripted driver', () => {
  const every = fixtureRunbook('every-kind');
  const loop = fixtureRunbook('loop');

  it('follows the answers to the end', () => {
    const { path, state } = drive(every, { 'tell-director': 'done', 'mail-down': 'no', 'check-files': 'skip: locked' });
    expect(path).toEqual(['tell-director', 'mail-down', 'check-files']);
    expect(state.status).toBe('ended');
  });

  it('--yes marks actions done; decisions still need answers', () => {
    const { path, stop } = drive(every, undefined, { yes: true, allowCommands: false });
    expect(path).toEqual(['tell-director', 'mail-down']);
    expect(stop).toEqual({
      kind: 'unanswered',
      reason: 'needs-answer',
      message:
        'step mail-down asks "Is mail down?" and nothing answers it (stdin is not a terminal); it accepts "Yes", "No", "Not sure"; add a line to an answers file (--answers FILE), like mail-down: "Yes"',
    });
  });

  it('an action without an answer and without --yes names the step and what it accepts', () => {
    const { stop } = drive(every, { 'mail-down': 'No' });
    expect(stop?.message).toBe(
      'step tell-director ("Tell the Office Director.") is not marked done; give --yes, or add tell-director: done (or tell-director: "skip: <reason>") to the answers file (answers.yaml)',
    );
  });

  it('a check without an outcome runs only with --allow-commands', () => {
    const data = { 'tell-director': 'done', 'mail-down': 'Yes' };
    expect(drive(every, data).stop).toEqual({
      kind: 'unanswered',
      reason: 'needs-permission',
      message:
        'step ping-mail would run the command `true`, and commands run only when allowed; allow it with --allow-commands, or give its outcome in the answers file (answers.yaml) (ping-mail: succeeded or ping-mail: failed)',
    });
    expect(drive(every, data, { yes: false, allowCommands: true }).state.status).toBe('ended');
  });

  it('a given outcome decides a check without running it, even with --allow-commands', () => {
    const { path } = drive(
      every,
      { 'tell-director': 'done', 'mail-down': 'Yes', 'ping-mail': 'failed', 'call-helpdesk': 'done' },
      { yes: false, allowCommands: true },
    );
    expect(path).toEqual(['tell-director', 'mail-down', 'ping-mail', 'call-helpdesk']);
  });

  it('"run" needs --allow-commands', () => {
    expect(drive(every, { 'tell-director': 'done', 'mail-down': 'Yes', 'ping-mail': 'run' }).stop?.reason).toBe(
      'needs-permission',
    );
  });

  it('a list answers one visit each, in order', () => {
    const { path, state } = drive(loop, { back: ['No', 'No', 'Yes'] }, { yes: true, allowCommands: false });
    expect(path).toEqual(['report', 'back', 'wait', 'back', 'wait', 'back']);
    expect(state.status).toBe('ended');
  });

  it('a list that runs out says which time the step was asked', () => {
    const { stop } = drive(loop, { back: ['No'] }, { yes: true, allowCommands: false });
    expect(stop?.message).toBe(
      'step back asks "Is it back?" for the 2nd time, and the answers file gives 1 answer for it; it accepts "Yes", "No"; add one to its list',
    );
  });

  it('a single answer that leads back round a loop is caught, and the message says how to fix it', () => {
    const { stop, path } = drive(loop, { back: 'No' }, { yes: true, allowCommands: false });
    expect(path).toEqual(['report', 'back', 'wait', 'back']);
    expect(stop).toEqual({
      kind: 'unanswered',
      reason: 'loop',
      message:
        'the answers go round a loop for ever: the walk is back at step back and nothing has changed since it was last there; back is answered "No" every time; give it a list, one answer per time it is asked, like back: [No, ...]',
    });
  });

  it('a loop with no way out is caught too', () => {
    const { stop, path } = drive(fixtureRunbook('endless'), undefined, { yes: true, allowCommands: false });
    expect(path).toEqual(['first', 'second', 'first']);
    expect(stop?.reason).toBe('loop');
    expect(stop?.message).toMatch(/nothing in the answers can lead out of it/);
  });

  it('a command run in a loop is progress: the walk may poll until it succeeds', () => {
    const driver = new ScriptedDriver(loop, undefined, { yes: true, allowCommands: false });
    let state = start(loop, { incident: 'i', person: 'p', drill: false, runbookHash: '', coopVersion: '' }, T0).state;
    state = advance(loop, state, { type: 'done' }, T0).state;
    for (let round = 0; round < 3; round++) {
      expect(driver.next(state).kind).toBe('unanswered'); // back: a person answers it
      driver.progressed();
      state = advance(loop, state, { type: 'answer', answer: 'No' }, T0).state;
      expect(driver.next(state)).toMatchObject({ kind: 'move' });
      state = advance(loop, state, { type: 'done' }, T0).state;
    }
  });

  it('hands over a note given with an answer', () => {
    expect(drive(loop, { report: { done: true, note: 'Reported at 9:20' }, back: 'Yes' }).notes).toEqual([
      'Reported at 9:20',
    ]);
  });
});
