import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { IO } from '../../src/system/io.js';
import { Interrupted } from '../../src/system/errors.js';
import { InteractiveDriver } from '../../src/walk/drivers/interactive.js';
import { inquirerPrompter } from '../../src/walk/drivers/prompter.js';
import { ESC, scriptedPrompter } from '../helpers/scripted-prompter.js';
import { fixtureRunbook, walkLibrary } from './walk-fixtures.js';
import { runbookFinder } from '../../src/walk/find-runbook.js';
import { loadLibrary } from '../../src/library/load.js';
import { SHIPPED_RUNBOOKS } from '../helpers/paths.js';

const every = fixtureRunbook('every-kind');
const finder = () => runbookFinder(walkLibrary().runbooks.map((r) => r.value));
const [action, decision, , check] = every.steps as [never, never, never, never];
const SKIP = 'Why skip it? (Enter alone goes back to the step)';

describe('the interactive driver', () => {
  it('an action: Done, Skip, Add a note or Pause', async () => {
    const { prompter, asked } = scriptedPrompter(['Done']);
    expect(await new InteractiveDriver(prompter).decide(action, { canGoBack: false })).toEqual({
      kind: 'input',
      input: { type: 'done' },
    });
    expect(asked).toEqual([
      {
        kind: 'select',
        message: 'Is it done?',
        choices: ['Done', 'Skip this step', 'Add a note', 'Pause - carry on later'],
      },
    ]);
  });

  it('an edited update is asked about again, to copy and send it, and recorded as sent only then', async () => {
    const copied: string[] = [];
    const { prompter, asked } = scriptedPrompter([
      'Edit the update first',
      ' Power still out; servers down at 09:20. ',
      'Copy it to the clipboard',
      'Sent: record this update',
    ]);
    const move = await new InteractiveDriver(prompter).decide(action, {
      canGoBack: false,
      update: { text: 'Power out since 09:12.', copy: async (text) => void copied.push(text) },
    });
    expect(move).toEqual({
      kind: 'input',
      input: { type: 'done' },
      update: 'Power still out; servers down at 09:20.',
    });
    expect(copied).toEqual(['Power still out; servers down at 09:20.']);
    expect(asked.map((a) => a.message)).toEqual([
      'Is it sent?',
      'Update (Tab puts these words in to edit; Enter alone keeps them):',
      'Is it sent?',
      'Is it sent?',
    ]);
  });

  it('Skip asks for a reason; Enter alone goes back to the step, with nothing recorded', async () => {
    const { prompter, asked } = scriptedPrompter(['Skip this step', '  ', 'Skip this step', ' The Director is away ']);
    expect(await new InteractiveDriver(prompter).decide(action, { canGoBack: false })).toEqual({
      kind: 'input',
      input: { type: 'skip', reason: 'The Director is away' },
    });
    expect(asked.map((a) => a.message)).toEqual([
      'Is it done?',
      'Why skip it? (Enter alone goes back to the step)',
      'Is it done?',
      'Why skip it? (Enter alone goes back to the step)',
    ]);
  });

  it('Skip chosen by mistake, then Done: the step is done', async () => {
    const { prompter } = scriptedPrompter(['Skip this step', '', 'Done']);
    expect(await new InteractiveDriver(prompter).decide(action, { canGoBack: false })).toEqual({
      kind: 'input',
      input: { type: 'done' },
    });
  });

  describe('Esc goes back, and never changes the record by itself', () => {
    it('from a note: back to the step question, with no note', async () => {
      const { prompter, asked } = scriptedPrompter(['Add a note', ESC, 'Done']);
      expect(await new InteractiveDriver(prompter).decide(action, { canGoBack: false })).toEqual({
        kind: 'input',
        input: { type: 'done' },
      });
      expect(asked.map((a) => a.message)).toEqual(['Is it done?', 'Note:', 'Is it done?']);
    });

    it('from the reason for a skip: back to the step question, not skipped', async () => {
      const { prompter, asked } = scriptedPrompter(['Skip this step', ESC, 'Done']);
      expect(await new InteractiveDriver(prompter).decide(action, { canGoBack: false })).toEqual({
        kind: 'input',
        input: { type: 'done' },
      });
      expect(asked.map((a) => a.message)).toEqual(['Is it done?', SKIP, 'Is it done?']);
    });

    it("from an update's words: the draft as it was", async () => {
      const { prompter } = scriptedPrompter(['Edit the update first', ESC, 'Sent: record this update']);
      const move = await new InteractiveDriver(prompter).decide(action, {
        canGoBack: false,
        update: { text: 'Power out since 09:12.' },
      });
      expect(move).toEqual({ kind: 'input', input: { type: 'done' }, update: 'Power out since 09:12.' });
    });

    it('at each step question: shows the way back to the step before, where there is one', async () => {
      for (const step of [action, decision, check]) {
        const { prompter, asked } = scriptedPrompter([ESC, 'Pause - carry on later', 'Pause - carry on later']);
        const driver = new InteractiveDriver(prompter);
        await driver.decide(step, { canGoBack: true });
        await driver.decide(step, { canGoBack: false });
        expect(asked.map((a) => a.escape)).toEqual(['show: Go back to the step before', undefined]);
      }
    });

    it('at the step question, a second Esc in a row goes back to the step before', async () => {
      const { prompter } = scriptedPrompter([ESC, ESC]);
      expect(await new InteractiveDriver(prompter).decide(decision, { canGoBack: true })).toEqual({
        kind: 'input',
        input: { type: 'back' },
      });
    });

    it('at "Is that right?" before ending the runbook early: no, back to the question', async () => {
      const { prompter, asked } = scriptedPrompter([ESC]);
      expect(await new InteractiveDriver(prompter).confirmEnd()).toBe(false);
      expect(asked[0]!.escape).toBe('No, go back to the question');
    });

    it('at "Did you mean": none of these, every runbook', async () => {
      const { prompter } = scriptedPrompter([ESC]);
      const near = walkLibrary()
        .runbooks.map((r) => r.value)
        .slice(0, 2);
      expect(await new InteractiveDriver(prompter).chooseNear('powr', near)).toBeUndefined();
    });
  });

  it('Add a note gives a note and stays on the step', async () => {
    const { prompter } = scriptedPrompter(['Add a note', 'Voicemail left at 9:20']);
    expect(await new InteractiveDriver(prompter).decide(action, { canGoBack: false })).toEqual({
      kind: 'input',
      input: { type: 'note', text: 'Voicemail left at 9:20' },
    });
  });

  it('Pause pauses', async () => {
    const { prompter } = scriptedPrompter(['Pause - carry on later']);
    expect(await new InteractiveDriver(prompter).decide(action, { canGoBack: false })).toEqual({ kind: 'pause' });
  });

  it('a decision offers its answers, then a note and pause', async () => {
    const { prompter, asked } = scriptedPrompter(['Not sure']);
    expect(await new InteractiveDriver(prompter).decide(decision, { canGoBack: false })).toEqual({
      kind: 'input',
      input: { type: 'answer', answer: 'Not sure' },
    });
    expect(asked[0]!.choices).toEqual(['Yes', 'No', 'Not sure', 'Add a note', 'Pause - carry on later']);
  });

  it.each([
    ['Run it now', { kind: 'run-check' }],
    [
      'I checked by hand: it worked',
      { kind: 'input', input: { type: 'check-result', outcome: 'succeeded', decidedBy: 'person' } },
    ],
    [
      'I checked by hand: it did not work',
      { kind: 'input', input: { type: 'check-result', outcome: 'failed', decidedBy: 'person' } },
    ],
  ])('a check runs its command only when asked to: %s', async (reply, move) => {
    const { prompter } = scriptedPrompter([reply]);
    expect(await new InteractiveDriver(prompter).decide(check, { canGoBack: false })).toEqual(move);
  });

  it('"What is happening?" lists the runbooks by title and filters as the person types', async () => {
    const { prompter, asked } = scriptedPrompter(['round']);
    expect(await new InteractiveDriver(prompter).chooseRunbook('What is happening?', await finder(), [])).toEqual({
      kind: 'runbook',
      id: 'endless',
    });
    expect(asked).toEqual([{ kind: 'search', message: 'What is happening?', choices: ['Round and round'] }]);
  });

  it('with nothing typed it lists every runbook, by title', async () => {
    const { prompter, asked } = scriptedPrompter(['']);
    await new InteractiveDriver(prompter).chooseRunbook('What is happening?', await finder(), []);
    expect(asked[0]!.choices).toEqual([
      'Checks that pass, fail and time out',
      'Every kind of step',
      'Get out first',
      'Round and round',
      'Steps without ids',
      'Wait until it is back',
    ]);
  });

  it('offers the open incidents first, and those of the runbooks that match what is typed', async () => {
    const open = {
      incident: '20261123-091200-loop-ab12',
      runbook: 'loop',
      name: 'Carry on: Wait until it is back, started 09:12 by Alice',
      description: '20261123-091200-loop-ab12 · stopped at step 2: Is it back?',
    };
    const { prompter, asked } = scriptedPrompter(['', 'round']);
    const driver = new InteractiveDriver(prompter);
    expect(await driver.chooseRunbook('What is happening?', await finder(), [open])).toEqual({
      kind: 'carry-on',
      incident: open.incident,
    });
    expect(asked[0]!.choices![0]).toBe(open.name);
    await driver.chooseRunbook('What is happening?', await finder(), [open]);
    expect(asked[1]!.choices).toEqual(['Round and round']);
  });
});

