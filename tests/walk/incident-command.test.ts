// `coop incident` run in-process with a fake terminal: the command's wiring
// (picker, prompts on the right stream, journal, exit codes) without a build.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type IncidentOptions } from '../../src/commands/incident.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';
import { tempDir } from '../helpers/paths.js';
import { fakeIO } from '../helpers/fake-io.js';
import { Interrupted } from '../../src/system/errors.js';
import { localTimeOrDay } from '../../src/text/local-time.js';
import { T0, WALK_LIBRARY } from './walk-fixtures.js';

/** A terminal in memory (tests/helpers/fake-terminal.ts) and a journal folder for `coop incident` to write in. */
function terminal(stdoutIsTTY = true) {
  const t = fakeTerminal({ now: T0, stdoutIsTTY });
  const journalDir = tempDir();
  const options = (over: Partial<IncidentOptions>): IncidentOptions => ({
    runbooks: WALK_LIBRARY,
    journalDir,
    drill: false,
    ...over,
  });
  const journal = () =>
    readJournalFile(join(journalDir, readdirSync(journalDir).find((n) => n.endsWith('.jsonl'))!)).events;
  return { ...t, options, journal, journalDir };
}

const { enter: ENTER, down: DOWN } = KEYS;
const CTRL_C = '\u0003';

describe('coop incident at a terminal', () => {
  it('asks what is happening, walks the chosen runbook to the end, exit 0', async () => {
    const t = terminal();
    const done = run(t.options({}), t.io);
    // Type once the list has loaded; then choose what the filter leaves.
    await t.typeWhen('Wait until it is back', ...'wait until');
    await t.typeWhen('❯ Wait until it is back', ENTER);
    await t.typeWhen('Report the outage.', ENTER);
    await t.typeWhen('Is it back?', ENTER);
    await t.typeWhen('That ends this runbook here', DOWN, ENTER);
    expect(await done).toBe(0);
    expect(t.journal().map((e) => e.type)).toEqual(['started', 'step-done', 'answered', 'ended']);
    expect(t.drawn.stdout).toContain('Runbook complete');
  });

  it('--yes on a terminal does the actions and still asks the decisions', async () => {
    const t = terminal();
    const done = run(t.options({ runbook: 'loop', yes: true }), t.io);
    await t.typeWhen('Answer:', DOWN, ENTER);
    await t.typeWhen('Step 2 of 3 (2nd time)', ENTER);
    await t.typeWhen('That ends this runbook here', DOWN, ENTER);
    expect(await done).toBe(0);
    expect(t.drawn.stdout).toContain('✔ Step 1 done: Report the outage. (from the answers file)');
    expect(t.journal().map((e) => e.type)).toEqual([
      'started',
      'step-done',
      'answered',
      'step-done',
      'answered',
      'ended',
    ]);
  });

  it('with stdout piped, the cards and prompts go to the terminal on stderr', async () => {
    const t = terminal(false);
    const done = run(t.options({ runbook: 'unnamed' }), t.io);
    await t.typeWhen('Is it done?', DOWN, DOWN, DOWN, ENTER);
    expect(await done).toBe(130);
    expect(t.drawn.stdout).toBe('');
    expect(t.drawn.stderr).toContain('First thing.');
    expect(t.drawn.stderr).toContain('To carry on, type:');
  });

  it('a mistyped runbook id is not a dead end at a terminal: coop offers the runbook it comes close to', async () => {
    const t = terminal();
    const done = run(t.options({ runbook: 'loopp' }), t.io);
    await t.typeWhen('There is no runbook "loopp". Did you mean:', ENTER);
    await t.typeWhen('Is it done?', DOWN, DOWN, DOWN, ENTER); // Pause
    expect(await done).toBe(130);
    expect(t.journal()[0]).toMatchObject({ type: 'started', runbook: 'loop' });
  });

  it('an open incident is offered first, and one of the same runbook is carried on rather than started twice', async () => {
    const t = terminal();
    const first = run(t.options({ runbook: 'loop', as: 'Alice' }), t.io);
    await t.typeWhen('Is it done?', DOWN, DOWN, DOWN, ENTER); // Pause
    expect(await first).toBe(130);

    const picker = run(t.options({}), t.io);
    await t.typeWhen(`❯ Carry on: Wait until it is back, started ${localTimeOrDay(T0, T0)} by Alice`, CTRL_C);
    await expect(picker).rejects.toBeInstanceOf(Interrupted);

    const again = run(t.options({ runbook: 'loop' }), t.io);
    await t.typeWhen('This runbook has an open incident', ENTER); // Carry on
    await t.typeWhen('Resumed by pat, taking over from Alice.', DOWN, DOWN, DOWN, ENTER); // Pause
    expect(await again).toBe(130);
    // The step's own full stop ends the sentence once: "(… Report the outage).", not ".)."
    expect(t.drawn.stdout.replace(/\s+/g, ' ')).toContain('paused at step 1: Report the outage).');
    expect(readdirSync(t.journalDir).filter((n) => n.endsWith('.jsonl'))).toHaveLength(1);
    expect(t.journal().map((e) => e.type)).toEqual(['started', 'paused', 'resumed', 'paused']);
  });

  it('--as with no name is refused rather than recorded as the login name', async () => {
    const t = terminal();
    await expect(run(t.options({ runbook: 'loop', as: ' ' }), t.io)).rejects.toThrow(
      '--as needs a name, for the record (like --as "Pat Smith"); leave --as out to be recorded as your login name',
    );
  });

  it('Go back after a mistaken "Yes" returns to the question; the journal keeps both answers', async () => {
    const t = terminal();
    const done = run(t.options({ runbook: 'unnamed' }), t.io);
    await t.typeWhen('Is it done?', ENTER);
    await t.typeWhen('Carry on?', ENTER); // Yes, by mistake
    await t.typeWhen('Last thing.', DOWN, DOWN, DOWN, DOWN, ENTER); // Go back to the step before
    await t.typeWhen('Back to step 2', DOWN, ENTER); // No, which ends the runbook...
    await t.typeWhen('That ends this runbook here', DOWN, ENTER); // ...and that is right
    expect(await done).toBe(0);
    expect(t.journal().map((e) => (e.type === 'answered' ? e.answer : e.type))).toEqual([
      'started',
      'step-done',
      'Yes',
      'went-back',
      'No',
      'ended',
    ]);
  });

  it('an answer that ends the runbook before its later steps is confirmed first, and can be taken back', async () => {
    const t = terminal();
    const done = run(t.options({ runbook: 'unnamed' }), t.io);
    await t.typeWhen('Is it done?', ENTER);
    await t.typeWhen('Carry on?', DOWN, ENTER); // No: the end
    await t.typeWhen('That ends this runbook here', ENTER); // a reflexive Enter goes back to the question
    await t.typeWhen('No, go back to the question', ENTER); // Yes
    await t.typeWhen('Last thing.', DOWN, DOWN, DOWN, ENTER); // Pause
    expect(await done).toBe(130);
    expect(t.journal().map((e) => (e.type === 'answered' ? e.answer : e.type))).toEqual([
      'started',
      'step-done',
      'Yes',
      'paused',
    ]);
  });

  it('a drill asks which runbook to rehearse, not what is happening', async () => {
    const t = terminal();
    const done = run(t.options({ drill: true }), t.io);
    await t.typeWhen('Which runbook do you want to rehearse?', '\u0003');
    await expect(done).rejects.toBeInstanceOf(Interrupted); // before any incident: nothing to save
    expect(t.drawn.stdout).not.toContain('What is happening?');
  });

  it('a drill says so on every card', async () => {
    const t = terminal();
    const done = run(t.options({ runbook: 'unnamed', drill: true }), t.io);
    await t.typeWhen('Is it done?', ENTER);
    await t.typeWhen('Carry on?', DOWN, ENTER);
    await t.typeWhen('That ends this runbook here', DOWN, ENTER);
    expect(await done).toBe(0);
    expect(t.drawn.stdout.match(/EXERCISE - not a real incident/g)).toHaveLength(4); // opening, two cards, the end
    expect(t.journal()[0]).toMatchObject({ type: 'started', drill: true, person: 'pat' });
  });
});

