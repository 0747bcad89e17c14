// The hostile cases git cannot hold, made at run time: a symbolic-link loop,
// a folder named x.yaml, a file over the size limit, a named pipe, a file
// nobody may read, and a runbook whose id tries to leave its folder. Each
// goes through every command that reads a library (broken-runbook-commands.ts).
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/library/limits.js';
import { FIXTURES, tempDir, type RunOptions } from '../helpers/run-coop.js';
import { COMMANDS_ON_A_BROKEN_RUNBOOK, type Broken } from './broken-runbook-commands.js';
import { describeRun, expectCleanRun, expectOneLineError, timedCoop } from './hostile-checks.js';
import { unprivileged } from './unprivileged.js';

const GOOD_RUNBOOK = readFileSync(join(FIXTURES, 'walk', 'library', 'unnamed.yaml'), 'utf8');
const SPARSE_BYTES = 1024 * 1024 * 1024;

interface MadeCase {
  name: string;
  /** The runbook id the commands are asked for. */
  runbook: string;
  make(dir: string): void;
  expected: Broken;
  /** Needs a user that file permissions stop. */
  unprivileged?: boolean;
}

const unreadable = (file: string): Broken => ({ file, line: 1, col: 1, code: 'file-unreadable', message: '' });

const CASES: MadeCase[] = [
  {
    name: 'a symbolic-link loop (a.yaml -> b.yaml -> a.yaml)',
    runbook: 'a',
    make: (dir) => {
      symlinkSync('b.yaml', join(dir, 'a.yaml'));
      symlinkSync('a.yaml', join(dir, 'b.yaml'));
    },
    expected: { ...unreadable('a.yaml'), message: 'is a symbolic link that loops back on itself' },
  },
  {
    name: 'a folder named x.yaml',
    runbook: 'x',
    make: (dir) => {
      mkdirSync(join(dir, 'x.yaml'));
      writeFileSync(join(dir, 'x.yaml', 'inside.yaml'), GOOD_RUNBOOK);
    },
    expected: { ...unreadable('x.yaml'), message: 'is a folder, not a file; a runbook is one .yaml file' },
  },
  {
    // Sparse, so it costs no disk; reading it would cost seconds and a gigabyte of memory.
    name: 'a 1 GiB file, over the 1 MiB limit',
    runbook: 'big',
    make: (dir) => {
      writeFileSync(join(dir, 'big.yaml'), GOOD_RUNBOOK.replace('id: unnamed', 'id: big'));
      truncateSync(join(dir, 'big.yaml'), SPARSE_BYTES);
    },
    expected: {
      ...unreadable('big.yaml'),
      message: `is ${SPARSE_BYTES} bytes, over the ${MAX_FILE_BYTES}-byte (1 MiB) limit for a library file; split it or remove what does not belong`,
    },
  },
  {
    name: 'a file one byte over the limit',
    runbook: 'edge',
    make: (dir) =>
      writeFileSync(
        join(dir, 'edge.yaml'),
        GOOD_RUNBOOK.replace('id: unnamed', 'id: edge').padEnd(MAX_FILE_BYTES + 1, '#'),
      ),
    expected: {
      ...unreadable('edge.yaml'),
      message: `is ${MAX_FILE_BYTES + 1} bytes, over the ${MAX_FILE_BYTES}-byte (1 MiB) limit for a library file; split it or remove what does not belong`,
    },
  },
  {
    // Opening a pipe for reading waits for a writer: it must be refused by its kind.
    name: 'a named pipe called drill.yaml',
    runbook: 'drill',
    make: (dir) => execFileSync('mkfifo', [join(dir, 'drill.yaml')]),
    expected: { ...unreadable('drill.yaml'), message: 'is not a regular file' },
  },
  {
    name: 'a file nobody may read (mode 000)',
    runbook: 'drill',
    make: (dir) => {
      writeFileSync(join(dir, 'drill.yaml'), GOOD_RUNBOOK.replace('id: unnamed', 'id: drill'));
      chmodSync(join(dir, 'drill.yaml'), 0o000);
    },
    expected: { ...unreadable('drill.yaml'), message: 'cannot be read: permission denied' },
    unprivileged: true,
  },
  {
    name: 'a runbook whose id is ../escape',
    runbook: 'escape',
    make: (dir) => writeFileSync(join(dir, 'escape.yaml'), GOOD_RUNBOOK.replace('id: unnamed', 'id: "../escape"')),
    expected: {
      file: 'escape.yaml',
      line: 2,
      col: 5,
      code: 'invalid-value',
      message: 'id: "../escape" must be kebab-case: lower-case letters, digits and single hyphens, like power-loss',
    },
  },
];

/** A library folder with good contacts and the case's broken file; open to every user when the case runs unprivileged. */
function caseFolder(c: MadeCase): string {
  const dir = join(tempDir('coop-made-'), 'library');
  mkdirSync(dir);
  cpSync(join(FIXTURES, 'hostile', 'empty-file', 'contacts.yaml'), join(dir, 'contacts.yaml'));
  c.make(dir);
  if (c.unprivileged) {
    chmodSync(dirname(dir), 0o755);
    chmodSync(dir, 0o777);
  }
  return dir;
}

describe.sequential('hostile cases made at run time, through every command', () => {
  describe.each(CASES)('$name', (c) => {
    const as = c.unprivileged ? unprivileged() : { wrapper: [] };
    if (as.skip) console.warn(`skipped "${c.name}": ${as.skip}`);
    const run = (args: string[], options: RunOptions) => timedCoop(args, { ...options, wrapper: as.wrapper ?? [] });
    it.skipIf(as.skip !== undefined).each(COMMANDS_ON_A_BROKEN_RUNBOOK)('$name', ({ check }) =>
      check(caseFolder(c), c.runbook, c.expected, run),
    );
  });

  it('a symbolic-link loop reports both of its files', () => {
    const r = timedCoop(['--runbooks', '.', 'lint', '--format', 'compact'], { cwd: caseFolder(CASES[0]!) });
    expectCleanRun(r);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      'a.yaml:1:1: error: is a symbolic link that loops back on itself [file-unreadable]',
      'b.yaml:1:1: error: is a symbolic link that loops back on itself [file-unreadable]',
    ]);
  });

  it('a runbook whose id is ../escape is not found by that id either', () => {
    const cwd = caseFolder(CASES.find((c) => c.runbook === 'escape')!);
    for (const args of [
      ['show', '../escape'],
      ['incident', '../escape', '--yes', '--journal-dir', 'journal'],
    ]) {
      const r = timedCoop(['--runbooks', '.', ...args], { cwd });
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, 'coop: no runbook "../escape" in ');
    }
  });

  const as = unprivileged();
  it.skipIf(as.skip !== undefined)('a library folder nobody may read: exit 2, one line, for every command', () => {
    const dir = caseFolder({ ...CASES[5]!, make: () => {} });
    chmodSync(dir, 0o000);
    try {
      for (const args of [['list'], ['show', 'drill'], ['lint'], ['export'], ['incident', 'drill', '--dry-run']]) {
        const r = timedCoop(['--runbooks', dir, ...args], { cwd: dirname(dir), wrapper: as.wrapper ?? [] });
        expectCleanRun(r);
        expect(r.code, describeRun(r)).toBe(2);
        expectOneLineError(r, /^coop: (runbook library )?.*library cannot be read: permission denied; /);
      }
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
