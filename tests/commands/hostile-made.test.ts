// The hostile cases made at run time (made-cases.ts) through every command
// that reads a library (broken-runbook-commands.ts), in process; the cases
// only a process may meet, and a sample of the others, go through the built
// binary in tests/e2e/hostile.test.ts.
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { describeRun, expectCleanRun, expectOneLineError } from '../helpers/expect-run.js';
import { COMMANDS_ON_A_BROKEN_RUNBOOK } from './broken-runbook-commands.js';
import { MADE_CASES, madeFolder } from './made-cases.js';

const byName = (runbook: string) => MADE_CASES.find((c) => c.runbook === runbook)!;

describe('hostile cases made at run time, through every command', () => {
  describe.each(MADE_CASES.filter((c) => c.binaryOnly === undefined))('$name', (c) => {
    it.each(COMMANDS_ON_A_BROKEN_RUNBOOK)('$name', ({ check }) => check(madeFolder(c), c.runbook, c.expected));
  });

  it('a symbolic-link loop reports both of its files', async () => {
    const r = await coop(['--runbooks', '.', 'lint', '--format', 'compact'], { cwd: madeFolder(byName('a')) });
    expectCleanRun(r);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'a.yaml:1:1: error: is a symbolic link that loops back on itself [file-unreadable]',
      'b.yaml:1:1: error: is a symbolic link that loops back on itself [file-unreadable]',
    ]);
  });

  it('a runbook whose id is ../escape is not found by that id either', async () => {
    const cwd = madeFolder(byName('escape'));
    for (const args of [
      ['show', '../escape'],
      ['incident', '../escape', '--yes', '--journal-dir', 'journal'],
    ]) {
      const r = await coop(['--runbooks', '.', ...args], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, 'coop: no runbook "../escape" in ');
    }
  });
});
