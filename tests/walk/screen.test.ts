import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { plainStyle, type Style } from '../../src/text/style.js';
import { runbookView } from '../../src/library/view.js';
import { advance, start, type WalkInput } from '../../src/walk/engine.js';
import { EXERCISE_BANNER, WalkScreen, type ScreenMode } from '../../src/walk/screen/screen.js';
import type { Runbook } from '../../src/format/model.js';
import type { JournalEvent } from '../../src/journal/events.js';
import { fixtureRunbook, T0, walkLibrary } from './walk-fixtures.js';

const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

function setup(
  options: {
    runbook?: Runbook;
    mode?: ScreenMode;
    drill?: boolean;
    style?: Style;
    inputs?: WalkInput[];
    columns?: () => number;
  } = {},
) {
  const runbook = options.runbook ?? fixtureRunbook('every-kind');
  let text = '';
  const out = { write: (s: string) => (text += s) };
  const screen = new WalkScreen(
    out,
    options.style ?? plainStyle,
    options.columns ?? (() => 80),
    runbookView(walkLibrary(), runbook),
    options.mode ?? 'cards',
  );
  let { state, events } = start(
    runbook,
    {
      incident: '20261123-091503-every-kind-abcd',
      person: 'pat',
      drill: options.drill ?? false,
      runbookHash: '',
      coopVersion: '',
    },
    T0,
  );
  let t = 0;
  for (const input of options.inputs ?? []) {
    const next = advance(runbook, state, input, minutes(++t));
    state = next.state;
    events = [...events, ...next.events];
  }
  return { screen, state, events, runbook, text: () => text, clear: () => (text = '') };
}

describe('the opening screen', () => {
  it('shows the title, the warnings in a frame no one can miss, and who to tell with their numbers', () => {
    const { screen, state, text } = setup();
    screen.opening(state, '/j/x.jsonl');
    expect(text()).toContain('Every kind of step');
    expect(text()).toContain('Incident 20261123-091503-every-kind-abcd · started by pat · record: /j/x.jsonl');
    expect(text()).toMatch(/!!!!+\n!! WARNING\n!! - Do not unplug the mail server\.\n!!!!+/);
    expect(text()).toContain('Tell these people now:\n  Office Director: (555) 010-0001\n    Directs the response');
  });

  it('in a drill, names who would be told in a real incident, not as if it were one', () => {
    const { screen, state, text } = setup({ drill: true });
    screen.opening(state, undefined);
    expect(text()).toContain('In a real incident you would tell these people now:\n  Office Director: (555) 010-0001');
    expect(text()).not.toContain('Tell these people now');
  });

  it('is red and bold where there is colour', () => {
    const { screen, state, text } = setup({ style: new Chalk({ level: 1 }) });
    screen.opening(state, undefined);
    expect(text()).toContain('\u001b[31m\u001b[1m!! WARNING');
  });
});

describe('notify_after', () => {
  it('names nobody before step 1, and the people to tell on the card after the step they wait for', () => {
    const runbook = fixtureRunbook('notify-after');
    const { screen, state, text, clear } = setup({ runbook });
    const steps = runbookView(walkLibrary(), runbook).steps;
    screen.opening(state, undefined);
    screen.card(state, steps[0]!, T0);
    expect(text()).not.toContain('Office Director');
    clear();
    const after = advance(runbook, state, { type: 'done' }, minutes(1)).state;
    screen.card(after, steps[1]!, minutes(1));
    expect(text()).toMatch(/Call the Help Desk\.[\s\S]*Tell these people now:\n {2}Office Director: \(555\) 010-0001/);
  });
});

