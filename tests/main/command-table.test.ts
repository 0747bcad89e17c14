// A command line that names a command declares that command alone
// (src/main/cli.ts, src/main/command-word.ts): the table's names must be the
// ones the commands declare, and each command's help must read the same as
// when the whole program is declared for `coop help <command>`.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram, DECLARED_WITH_THE_PROGRAM, isCommandName } from '../../src/main/cli.js';
import { commandWord } from '../../src/main/command-word.js';
import { coop } from '../helpers/coop.js';
import { REPO_ROOT } from '../helpers/paths.js';

const notUsed = () => {
  throw new Error('no command runs here');
};
const whole = buildProgram(notUsed, notUsed);
const named = whole.commands.map((c) => c.name()).filter((name) => !DECLARED_WITH_THE_PROGRAM.includes(name));

describe('the command table', () => {
  it.each(named)('%s, named, is declared alone under the name it declares', (name) => {
    expect(buildProgram(notUsed, notUsed, name).commands.map((c) => c.name())).toEqual([name]);
  });

  it.each(named)('coop %s --help is the help `coop help` prints from the whole program', async (name) => {
    const alone = await coop([name, '--help']);
    expect(alone.code).toBe(0);
    expect(alone.stdout).toBe((await coop(['help', name])).stdout);
  });

  it('knows every command the whole program declares, and no other name', () => {
    expect(whole.commands.every((c) => isCommandName(c.name()))).toBe(true);
    expect(whole.commands).toHaveLength(named.length + DECLARED_WITH_THE_PROGRAM.length);
    expect(isCommandName('lsit')).toBe(false);
  });

  it('has a file of src/main/commands/ for each command, under its name, which the build bundles alone', () => {
    const files = readdirSync(join(REPO_ROOT, 'src', 'main', 'commands')).map((f) => basename(f, '.ts'));
    expect(files.sort()).toEqual([...named].sort());
  });

  it('finds the command after the options of the program that may come first', () => {
    expect(commandWord(['list', '--json'])).toBe('list');
    expect(commandWord(['--runbooks', 'list', 'show', 'x'])).toBe('show');
    expect(commandWord(['--runbooks=plan', '--no-color', 'lint'])).toBe('lint');
  });

  it('leaves the whole program to commander for help, version or an option it alone knows', () => {
    for (const argv of [[], ['--help', 'list'], ['-V'], ['--bogus', 'list'], ['--runbooks']])
      expect(commandWord(argv)).toBeUndefined();
  });
});