describe('finding a runbook in the shipped plan by what people type', () => {
  it.each([
    ['no power', 'power-loss'],
    ['power out', 'power-loss'],
    ['blackout', 'power-loss'],
    ['email', 'outlook-offline'],
    ['outlok', 'outlook-offline'],
    ['storm', 'severe-weather'],
    ['tornado', 'severe-weather'],
    ['fire alarm', 'fire'],
    ['fier', 'fire'],
    ['servr down', 'servers-offline'],
    ['databse', 'database-down'],
  ])('"%s" finds %s first', async (typed, id) => {
    const shipped = loadLibrary(SHIPPED_RUNBOOKS).runbooks.map((r) => r.value);
    expect((await runbookFinder(shipped)).find(typed)[0]?.id).toBe(id);
  });

  // Only what comes close to the best: "smoke" also offered the FileMaker database, "flood" Outlook.
  it.each([
    ['smoke', ['fire']],
    ['flood', ['fire']],
    ['fire', ['fire']],
    ['email', ['outlook-offline']],
    ['storm', ['severe-weather']],
    ['server', ['servers-offline']],
  ])('"%s" offers %j and nothing that only shares some letters', async (typed, ids) => {
    const shipped = loadLibrary(SHIPPED_RUNBOOKS).runbooks.map((r) => r.value);
    expect((await runbookFinder(shipped)).find(typed).map((r) => r.id)).toEqual(ids);
  });

  it('a mistyped id on the command line comes close to the runbook meant', async () => {
    const shipped = loadLibrary(SHIPPED_RUNBOOKS).runbooks.map((r) => r.value);
    expect((await runbookFinder(shipped)).near('power').map((r) => r.id)).toEqual(['power-loss']);
  });
});

