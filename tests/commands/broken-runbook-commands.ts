// The commands that read a library, each with what it must do when one
// runbook file of it is broken: the checks every hostile case goes through
// (hostile-corpus.test.ts for the corpus in git, hostile-made.test.ts for the
// cases made at run time; tests/e2e/hostile.test.ts for a sample of both
// through the built binary).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { coop } from '../helpers/coop.js';
import { type CoopResult, describeRun, expectCleanRun, expectOneLineError } from '../helpers/expect-run.js';

/** Where the loader says the broken file is wrong (expect.json of a case). */
export interface Broken {
  file: string;
  line: number;
  col: number;
  code: string;
  message: string;
}

/** Runs coop in `cwd`: in-process (tests/helpers/coop.ts) unless a test gives the built binary. */
export type Runner = (args: string[], options: { cwd: string }) => Promise<CoopResult>;

export interface CommandCheck {
  name: string;
  /** Runs the command in `cwd` (the library folder) on `runbook`, whose file is broken as `e` says. */
  check(cwd: string, runbook: string, e: Broken, run?: Runner): Promise<void>;
}

const at = (e: Broken) => `${e.file}:${e.line}:${e.col}`;

export const COMMANDS_ON_A_BROKEN_RUNBOOK: CommandCheck[] = [
  {
    name: 'lint: exit 1, file:line:col, the message and [rule]',
    async check(cwd, _runbook, e, run = coop) {
      const r = await run(['--runbooks', '.', 'lint', '--format', 'compact'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(1);
      expect(r.stdout.split('\n'), describeRun(r)).toContain(`${at(e)}: error: ${e.message} [${e.code}]`);
    },
  },
  {
    name: 'list: exit 0, the file named on stderr as not loadable',
    async check(cwd, _runbook, e, run = coop) {
      const r = await run(['--runbooks', '.', 'list'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(0);
      expect(r.stderr.split('\n'), describeRun(r)).toContain(
        `coop: warning: ${e.file} could not be loaded; run coop lint .`,
      );
    },
  },
  {
    name: 'show: exit 2, one line with file:line:col: message',
    async check(cwd, runbook, e, run = coop) {
      const r = await run(['--runbooks', '.', 'show', runbook], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(
        r,
        `coop: runbook "${runbook}" cannot be used: ${at(e)}: ${e.message}; run coop lint . to see every problem`,
      );
      expect(r.stdout, describeRun(r)).toBe('');
    },
  },
  {
    // src/commands/export.ts: a partial binder beats none in an outage.
    name: 'export: exit 0, what loaded is exported, the broken file named on stderr and on the cover',
    async check(cwd, _runbook, e, run = coop) {
      const r = await run(['--runbooks', '.', 'export', '--out', 'binder.html'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(0);
      const lines = r.stderr.split('\n');
      expect(lines, describeRun(r)).toContain(`coop: ${e.file}: 1 problem; left out of the export`);
      expect(lines, describeRun(r)).toContain(
        'coop: run coop lint . to see every problem; the export says on its cover what is missing',
      );
      expect(lines.filter(Boolean).at(-1), describeRun(r)).toMatch(
        /^coop: wrote the printable binder to binder\.html \(0 runbooks, \d+ contacts?\)$/,
      );
      expect(readFileSync(join(cwd, 'binder.html'), 'utf8')).toContain(e.file);
    },
  },
  {
    name: 'incident --yes: exit 2, one line with the position, no journal written',
    async check(cwd, runbook, e, run = coop) {
      const r = await run(['--runbooks', '.', 'incident', runbook, '--yes', '--journal-dir', 'journal'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(
        r,
        `${at(e)}: ${e.message}; none of its steps could be read: follow the printed binder for now, then fix the file and check it with coop lint ${e.file}`,
      );
      expect(existsSync(join(cwd, 'journal')), describeRun(r)).toBe(false);
    },
  },
  {
    name: 'incident --dry-run: exit 2, one line with the position',
    async check(cwd, runbook, e, run = coop) {
      const r = await run(['--runbooks', '.', 'incident', runbook, '--dry-run'], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, `${at(e)}: ${e.message}`);
      expect(r.stdout, describeRun(r)).toBe('');
    },
  },
];