describe('a step card', () => {
  it("shows the step's place in the runbook, the time since the start, and the time left of each RTO", () => {
    const { screen, state, text } = setup({ inputs: [{ type: 'done' }] });
    screen.card(state, runbookView(walkLibrary(), fixtureRunbook('every-kind')).steps[1]!, minutes(10));
    expect(text()).toContain(
      'Step 2 of 5 · 10m 00s since start · File share: 20m 00s left of its 30m RTO\nMail server: 3h 50m left of its 4h RTO',
    );
    expect(text()).toContain('Is mail down?');
    expect(text()).toContain('Why: Mail is the first thing people notice.');
  });

  it('wraps at the width the terminal has now: a resize between steps rewraps the next card', () => {
    let columns = 100;
    const { screen, state, text, clear } = setup({ columns: () => columns });
    const step = runbookView(walkLibrary(), fixtureRunbook('every-kind')).steps[0]!;
    screen.card(state, step, T0);
    expect(text()).toContain('!! - Do not wait for the Director before saving your work.');
    clear();
    columns = 40;
    screen.card(state, step, T0);
    expect(text()).toContain(`${'─'.repeat(40)}\n`);
    expect(text()).toContain('!! - Do not wait for the Director\n!!   before saving your work.');
    expect(
      text()
        .split('\n')
        .every((line) => line.length <= 40),
    ).toBe(true);
  });

  it('measures by display width: wide characters wrap before the edge, and a long word is broken', () => {
    const { screen, state, text } = setup({ columns: () => 40 });
    const step = runbookView(walkLibrary(), fixtureRunbook('every-kind')).steps[0]!;
    screen.card(state, { ...step, text: `${'停電'.repeat(15)} ${'x'.repeat(60)}`, why: undefined }, T0);
    const lines = text().split('\n');
    expect(lines).toContain('停電'.repeat(10));
    expect(lines).toContain('x'.repeat(40));
  });

  it('warns plainly once an RTO is exceeded', () => {
    const { screen, state, text } = setup();
    screen.card(state, runbookView(walkLibrary(), fixtureRunbook('every-kind')).steps[0]!, minutes(45));
    expect(text()).toContain('!! File share: recovery time objective (30m) EXCEEDED by 15m 00s');
    expect(text()).toContain('Mail server: 3h 15m left of its 4h RTO');
  });

  it("shows the step's warning, why, and its contacts with role and number", () => {
    const { screen, state, text } = setup();
    screen.card(state, runbookView(walkLibrary(), fixtureRunbook('every-kind')).steps[0]!, T0);
    expect(text()).toContain('Tell the Office Director.');
    expect(text()).toContain('!! - Do not wait for the Director before saving your work.');
    expect(text()).toContain('Why: The Director decides who does what.');
    expect(text()).toContain('Contact:\n  Office Director: (555) 010-0001\n    Directs the response');
  });

  it('shows a check command exactly as it will run', () => {
    const { screen, state, text } = setup({ inputs: [{ type: 'done' }, { type: 'answer', answer: 'Yes' }] });
    screen.card(state, runbookView(walkLibrary(), fixtureRunbook('every-kind')).steps[3]!, T0);
    expect(text()).toContain(
      'This check runs the command:\n  true\n  time limit 5s; it runs only if you choose to run it',
    );
  });

  it('shows nothing in log mode (a script gets one line per step instead)', () => {
    const { screen, state, text } = setup({ mode: 'log' });
    screen.card(state, runbookView(walkLibrary(), fixtureRunbook('every-kind')).steps[0]!, T0);
    expect(text()).toBe('');
  });
});

describe('drills', () => {
  it(`say "${EXERCISE_BANNER}" on every screen`, () => {
    const { screen, state, text, clear } = setup({ drill: true });
    const view = runbookView(walkLibrary(), fixtureRunbook('every-kind'));
    for (const show of [
      () => screen.opening(state, undefined),
      () => screen.card(state, view.steps[0]!, T0),
      () => screen.paused(state, 'coop resume x', '/j'),
      () => screen.ended(state, T0, '/j'),
    ]) {
      clear();
      show();
      expect(text()).toContain(EXERCISE_BANNER);
    }
  });
});

describe('log lines', () => {
  it('say what happened at each step, in order', () => {
    const { screen, events, runbook, text } = setup({
      mode: 'log',
      inputs: [
        { type: 'skip', reason: 'away' },
        { type: 'answer', answer: 'Yes' },
        { type: 'note', text: 'pinging' },
        { type: 'check-result', outcome: 'failed', decidedBy: 'command', exitCode: 1, durationMs: 1200 },
      ],
    });
    const ids = runbook.steps.map((s) => s.id);
    events.forEach((e: JournalEvent) => {
      screen.result(e, { number: ids.indexOf(e.step ?? '') + 1, of: ids.length, time: 1 }, true);
    });
    expect(text()).toBe(
      [
        '↷ Step 1 skipped: Tell the Office Director. (reason: away)',
        '? Step 2 Is mail down? Answer: Yes',
        '  note on step 4: pinging',
        '✘ Step 4 check failed: Can the mail server be reached? (exit 1, 1s)',
        '',
      ].join('\n'),
    );
  });

  it("wraps each line to a narrow terminal at a person's walk, continuing under its text; a log keeps one line an event", () => {
    const inputs: WalkInput[] = [{ type: 'skip', reason: 'the Director is away at a conference all week' }];
    for (const mode of ['cards', 'log'] as const) {
      const { screen, events, runbook, text } = setup({ mode, inputs, columns: () => 40 });
      const ids = runbook.steps.map((s) => s.id);
      for (const e of events)
        screen.result(e, { number: ids.indexOf(e.step ?? '') + 1, of: ids.length, time: 1 }, true);
      const skipped =
        '↷ Step 1 skipped: Tell the Office Director. (reason: the Director is away at a conference all week)';
      if (mode === 'log') expect(text()).toBe(`${skipped}\n`);
      else
        expect(text()).toBe(
          [
            '↷ Step 1 skipped: Tell the Office',
            '  Director. (reason: the Director is',
            '  away at a conference all week) (from',
            '  the answers file)',
            '',
          ].join('\n'),
        );
    }
  });
});

