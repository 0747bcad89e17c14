import { describe, expect, it } from 'vitest';
import {
  advance,
  replay,
  start,
  ReplayError,
  WalkError,
  type WalkInput,
  type WalkState,
} from '../../src/walk/engine.js';
import { parseJournal } from '../../src/journal/reader.js';
import { chained } from '../journal/journal-builder.js';
import type { JournalEvent } from '../../src/journal/events.js';
import type { Runbook } from '../../src/format/model.js';
import { fixtureRunbook, T0, ticking } from './walk-fixtures.js';

const OPTIONS = {
  incident: '20261123-091503-test-abcd',
  person: 'pat',
  drill: false,
  runbookHash: 'sha256:0',
  coopVersion: '0.0.0-test',
};

/** Starts a walk and feeds it inputs; returns the final state and every event. */
function walk(runbook: Runbook, inputs: WalkInput[]): { state: WalkState; events: JournalEvent[] } {
  const now = ticking();
  let { state, events } = start(runbook, OPTIONS, now());
  for (const input of inputs) {
    const next = advance(runbook, state, input, now());
    state = next.state;
    events = [...events, ...next.events];
  }
  return { state, events };
}

const at = (runbook: Runbook, state: WalkState) =>
  state.at === undefined ? 'end' : (runbook.steps[state.at]!.id ?? `step-${state.at + 1}`);

describe('start', () => {
  it('opens at the first step with a started event that carries the hash, title, drill flag and version', () => {
    const runbook = fixtureRunbook('every-kind');
    const { state, events } = start(runbook, { ...OPTIONS, drill: true, runbookFile: 'every-kind.yaml' }, T0);
    expect(events).toEqual([
      {
        v: 2,
        seq: 1,
        ts: '2026-11-23T09:15:03.000Z',
        incident: OPTIONS.incident,
        runbook: 'every-kind',
        step: 'tell-director',
        person: 'pat',
        type: 'started',
        title: 'Every kind of step',
        drill: true,
        runbookHash: 'sha256:0',
        coopVersion: '0.0.0-test',
        runbookFile: 'every-kind.yaml',
      },
    ]);
    expect(state).toMatchObject({
      status: 'open',
      at: 0,
      drill: true,
      startedAt: '2026-11-23T09:15:03.000Z',
      people: ['pat'],
    });
    expect(state.visits).toHaveLength(1);
  });
});

describe('action steps', () => {
  const runbook = fixtureRunbook('every-kind');

  it('done moves on to the next step and records who did it', () => {
    const { state, events } = walk(runbook, [{ type: 'done' }]);
    expect(at(runbook, state)).toBe('mail-down');
    expect(events[1]).toMatchObject({
      type: 'step-done',
      step: 'tell-director',
      next: 'mail-down',
      person: 'pat',
      seq: 2,
    });
    expect(state.visits[0]).toMatchObject({ step: 'tell-director', result: { type: 'done' }, by: 'pat' });
  });

  it('skip moves on too, and keeps the reason', () => {
    const { state, events } = walk(runbook, [{ type: 'skip', reason: 'Director is on leave' }]);
    expect(at(runbook, state)).toBe('mail-down');
    expect(events[1]).toMatchObject({ type: 'step-skipped', reason: 'Director is on leave', next: 'mail-down' });
  });

  it('a note stays on the step', () => {
    const { state, events } = walk(runbook, [{ type: 'note', text: 'Left a voicemail' }]);
    expect(at(runbook, state)).toBe('tell-director');
    expect(events[1]).toMatchObject({ type: 'note', step: 'tell-director', text: 'Left a voicemail' });
    expect(state.visits[0]!.notes).toEqual([
      { ts: '2026-11-23T09:16:03.000Z', person: 'pat', text: 'Left a voicemail' },
    ]);
  });

  it('next: end ends the incident as completed', () => {
    const { state, events } = walk(runbook, [{ type: 'done' }, { type: 'answer', answer: 'No' }, { type: 'done' }]);
    expect(state).toMatchObject({ status: 'ended', outcome: 'completed' });
    expect(state.at).toBeUndefined();
    expect(events.at(-1)).toMatchObject({
      type: 'ended',
      outcome: 'completed',
      step: 'check-files',
      durationMs: 3 * 60_000,
    });
  });

  it('the last step falls through to the end', () => {
    const runbook = fixtureRunbook('unnamed');
    const { state } = walk(runbook, [{ type: 'done' }, { type: 'answer', answer: 'yes' }, { type: 'done' }]);
    expect(state.status).toBe('ended');
    expect(state.visits.map((v) => v.step)).toEqual(['step-1', 'step-2', 'step-3']);
  });

  it('refuses an answer, which an action cannot take', () => {
    expect(() => walk(runbook, [{ type: 'answer', answer: 'Yes' }])).toThrow(WalkError);
  });
});