describe('coop incident in a script', () => {
  it('warns, and starts anyway, when the runbook has an incident open already; the warning says how to carry that one on', async () => {
    const journalDir = tempDir();
    const options = { runbooks: WALK_LIBRARY, journalDir, drill: false, runbook: 'loop' };
    const first = fakeIO({ env: { COOP_NO_CACHE: '1' } });
    expect(await run(options, first)).toBe(2); // paused: nothing answers step 1
    const open = readdirSync(journalDir)
      .find((n) => n.endsWith('.jsonl'))!
      .replace(/\.jsonl$/, '');

    const second = fakeIO({ env: { COOP_NO_CACHE: '1', npm_command: 'exec' } });
    expect(await run(options, second)).toBe(2);
    expect(second.err()).toContain(
      // With the library and journal folder it was given: typed as printed, it carries on that incident with its own runbook.
      `coop: warning: an incident of loop is still open (${open} · paused at step 1: Report the outage.); starting another. To carry that one on instead: npx coop resume ${open} --journal-dir ${journalDir} --runbooks ${relative(process.cwd(), WALK_LIBRARY)}\n`,
    );
    expect(readdirSync(journalDir).filter((n) => n.endsWith('.jsonl'))).toHaveLength(2);
  });
});

describe('what coop prints to type, under npx', () => {
  it('a pause says npx coop resume, which is what works when coop is not on the PATH', async () => {
    const io = fakeIO({ env: { COOP_NO_CACHE: '1', npm_command: 'exec' } });
    expect(await run({ runbooks: WALK_LIBRARY, journalDir: tempDir(), drill: false, runbook: 'loop' }, io)).toBe(2);
    expect(io.out() + io.err()).toMatch(/To carry on, type:\n {2}npx coop resume \d{8}-\d{6}-loop-\w{4} --runbooks /);
  });

  it('a runbook id that names none, in a script: did you mean, and npx coop list', async () => {
    const io = fakeIO({ env: { COOP_NO_CACHE: '1', npm_command: 'exec' } });
    await expect(
      run({ runbooks: WALK_LIBRARY, journalDir: tempDir(), drill: false, runbook: 'lop' }, io),
    ).rejects.toMatchObject({ message: expect.stringMatching(/; did you mean "loop"\? \(see npx coop list\)$/) });
  });
});