describe('the end', () => {
  it('does not call a step skipped and done on a later visit still to do', () => {
    const { screen, state, text } = setup({
      runbook: fixtureRunbook('loop'),
      inputs: [
        { type: 'done' },
        { type: 'answer', answer: 'No' },
        { type: 'skip', reason: 'no phone signal' },
        { type: 'answer', answer: 'No' },
        { type: 'done' },
        { type: 'answer', answer: 'Yes' },
      ],
    });
    screen.ended(state, minutes(99), '/j/x.jsonl');
    expect(text()).toContain('Done: 2 steps\n  ✔ Report the outage.\n  ✔ Wait ten minutes and update the Director.');
    expect(text()).not.toContain('Skipped, so still to do');
  });

  it('sums up what was done, skipped with reasons, answered, checked and noted; who to keep informed; where the record is', () => {
    const { screen, state, text } = setup({
      inputs: [
        { type: 'note', text: 'Director on the phone' },
        { type: 'done' },
        { type: 'answer', answer: 'Yes' },
        { type: 'check-result', outcome: 'failed', decidedBy: 'person' },
        { type: 'skip', reason: 'closed on Sundays' },
      ],
    });
    screen.ended(state, minutes(99), '/j/x.jsonl', 0, 'coop report 20261123-091503-every-kind-abcd');
    expect(text()).toContain('Runbook complete after 5m 00s.');
    expect(text()).toContain('Done: 1 step\n  ✔ Tell the Office Director.');
    expect(text()).toContain('Skipped, so still to do: 1\n  ↷ Call the Help Desk. (reason: closed on Sundays)');
    expect(text()).toContain('Answers:\n  ? Is mail down? Yes');
    expect(text()).toContain('Checks:\n  ✘ Can the mail server be reached? failed');
    expect(text()).toContain('Notes:\n  - Director on the phone (pat, at tell-director)');
    expect(text()).toContain(
      'Keep these people informed:\n  Office Director: (555) 010-0001\n    Directs the response\n  Help Desk: (555) 010-0002 · help@example.org',
    );
    expect(text()).toContain(
      'The record of this incident is in /j/x.jsonl\nThe report of what happened:\n  coop report 20261123-091503-every-kind-abcd',
    );
  });

  it('says when the walk ended at a failed check', () => {
    const checks = fixtureRunbook('checks');
    const { screen, state, text } = setup({
      runbook: checks,
      inputs: [
        { type: 'check-result', outcome: 'succeeded', decidedBy: 'answers' },
        { type: 'check-result', outcome: 'failed', decidedBy: 'answers' },
        { type: 'check-result', outcome: 'failed', decidedBy: 'answers' },
      ],
    });
    screen.ended(state, T0, undefined);
    expect(text()).toContain('Ended at a check that failed, after 3m 00s.');
    expect(text()).toContain('This walk was not recorded.');
  });

  it('a pause says exactly what to type to carry on', () => {
    const { screen, state, text } = setup({ inputs: [{ type: 'done' }, { type: 'pause', reason: 'person' }] });
    screen.paused(state, 'coop resume 20261123-091503-every-kind-abcd', '/j/x.jsonl');
    expect(text()).toBe(
      '\nPaused at step 2: Is mail down?\nEverything confirmed so far is saved in /j/x.jsonl\nTo carry on, type:\n  coop resume 20261123-091503-every-kind-abcd\n',
    );
  });
});

describe('runbook text on screen', () => {
  it('shows escape sequences from a file as visible text, never raw', () => {
    const base = fixtureRunbook('loop');
    const hostile: Runbook = {
      ...base,
      title: 'Clear \u001b[2J screen',
      warnings: ['Bell \u0007 here'],
      steps: [{ kind: 'action', id: 'report', do: 'Title \u001b]0;pwned\u0007 me' }, ...base.steps.slice(1)],
    };
    const { screen, state, text } = setup({ runbook: hostile });
    screen.opening(state, undefined);
    screen.card(state, runbookView(walkLibrary(), hostile).steps[0]!, T0);
    expect(text()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text()).toContain('Clear \\e[2J screen');
    expect(text()).toContain('Title \\e]0;pwned\\a me');
  });
});

describe('drawn again after Ctrl-Z and fg', () => {
  it('the first step: the opening and its card, as they were', () => {
    const { screen, state, text, clear, runbook } = setup();
    screen.opening(state, '/j/x.jsonl');
    screen.card(state, runbookView(walkLibrary(), runbook).steps[0]!, T0);
    const drawn = text();
    clear();
    screen.drawAgain();
    expect(text()).toBe(drawn);
  });

  it('a later step: its card and what was said since, not the steps before', () => {
    const { screen, state, text, clear, runbook } = setup({ inputs: [{ type: 'done' }] });
    const steps = runbookView(walkLibrary(), runbook).steps;
    screen.opening(state, '/j/x.jsonl');
    screen.card(state, steps[0]!, T0);
    clear();
    screen.card(state, steps[1]!, minutes(1));
    screen.say('Copied to the clipboard.');
    const drawn = text();
    clear();
    screen.drawAgain();
    expect(text()).toBe(drawn);
    expect(text()).not.toContain('Tell these people now');
  });

  it('a log (no person at a terminal) is never drawn again', () => {
    const { screen, state, text, clear } = setup({ mode: 'log' });
    screen.opening(state, '/j/x.jsonl');
    clear();
    screen.drawAgain();
    expect(text()).toBe('');
  });
});