describe('going back', () => {
  const runbook = fixtureRunbook('every-kind');
  const mistaken: WalkInput[] = [{ type: 'done' }, { type: 'answer', answer: 'Yes' }];

  it('takes back the answer before and stands at the question again; the journal keeps both answers', () => {
    const { state, events } = walk(runbook, [...mistaken, { type: 'back' }, { type: 'answer', answer: 'No' }]);
    expect(events.slice(2).map((e) => [e.type, e.step])).toEqual([
      ['answered', 'mail-down'],
      ['went-back', 'ping-mail'],
      ['answered', 'mail-down'],
    ]);
    expect(events[3]).toMatchObject({ type: 'went-back', to: 'mail-down' });
    expect(at(runbook, state)).toBe('check-files');
    expect(state.visits.map((v) => v.step)).toEqual(['tell-director', 'mail-down', 'check-files']);
    expect(state.visits[1]!.result).toEqual({ type: 'answered', answer: 'No' });
  });

  it('a replayed journal with a step gone back to is the state it was written from', () => {
    const { state, events } = walk(runbook, [...mistaken, { type: 'note', text: 'Wrong one' }, { type: 'back' }]);
    expect(replay(runbook, events)).toEqual(state);
    expect(state.visits.at(-1)).toMatchObject({ step: 'mail-down', notes: [{ text: 'Wrong one' }] });
    expect(state.visits.at(-1)!.result).toBeUndefined();
  });

  it('refuses at the first step, where there is nothing to go back to', () => {
    expect(() => walk(runbook, [{ type: 'back' }])).toThrow(WalkError);
  });
});

describe('closing and reopening', () => {
  const runbook = fixtureRunbook('unnamed');

  it('reopening a walk that ended takes back what ended it, and stands at that step, paused', () => {
    const { state, events } = walk(runbook, [{ type: 'done' }, { type: 'answer', answer: 'No' }, { type: 'reopen' }]);
    expect(events.slice(-3).map((e) => e.type)).toEqual(['answered', 'ended', 'reopened']);
    expect(state).toMatchObject({ status: 'paused', at: 1 });
    expect(state.visits.at(-1)!.result).toBeUndefined();
    expect(replay(runbook, events)).toEqual(state);
  });

  it('a close ends the walk where it stands, with the reason; reopened, it stands there again', () => {
    const closed = walk(runbook, [{ type: 'done' }, { type: 'close', reason: 'started by mistake' }]);
    expect(closed.events.at(-1)).toMatchObject({ type: 'ended', outcome: 'closed', reason: 'started by mistake' });
    expect(closed.state).toMatchObject({ status: 'ended', closedReason: 'started by mistake' });
    const again = advance(runbook, closed.state, { type: 'reopen' }, T0);
    expect(again.state).toMatchObject({ status: 'paused', at: 1 });
  });
});

describe('decision steps', () => {
  const runbook = fixtureRunbook('every-kind');
  const toDecision: WalkInput[] = [{ type: 'done' }];

  it.each([
    ['Yes', 'ping-mail'],
    ['No', 'check-files'],
    ['Not sure', 'call-helpdesk'],
  ])('answer %s leads to %s', (answer, target) => {
    const { state, events } = walk(runbook, [...toDecision, { type: 'answer', answer }]);
    expect(at(runbook, state)).toBe(target);
    expect(events.at(-1)).toMatchObject({ type: 'answered', step: 'mail-down', answer, next: target });
  });

  it('matches an answer without regard to case or spaces, and records it as the runbook writes it', () => {
    const { events } = walk(runbook, [...toDecision, { type: 'answer', answer: '  NOT SURE ' }]);
    expect(events.at(-1)).toMatchObject({ type: 'answered', answer: 'Not sure' });
  });

  it('a choice without next carries on with the step after the decision', () => {
    const { state } = walk(runbook, [...toDecision, { type: 'answer', answer: 'no' }]);
    expect(at(runbook, state)).toBe('check-files');
  });

  it('refuses an answer the question does not offer', () => {
    expect(() => walk(runbook, [...toDecision, { type: 'answer', answer: 'Maybe' }])).toThrow(
      /"Maybe" is not an answer of step mail-down/,
    );
  });

  it('refuses done, which a decision cannot take', () => {
    expect(() => walk(runbook, [...toDecision, { type: 'done' }])).toThrow(/mail-down is a decision, not an action/);
  });
});

