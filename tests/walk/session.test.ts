import { describe, expect, it } from 'vitest';
import type { JournalEvent } from '../../src/journal/events.js';
import type { WriteStatus } from '../../src/journal/writer.js';
import type { Runbook } from '../../src/format/model.js';
import { plainStyle } from '../../src/text/style.js';
import { runbookView } from '../../src/library/view.js';
import { Interrupted } from '../../src/system/errors.js';
import { parseAnswers } from '../../src/walk/drivers/answers.js';
import type { CheckRun } from '../../src/walk/check-runner.js';
import { start } from '../../src/walk/engine.js';
import type { InteractiveDriver } from '../../src/walk/drivers/interactive.js';
import { WalkScreen } from '../../src/walk/screen/screen.js';
import { ScriptedDriver, type Move } from '../../src/walk/drivers/scripted.js';
import { runSession, type SessionParts } from '../../src/walk/session.js';
import type { SourceFile } from '../../src/library/source-file.js';
import { fixtureRunbook, ticking, walkLibrary } from './walk-fixtures.js';

const FILE: SourceFile = {
  displayPath: 'answers.yaml',
  absolutePath: '/answers.yaml',
  text: '',
  locate: () => ({ line: 1, col: 1 }),
  lineText: () => '',
};

const ran = (over: Partial<CheckRun> = {}): CheckRun => ({
  outcome: 'succeeded',
  exitCode: 0,
  signal: null,
  timedOut: false,
  interrupted: false,
  durationMs: 5,
  output: 'ok\n',
  outputTruncated: false,
  couldNotRun: false,
  ...over,
});

/** A person who gives these moves, in order, and means an answer that ends the runbook. */
function person(moves: Array<Move | 'ctrl-c'>): InteractiveDriver {
  return {
    confirmEnd: async () => true,
    decide: async () => {
      const move = moves.shift();
      if (move === undefined) throw new Error('the person was asked more than the test planned');
      if (move === 'ctrl-c') throw new Interrupted();
      return move;
    },
  } as unknown as InteractiveDriver;
}

function session(
  runbook: Runbook,
  over: Partial<SessionParts> & {
    answers?: object;
    yes?: boolean;
    allowCommands?: boolean;
    writes?: () => WriteStatus;
  } = {},
) {
  let text = '';
  const journal: JournalEvent[] = [];
  const emitted: JournalEvent[] = [];
  const controller = new AbortController();
  const parts: SessionParts = {
    runbook,
    view: runbookView(walkLibrary(), runbook),
    screen: new WalkScreen(
      { write: (s: string) => (text += s) },
      plainStyle,
      () => 80,
      runbookView(walkLibrary(), runbook),
      'log',
    ),
    journal: {
      append: (events) => {
        journal.push(...events);
        return { ...(over.writes?.() ?? { ok: true, pending: 0 }), lines: events.map((e) => JSON.stringify(e)) };
      },
    },
    emit: (line) => emitted.push(JSON.parse(line) as JournalEvent),
    script:
      over.answers || over.yes || over.allowCommands || !over.person
        ? new ScriptedDriver(runbook, over.answers ? parseAnswers(over.answers, FILE, runbook) : undefined, {
            yes: Boolean(over.yes),
            allowCommands: Boolean(over.allowCommands),
          })
        : undefined,
    runCheck: async () => ran(),
    now: ticking(),
    signal: controller.signal,
    ...over,
  };
  const first = start(
    runbook,
    { incident: 'i-1', person: 'pat', drill: false, runbookHash: 'sha256:0', coopVersion: 't' },
    new Date(0),
  );
  return { run: () => runSession(parts, first), journal, emitted, text: () => text, controller };
}

const types = (events: JournalEvent[]) => events.map((e) => e.type);

