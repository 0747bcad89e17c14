// Hostile input through the built binary: what only a real process shows (a
// file permissions stop, for which coop runs as another user; a named pipe,
// which would block whoever opens it, and a process can be timed out where
// a test worker cannot) and a sample of the corpus, every run with no stack
// trace and no raw control character. The whole corpus and every case made
// at run time go through every command in process (tests/commands/).
import { chmodSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Broken, COMMANDS_ON_A_BROKEN_RUNBOOK, type Runner } from '../commands/broken-runbook-commands.js';
import { CASES, caseFolder } from '../commands/corpus.js';
import { MADE_CASES, madeFolder } from '../commands/made-cases.js';
import { describeRun, expectCleanRun, expectOneLineError } from '../helpers/expect-run.js';
import { runCoop } from '../helpers/run-coop.js';
import { unprivileged } from './unprivileged.js';

const binary: Runner = async (args, options) => runCoop(args, options);
const corpusCase = (name: string): Broken => CASES.find((c) => c.name === name)!.expected;

describe('a sample of the corpus through the built binary', () => {
  // The deepest nesting through a real process's stack, by each way it is read (lint, load, walk);
  // raw bytes where they are shown; the alias bomb where its expansion would bite.
  const sample: Array<[string, RegExp]> = [
    ['deep-nesting', /^(lint|show|incident --yes)/],
    ['binary', /^show/],
    ['alias-bomb', /^lint/],
  ];
  describe.each(sample)('%s', (name, commands) => {
    it.each(COMMANDS_ON_A_BROKEN_RUNBOOK.filter((c) => commands.test(c.name)))('$name', ({ check }) =>
      check(caseFolder(name), 'drill', corpusCase(name), binary),
    );
  });
});

describe('the cases only the built binary may meet, through every command', () => {
  describe.each(MADE_CASES.filter((c) => c.binaryOnly !== undefined))('$name', (c) => {
    const as = c.binaryOnly === 'unprivileged' ? unprivileged() : { wrapper: [] };
    if (as.skip) console.warn(`skipped "${c.name}": ${as.skip}`);
    const run: Runner = async (args, options) => runCoop(args, { ...options, wrapper: as.wrapper ?? [] });
    it.skipIf(as.skip !== undefined).each(COMMANDS_ON_A_BROKEN_RUNBOOK)('$name', ({ check }) =>
      check(madeFolder(c), c.runbook, c.expected, run),
    );
  });

  const as = unprivileged();
  it.skipIf(as.skip !== undefined)('a library folder nobody may read: exit 2, one line, for every command', () => {
    const unreadableFile = MADE_CASES.find((c) => c.binaryOnly === 'unprivileged')!;
    const dir = madeFolder({ ...unreadableFile, make: () => {} });
    chmodSync(dir, 0o000);
    try {
      for (const args of [['list'], ['show', 'drill'], ['lint'], ['export'], ['incident', 'drill', '--dry-run']]) {
        const r = runCoop(['--runbooks', dir, ...args], { cwd: dirname(dir), wrapper: as.wrapper ?? [] });
        expectCleanRun(r);
        expect(r.code, describeRun(r)).toBe(2);
        expectOneLineError(r, /^coop: (runbook library )?.*library cannot be read: permission denied; /);
      }
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