describe('check steps', () => {
  const runbook = fixtureRunbook('every-kind');
  const toCheck: WalkInput[] = [{ type: 'done' }, { type: 'answer', answer: 'Yes' }];

  it('records the command and its time limit when it starts', () => {
    const { state, events } = walk(runbook, [...toCheck, { type: 'check-started' }]);
    expect(events.at(-1)).toMatchObject({ type: 'check-started', step: 'ping-mail', command: 'true', timeoutMs: 5000 });
    expect(state.checkRunning).toBe(true);
  });

  it('success follows on_success (here: the end)', () => {
    const { state, events } = walk(runbook, [
      ...toCheck,
      { type: 'check-started' },
      { type: 'check-result', outcome: 'succeeded', decidedBy: 'command', exitCode: 0, output: '' },
    ]);
    expect(state).toMatchObject({ status: 'ended', outcome: 'completed', checkRunning: false });
    expect(events.at(-2)).toMatchObject({
      type: 'check-result',
      outcome: 'succeeded',
      command: 'true',
      exitCode: 0,
      next: 'end',
    });
  });

  it('failure follows on_failure', () => {
    const { state } = walk(runbook, [...toCheck, { type: 'check-result', outcome: 'failed', decidedBy: 'person' }]);
    expect(at(runbook, state)).toBe('call-helpdesk');
    expect(state.visits.at(-2)!.result).toEqual({ type: 'check', outcome: 'failed', decidedBy: 'person' });
  });

  it('a check without on_success carries on with the next step', () => {
    const checks = fixtureRunbook('checks');
    const { state } = walk(checks, [{ type: 'check-result', outcome: 'succeeded', decidedBy: 'answers' }]);
    expect(at(checks, state)).toBe('fails');
  });

  it('a failure that leads to the end ends the incident as failed', () => {
    const checks = fixtureRunbook('checks');
    const { state, events } = walk(checks, [
      { type: 'check-result', outcome: 'succeeded', decidedBy: 'answers' },
      { type: 'check-result', outcome: 'failed', decidedBy: 'answers' },
      {
        type: 'check-result',
        outcome: 'failed',
        decidedBy: 'command',
        timedOut: true,
        exitCode: null,
        signal: 'SIGTERM',
      },
    ]);
    expect(state).toMatchObject({ status: 'ended', outcome: 'failed' });
    expect(events.at(-1)).toMatchObject({ type: 'ended', outcome: 'failed', step: 'slow' });
  });

  it('refuses a check result on an action', () => {
    expect(() => walk(runbook, [{ type: 'check-result', outcome: 'succeeded', decidedBy: 'answers' }])).toThrow(
      WalkError,
    );
  });
});

describe('loops', () => {
  it('a loop with a way out: round twice, then out', () => {
    const runbook = fixtureRunbook('loop');
    const round: WalkInput[] = [{ type: 'answer', answer: 'No' }, { type: 'done' }];
    const { state } = walk(runbook, [{ type: 'done' }, ...round, ...round, { type: 'answer', answer: 'Yes' }]);
    expect(state.status).toBe('ended');
    expect(state.visits.map((v) => v.step)).toEqual(['report', 'back', 'wait', 'back', 'wait', 'back']);
  });

  it('a loop with no way out goes on as long as it is fed, and never ends', () => {
    const runbook = fixtureRunbook('endless');
    const { state } = walk(
      runbook,
      Array.from({ length: 50 }, () => ({ type: 'done' as const })),
    );
    expect(state.status).toBe('open');
    expect(state.visits).toHaveLength(51);
    expect(at(runbook, state)).toBe('first');
  });
});

