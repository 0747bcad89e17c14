// A check step's command is shown exactly as it will run, before anyone
// confirms it, and runs only once the person chooses to run it. In-process,
// at a fake terminal, with a command full of what a shell reads specially.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { run } from '../../src/commands/incident.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

// Quotes, a dollar, a redirection into a name with a space, a tab between words.
const COMMAND = `printf '%s|%s' "a b" 'c$d' > "exact marker"\t&& test -n "$HOME"`;
const SHOWN = `printf '%s|%s' "a b" 'c$d' > "exact marker"\\t&& test -n "$HOME"`;

function library(command = COMMAND): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'contacts.yaml'), readFileSync(join(FIXTURES, 'walk', 'commands', 'contacts.yaml')));
  writeFileSync(
    join(dir, 'exact.yaml'),
    stringify({
      id: 'exact',
      title: 'An exact command',
      steps: [
        { id: 'write', title: 'Write the marker', run: command, timeout: '5s', on_failure: 'end' },
        { id: 'after', do: 'Look at the marker.' },
      ],
    }),
  );
  return dir;
}

describe('a check step at a terminal', () => {
  it('shows the command exactly, runs nothing until the person chooses, then runs exactly that', async () => {
    const t = fakeTerminal();
    const marker = join(t.io.cwd, 'exact marker');
    const done = run({ runbooks: library(), runbook: 'exact', journalDir: join(tempDir(), 'j'), drill: false }, t.io);
    await t.typeWhen('Run the command?');
    const screen = t.screen();
    expect(screen).toContain(`This check runs the command:\n  ${SHOWN}\n`);
    expect(screen.indexOf(SHOWN)).toBeLessThan(screen.indexOf('Run the command?'));
    expect(existsSync(marker)).toBe(false);
    await t.typeWhen('Run the command?', KEYS.enter);
    await t.typeWhen('Look at the marker.', KEYS.enter);
    expect(await done).toBe(0);
    expect(readFileSync(marker, 'utf8')).toBe('a b|c$d');
  });

  it('a command padded with spaces shows the padding by its length, so what follows stays on the screen', async () => {
    const t = fakeTerminal();
    const padded = `echo ok${' '.repeat(4000)}; touch file`;
    const done = run(
      { runbooks: library(padded), runbook: 'exact', journalDir: join(tempDir(), 'j'), drill: false },
      t.io,
    );
    await t.typeWhen('Run the command?');
    expect(t.screen()).toContain('This check runs the command:\n  echo ok[4000 spaces]; touch file\n');
    await t.typeWhen('Run the command?', KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.enter); // Pause
    expect(await done).toBe(130);
  });
});