describe('the inquirer prompts', () => {
  /** Real inquirer prompts over in-memory streams: keys in, screen out. */
  async function realPrompter(color = false) {
    const stdin = new PassThrough();
    const out = new PassThrough();
    // As process.stdout: a prompt's pipe() never ends the terminal, so coop may write to it after a prompt.
    out.end = () => out;
    let screen = '';
    out.on('data', (d: Buffer) => (screen += d.toString()));
    const io = { stdin, stdout: out, stderr: out } as unknown as IO;
    const prompter = await inquirerPrompter(io, 'stdout', color, { signal: new AbortController().signal });
    const keys = async (...sequence: string[]) => {
      // Let the prompt draw before each key, as a person would.
      for (const key of sequence) {
        await new Promise((r) => setTimeout(r, 20));
        stdin.write(key);
      }
    };
    return { driver: new InteractiveDriver(prompter), keys, screen: () => screen };
  }
  const DOWN = '\u001b[B';
  const ENTER = '\r';
  const CTRL_C = '\u0003';

  it('a person skips a step with the arrow keys and types the reason', async () => {
    const { driver, keys } = await realPrompter();
    const move = driver.decide(action, { canGoBack: false });
    await keys(DOWN, ENTER, ...'locked out', ENTER);
    expect(await move).toEqual({ kind: 'input', input: { type: 'skip', reason: 'locked out' } });
  });

  it('a note chosen at a question is not echoed as its answer', async () => {
    const { driver, keys, screen } = await realPrompter();
    const move = driver.decide(decision, { canGoBack: false });
    await keys(DOWN, DOWN, DOWN, ENTER, ...'voicemail left', ENTER); // Yes, No, Not sure, then Add a note
    expect(await move).toEqual({ kind: 'input', input: { type: 'note', text: 'voicemail left' } });
    expect(screen()).toContain('Answer: not yet - a note first');
    expect(screen()).not.toContain('Answer: Add a note');
  });

  it('Ctrl-C at a prompt is an interruption, not a crash', async () => {
    const { driver, keys } = await realPrompter();
    const move = driver.decide(decision, { canGoBack: false });
    await keys(CTRL_C);
    await expect(move).rejects.toBeInstanceOf(Interrupted);
  });

  it('typing filters the runbooks', async () => {
    const { driver, keys, screen } = await realPrompter();
    const chosen = driver.chooseRunbook('What is happening?', await finder(), []);
    await keys(...'wait', ENTER);
    expect(await chosen).toEqual({ kind: 'runbook', id: 'loop' });
    expect(screen()).toContain('What is happening?');
  });

  it('words that match nothing offer every runbook, and say why, instead of a dead end', async () => {
    const { driver, keys, screen } = await realPrompter();
    const runbooks = walkLibrary().runbooks.map((r) => r.value);
    const chosen = driver.chooseRunbook('What is happening?', await finder(), []);
    await keys(...'zzqx', ENTER);
    // The first in title order, where Enter lands.
    const first = [...runbooks].sort((a, b) => a.title.localeCompare(b.title))[0]!;
    expect(await chosen).toEqual({ kind: 'runbook', id: first.id });
    expect(screen()).toContain('Nothing matches "zzqx", so every runbook is here.');
    expect(screen()).not.toContain('No results found');
  });

  it.each([
    [false, false],
    [true, true],
  ])('colour %s: colour codes on screen %s, even where inquirer would colour by itself', async (color, coloured) => {
    const before = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '1';
    try {
      const { driver, keys, screen } = await realPrompter(color);
      const move = driver.decide(action, { canGoBack: false });
      await keys(DOWN, ENTER, ...'x', ENTER);
      await move;
      // Cursor movement is the prompt's own business; colour codes (ESC [ n m) are ours to allow.
      expect(/\u001b\[\d+(;\d+)*m/.test(screen())).toBe(coloured);
    } finally {
      if (before === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = before;
    }
  });
});
