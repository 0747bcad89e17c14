// `coop incident` run in-process with a fake terminal: the command's wiring
// (picker, prompts on the right stream, journal, exit codes) without a build.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type IncidentOptions } from '../../src/commands/incident.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';
import { tempDir } from '../helpers/paths.js';
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
  return { ...t, options, journal };
}

const { enter: ENTER, down: DOWN } = KEYS;

describe('coop incident at a terminal', () => {
  it('asks what is happening, walks the chosen runbook to the end, exit 0', async () => {
    const t = terminal();
    const done = run(t.options({}), t.io);
    // Type once the list has loaded; then choose what the filter leaves.
    await t.typeWhen('Wait until it is back', ...'wait until');
    await t.typeWhen('❯ Wait until it is back', ENTER);
    await t.typeWhen('Report the outage.', ENTER);
    await t.typeWhen('Is it back?', ENTER);
    expect(await done).toBe(0);
    expect(t.journal().map((e) => e.type)).toEqual(['started', 'step-done', 'answered', 'ended']);
    expect(t.drawn.stdout).toContain('Runbook complete');
  });

  it('--yes on a terminal does the actions and still asks the decisions', async () => {
    const t = terminal();
    const done = run(t.options({ runbook: 'loop', yes: true }), t.io);
    await t.typeWhen('Answer:', DOWN, ENTER);
    await t.typeWhen('Step 4', ENTER);
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

  it('a drill says so on every card', async () => {
    const t = terminal();
    const done = run(t.options({ runbook: 'unnamed', drill: true }), t.io);
    await t.typeWhen('Is it done?', ENTER);
    await t.typeWhen('Carry on?', DOWN, ENTER);
    expect(await done).toBe(0);
    expect(t.drawn.stdout.match(/EXERCISE - not a real incident/g)).toHaveLength(4); // opening, two cards, the end
    expect(t.journal()[0]).toMatchObject({ type: 'started', drill: true, person: 'pat' });
  });
});
