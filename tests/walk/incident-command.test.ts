// `coop incident` run in-process with a fake terminal: the command's wiring
// (picker, prompts on the right stream, journal, exit codes) without a build.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run, type IncidentOptions } from '../../src/commands/incident.js';
import type { IO } from '../../src/system/io.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { tempDir } from '../helpers/run-coop.js';
import { fakeIO } from '../lint/fake-io.js';
import { Interrupted } from '../../src/system/errors.js';
import { localTimeOrDay } from '../../src/text/local-time.js';
import { T0, WALK_LIBRARY } from './walk-fixtures.js';

function fakeTerminal(stdoutIsTTY = true) {
  const stdin = new PassThrough();
  // Like process.stdout, a terminal is not closed when a prompt that drew on it ends.
  const terminalStream = (isTTY: boolean) => Object.assign(new PassThrough(), { isTTY, end() {} });
  const stdout = terminalStream(stdoutIsTTY);
  const stderr = terminalStream(true);
  const text = { stdout: '', stderr: '' };
  stdout.on('data', (d: Buffer) => (text.stdout += d.toString()));
  stderr.on('data', (d: Buffer) => (text.stderr += d.toString()));
  const journalDir = tempDir();
  const io: IO = {
    stdin,
    stdout,
    stderr,
    color: false,
    colorErr: false,
    interactive: true,
    unicode: true,
    stdoutIsTTY,
    stderrIsTTY: true,
    env: { HOME: tempDir(), COOP_NO_CACHE: '1' },
    cwd: tempDir(),
    now: () => T0,
    columns: 100,
    userName: () => 'pat',
  };
  /** Types keys once `marker` is on the screen (the prompt is drawn), like a person would. */
  const when = async (marker: string, ...keys: string[]) => {
    const seen = () => text.stdout.includes(marker) || text.stderr.includes(marker);
    for (const end = Date.now() + 5_000; !seen(); await new Promise((r) => setTimeout(r, 10)))
      if (Date.now() > end) throw new Error(`never saw "${marker}":\n${text.stdout}\n${text.stderr}`);
    await new Promise((r) => setTimeout(r, 20));
    for (const key of keys) stdin.write(key);
  };
  const options = (over: Partial<IncidentOptions>): IncidentOptions => ({
    runbooks: WALK_LIBRARY,
    journalDir,
    drill: false,
    ...over,
  });
  const journal = () =>
    readJournalFile(join(journalDir, readdirSync(journalDir).find((n) => n.endsWith('.jsonl'))!)).events;
  return { io, text, when, options, journal, journalDir };
}

const ENTER = '\r';
const CTRL_C = '\u0003';
const DOWN = '\u001b[B';

describe('coop incident at a terminal', () => {
  it('asks what is happening, walks the chosen runbook to the end, exit 0', async () => {
    const t = fakeTerminal();
    const done = run(t.options({}), t.io);
    // Type once the list has loaded; then choose what the filter leaves.
    await t.when('Wait until it is back', ...'wait until');
    await t.when('❯ Wait until it is back', ENTER);
    await t.when('Report the outage.', ENTER);
    await t.when('Is it back?', ENTER);
    expect(await done).toBe(0);
    expect(t.journal().map((e) => e.type)).toEqual(['started', 'step-done', 'answered', 'ended']);
    expect(t.text.stdout).toContain('Runbook complete');
  });

  it('--yes on a terminal does the actions and still asks the decisions', async () => {
    const t = fakeTerminal();
    const done = run(t.options({ runbook: 'loop', yes: true }), t.io);
    await t.when('Answer:', DOWN, ENTER);
    await t.when('Step 2 of 3 (2nd time)', ENTER);
    expect(await done).toBe(0);
    expect(t.text.stdout).toContain('✔ Step 1 done: Report the outage. (from the answers file)');
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
    const t = fakeTerminal(false);
    const done = run(t.options({ runbook: 'unnamed' }), t.io);
    await t.when('Is it done?', DOWN, DOWN, DOWN, ENTER);
    expect(await done).toBe(130);
    expect(t.text.stdout).toBe('');
    expect(t.text.stderr).toContain('First thing.');
    expect(t.text.stderr).toContain('To carry on, type:');
  });

  it('a mistyped runbook id is not a dead end at a terminal: coop offers the runbook it comes close to', async () => {
    const t = fakeTerminal();
    const done = run(t.options({ runbook: 'loopp' }), t.io);
    await t.when('There is no runbook "loopp". Did you mean:', ENTER);
    await t.when('Is it done?', DOWN, DOWN, DOWN, ENTER); // Pause
    expect(await done).toBe(130);
    expect(t.journal()[0]).toMatchObject({ type: 'started', runbook: 'loop' });
  });

  it('an open incident is offered first, and one of the same runbook is carried on rather than started twice', async () => {
    const t = fakeTerminal();
    const first = run(t.options({ runbook: 'loop', as: 'Alice' }), t.io);
    await t.when('Is it done?', DOWN, DOWN, DOWN, ENTER); // Pause
    expect(await first).toBe(130);

    const picker = run(t.options({}), t.io);
    await t.when(`❯ Carry on: Wait until it is back, started ${localTimeOrDay(T0, T0)} by Alice`, CTRL_C);
    await expect(picker).rejects.toBeInstanceOf(Interrupted);

    const again = run(t.options({ runbook: 'loop' }), t.io);
    await t.when('This runbook has an open incident', ENTER); // Carry on
    await t.when('Resumed by pat, taking over from Alice.', DOWN, DOWN, DOWN, ENTER); // Pause
    expect(await again).toBe(130);
    expect(readdirSync(t.journalDir).filter((n) => n.endsWith('.jsonl'))).toHaveLength(1);
    expect(t.journal().map((e) => e.type)).toEqual(['started', 'paused', 'resumed', 'paused']);
  });

  it('--as with no name is refused rather than recorded as the login name', async () => {
    const t = fakeTerminal();
    await expect(run(t.options({ runbook: 'loop', as: ' ' }), t.io)).rejects.toThrow(
      '--as needs a name, for the record (like --as "Pat Smith"); leave --as out to be recorded as your login name',
    );
  });

  it('a drill says so on every card', async () => {
    const t = fakeTerminal();
    const done = run(t.options({ runbook: 'unnamed', drill: true }), t.io);
    await t.when('Is it done?', ENTER);
    await t.when('Carry on?', DOWN, ENTER);
    expect(await done).toBe(0);
    expect(t.text.stdout.match(/EXERCISE - not a real incident/g)).toHaveLength(4); // opening, two cards, the end
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
      `coop: warning: an incident of loop is still open (${open} · paused at step 1: Report the outage.); starting another. To carry that one on instead: npx coop resume ${open}\n`,
    );
    expect(readdirSync(journalDir).filter((n) => n.endsWith('.jsonl'))).toHaveLength(2);
  });
});
