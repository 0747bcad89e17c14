// The hostile cases made at run time (made-cases.ts) through every command
// that reads a library (broken-runbook-commands.ts), in process; the cases
// only a process may meet, and a sample of the others, go through the built
// binary in tests/e2e/hostile.test.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { describeRun, expectCleanRun, expectOneLineError } from '../helpers/expect-run.js';
import { COMMANDS_ON_A_BROKEN_RUNBOOK } from './broken-runbook-commands.js';
import { escapeFolder, MADE_CASES, madeFolder } from './made-cases.js';

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
});

describe('a runbook whose id is ../escape', () => {
  const ID_PROBLEM =
    'escape.yaml:2:5: id: "../escape" must be kebab-case: lower-case letters, digits and single hyphens, like power-loss';

  it('lint: exit 1, the id at its line and column', async () => {
    const r = await coop(['--runbooks', '.', 'lint', '--format', 'compact'], { cwd: escapeFolder() });
    expectCleanRun(r);
    expect(r.code, describeRun(r)).toBe(1);
    expect(r.stdout.split('\n'), describeRun(r)).toContain(
      `${ID_PROBLEM.replace(': id:', ': error: id:')} [invalid-value]`,
    );
  });

  it('is walked by its file name, and its journal stays in the journal folder', async () => {
    const cwd = escapeFolder();
    const r = await coop(['--runbooks', '.', 'incident', 'escape', '--yes', '--journal-dir', 'journal'], { cwd });
    expectCleanRun(r);
    // Walked to its question, which nothing answers here: paused there.
    expect(r.stdout, describeRun(r)).toContain('Paused at step 2: Carry on?');
    expect(r.stderr, describeRun(r)).toContain(`coop: warning: ${ID_PROBLEM}\n`);
    expect(readdirSync(join(cwd, 'journal')).filter((n) => n.endsWith('.jsonl'))).toEqual([
      expect.stringMatching(/^[\w-]+-escape-[a-z0-9]+\.jsonl$/),
    ]);
    expect(readdirSync(cwd).sort()).toEqual(['contacts.yaml', 'escape.yaml', 'journal']);
  });

  it('is not found by that id', async () => {
    const cwd = escapeFolder();
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