describe('pause and resume', () => {
  const runbook = fixtureRunbook('loop');

  it('a paused incident takes no step until it is resumed', () => {
    const { state, events } = walk(runbook, [{ type: 'pause', reason: 'person' }]);
    expect(state).toMatchObject({ status: 'paused', pause: { reason: 'person' }, at: 0 });
    expect(events.at(-1)).toMatchObject({ type: 'paused', step: 'report', reason: 'person' });
    expect(() => advance(runbook, state, { type: 'done' }, T0)).toThrow(/paused/);
  });

  it('a resume by someone else is a hand-over: both names are kept', () => {
    const { state, events } = walk(runbook, [
      { type: 'pause', reason: 'interrupted' },
      { type: 'resume', person: 'lee' },
      { type: 'done' },
    ]);
    expect(events.at(-2)).toMatchObject({ type: 'resumed', person: 'lee', previousPerson: 'pat' });
    expect(events.at(-1)).toMatchObject({ type: 'step-done', person: 'lee' });
    expect(state).toMatchObject({ status: 'open', person: 'lee', people: ['pat', 'lee'] });
    expect(state.pause).toBeUndefined();
  });

  it('an ended incident takes nothing more', () => {
    const { state } = walk(fixtureRunbook('unnamed'), [{ type: 'done' }, { type: 'answer', answer: 'No' }]);
    expect(() => advance(fixtureRunbook('unnamed'), state, { type: 'note', text: 'x' }, T0)).toThrow(/ended/);
  });
});

describe('replay', () => {
  const scenarios: Array<[string, WalkInput[]]> = [
    [
      'every-kind',
      [
        { type: 'note', text: 'n' },
        { type: 'skip', reason: 'r' },
        { type: 'answer', answer: 'yes' },
        { type: 'check-started' },
        { type: 'check-result', outcome: 'failed', decidedBy: 'command', exitCode: 1, output: 'x\n' },
        { type: 'done' },
      ],
    ],
    [
      'loop',
      [
        { type: 'done' },
        { type: 'answer', answer: 'No' },
        { type: 'pause', reason: 'person' },
        { type: 'resume', person: 'lee' },
        { type: 'done' },
      ],
    ],
    ['checks', [{ type: 'check-result', outcome: 'succeeded', decidedBy: 'answers' }, { type: 'check-started' }]],
    ['endless', [{ type: 'done' }, { type: 'done' }, { type: 'done' }]],
  ];

  it.each(scenarios)('%s: replaying the events gives the state they came from, after every event', (id, inputs) => {
    const runbook = fixtureRunbook(id);
    for (let n = 0; n <= inputs.length; n++) {
      const { state, events } = walk(runbook, inputs.slice(0, n));
      expect(replay(runbook, events)).toEqual(state);
    }
  });

  it.each(scenarios)('%s: and so does replaying them read back from a journal file', (id, inputs) => {
    const runbook = fixtureRunbook(id);
    const { state, events } = walk(runbook, inputs);
    const read = parseJournal(Buffer.from(chained(events)), 'x.jsonl');
    expect(replay(runbook, read.events)).toEqual(state);
  });

  it('says which step is gone when the runbook lost a step the journal needs', () => {
    const runbook = fixtureRunbook('loop');
    const { events } = walk(runbook, [{ type: 'done' }, { type: 'answer', answer: 'No' }]);
    const changed: Runbook = { ...runbook, steps: runbook.steps.filter((s) => s.id !== 'wait') };
    expect(() => replay(changed, events)).toThrow(ReplayError);
    expect(() => replay(changed, events)).toThrow(/step wait, which loop no longer has/);
  });

  it('refuses a journal that does not begin with started', () => {
    const runbook = fixtureRunbook('loop');
    const { events } = walk(runbook, [{ type: 'done' }]);
    expect(() => replay(runbook, events.slice(1))).toThrow(/begins with "step-done"/);
  });

  it('refuses a step confirmed twice (a line written twice)', () => {
    const runbook = fixtureRunbook('loop');
    const { events } = walk(runbook, [{ type: 'note', text: 'a' }]);
    const done = { ...events[0]!, seq: 3, type: 'step-done', next: 'back' } as JournalEvent;
    expect(() => replay(runbook, [...events, done, { ...done, seq: 4, step: 'report' }])).toThrow(
      /event 4 \(step-done\) is about step report, but the walk is at back/,
    );
  });
});