describe('a walk session', () => {
  it('records every event, emits it, and ends', async () => {
    const s = session(fixtureRunbook('loop'), { answers: { back: ['No', 'Yes'] }, yes: true });
    const end = await s.run();
    expect(end.kind).toBe('ended');
    expect(types(s.journal)).toEqual(['started', 'step-done', 'answered', 'step-done', 'answered', 'ended']);
    expect(s.emitted).toEqual(s.journal);
  });

  it('runs an allowed check and records its start, its output and its outcome', async () => {
    const s = session(fixtureRunbook('every-kind'), {
      answers: { 'mail-down': 'Yes' },
      yes: true,
      allowCommands: true,
      runCheck: async () => ran({ outcome: 'failed', exitCode: 2, output: 'unreachable\n' }),
    });
    await s.run();
    expect(types(s.journal)).toEqual([
      'started',
      'step-done',
      'answered',
      'check-started',
      'check-result',
      'step-done',
      'ended',
    ]);
    expect(s.journal[4]).toMatchObject({
      type: 'check-result',
      outcome: 'failed',
      decidedBy: 'command',
      exitCode: 2,
      output: 'unreachable\n',
      next: 'call-helpdesk',
    });
    expect(s.text()).toContain('  running: true\n  | unreachable\n✘ Step 4 check failed');
  });

  const notFound = ran({
    outcome: 'failed',
    exitCode: 127,
    output: 'sh: 1: mailcheck: not found\n',
    couldNotRun: true,
  });

  it('a command that could not run is no failed check: it says so, notes it, and the person checks by hand', async () => {
    const asked: Move[] = [
      { kind: 'run-check' },
      { kind: 'input', input: { type: 'check-result', outcome: 'succeeded', decidedBy: 'person' } },
    ];
    const s = session(fixtureRunbook('every-kind'), {
      answers: { 'mail-down': 'Yes' },
      yes: true,
      person: person(asked),
      runCheck: async () => notFound,
    });
    expect((await s.run()).kind).toBe('ended');
    expect(asked).toEqual([]);
    expect(types(s.journal)).toEqual([
      'started',
      'step-done',
      'answered',
      'check-started',
      'note',
      'check-result',
      'ended',
    ]);
    expect(s.journal[4]).toMatchObject({
      text: 'The command could not run (exit 127); the check is to be made by hand.',
    });
    expect(s.journal[5]).toMatchObject({ outcome: 'succeeded', decidedBy: 'person' });
    // A sentence is broken between words within the terminal's width: read as one.
    expect(s.text().replace(/\n/g, ' ')).toContain(
      '! The command could not run (exit 127), so this says nothing about what it checks. Please check by hand, then choose what you found.',
    );
    expect(s.text()).not.toContain('check failed');
  });

  it('in scripted use, a command that could not run pauses for an answer instead of failing the check', async () => {
    const s = session(fixtureRunbook('every-kind'), {
      answers: { 'mail-down': 'Yes' },
      yes: true,
      allowCommands: true,
      runCheck: async () => notFound,
    });
    expect(await s.run()).toMatchObject({
      kind: 'paused',
      reason: 'needs-answer',
      message: expect.stringContaining('could not run (exit 127): check by hand'),
    });
    expect(types(s.journal).slice(-3)).toEqual(['check-started', 'note', 'paused']);
  });

  it('Ctrl-C while a command runs pauses the incident as interrupted', async () => {
    const s = session(fixtureRunbook('every-kind'), {
      answers: { 'mail-down': 'Yes' },
      yes: true,
      allowCommands: true,
      runCheck: async () => ran({ interrupted: true, outcome: 'failed' }),
    });
    const end = await s.run();
    expect(end).toMatchObject({ kind: 'paused', reason: 'interrupted' });
    expect(types(s.journal).slice(-2)).toEqual(['check-started', 'paused']);
  });

  it('a signal that arrives after an answer pauses before the next step, keeping the answer', async () => {
    const controller = new AbortController();
    const answerThenSignal = {
      decide: async () => {
        controller.abort('SIGTERM');
        return { kind: 'input', input: { type: 'done' } } as Move;
      },
    } as unknown as InteractiveDriver;
    const s = session(fixtureRunbook('loop'), { person: answerThenSignal, signal: controller.signal });
    expect(await s.run()).toMatchObject({ kind: 'paused', reason: 'interrupted' });
    expect(types(s.journal)).toEqual(['started', 'step-done', 'paused']);
    expect(s.journal.at(-1)).toMatchObject({ step: 'back' });
  });

  it('Ctrl-C at a prompt pauses as interrupted; Pause pauses as the person', async () => {
    const a = session(fixtureRunbook('loop'), {
      person: person([{ kind: 'input', input: { type: 'done' } }, 'ctrl-c']),
    });
    expect(await a.run()).toMatchObject({ kind: 'paused', reason: 'interrupted' });
    expect(a.journal.at(-1)).toMatchObject({ type: 'paused', reason: 'interrupted', step: 'back' });
    const b = session(fixtureRunbook('loop'), { person: person([{ kind: 'pause' }]) });
    expect(await b.run()).toMatchObject({ kind: 'paused', reason: 'person' });
  });

  it('asks the person only where the answers are silent', async () => {
    const asked: Move[] = [{ kind: 'input', input: { type: 'answer', answer: 'Yes' } }];
    const s = session(fixtureRunbook('loop'), { yes: true, person: person(asked) });
    expect((await s.run()).kind).toBe('ended');
    expect(asked).toEqual([]);
    expect(s.journal[1]).toMatchObject({ type: 'step-done', step: 'report' });
  });

  it('without a person, a missing answer pauses with the reason and the message', async () => {
    const s = session(fixtureRunbook('loop'), { yes: true });
    const end = await s.run();
    expect(end).toMatchObject({
      kind: 'paused',
      reason: 'needs-answer',
      message: expect.stringContaining('step back asks "Is it back?"'),
    });
    expect(s.journal.at(-1)).toMatchObject({
      type: 'paused',
      reason: 'needs-answer',
      detail: expect.stringContaining('step back asks'),
    });
  });

  it('records a note given in the answers before the answer', async () => {
    const s = session(fixtureRunbook('loop'), {
      answers: { report: { done: true, note: 'Told reception' }, back: 'Yes' },
    });
    await s.run();
    expect(types(s.journal)).toEqual(['started', 'note', 'step-done', 'answered', 'ended']);
  });

  it('says once when the journal cannot be written, keeps going, and says when it can again', async () => {
    const statuses: WriteStatus[] = [
      { ok: true, pending: 0 },
      { ok: false, pending: 1, error: 'the disk is full' },
      { ok: false, pending: 2, error: 'the disk is full' },
      { ok: true, pending: 0 },
    ];
    const s = session(fixtureRunbook('loop'), {
      answers: { back: ['No', 'Yes'] },
      yes: true,
      writes: () => statuses.shift() ?? { ok: true, pending: 0 },
    });
    expect((await s.run()).kind).toBe('ended');
    expect(s.text().match(/The record cannot be written/g)).toHaveLength(1);
    expect(s.text().replace(/\n/g, ' ')).toContain(
      '!! The record cannot be written (the disk is full). 1 event is kept in memory and will be written as soon as possible; carry on.',
    );
    expect(s.text()).toContain('The record is written again; nothing was lost.');
  });
});
