// The hostile cases git cannot hold, made at run time: a symbolic-link loop,
// a folder named x.yaml, a file over the size limit, a named pipe, a file
// nobody may read; and a runbook whose id tries to leave its folder (it is
// read around that id, so it is no broken file: escapeFolder).
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { MAX_FILE_BYTES } from '../../src/library/limits.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import type { Broken } from './broken-runbook-commands.js';

const GOOD_RUNBOOK = readFileSync(join(FIXTURES, 'walk', 'library', 'unnamed.yaml'), 'utf8');
const SPARSE_BYTES = 1024 * 1024 * 1024;

export interface MadeCase {
  name: string;
  /** The runbook id the commands are asked for. */
  runbook: string;
  make(dir: string): void;
  expected: Broken;
  /**
   * Only the built binary may meet it: a file permissions must stop (coop
   * runs as another user), or a pipe that blocks whoever opens it (a process
   * can be timed out, a blocked test worker cannot).
   */
  binaryOnly?: 'unprivileged' | 'blocks';
}

const unreadable = (file: string): Broken => ({ file, line: 1, col: 1, code: 'file-unreadable', message: '' });

export const MADE_CASES: MadeCase[] = [
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
    binaryOnly: 'blocks',
  },
  {
    name: 'a file nobody may read (mode 000)',
    runbook: 'drill',
    make: (dir) => {
      writeFileSync(join(dir, 'drill.yaml'), GOOD_RUNBOOK.replace('id: unnamed', 'id: drill'));
      chmodSync(join(dir, 'drill.yaml'), 0o000);
    },
    expected: { ...unreadable('drill.yaml'), message: 'cannot be read: permission denied' },
    binaryOnly: 'unprivileged',
  },
];

/** A library whose one runbook, escape.yaml, says its id is "../escape". */
export function escapeFolder(): string {
  return madeFolder({
    name: 'a runbook whose id is ../escape',
    runbook: 'escape',
    make: (dir) => writeFileSync(join(dir, 'escape.yaml'), GOOD_RUNBOOK.replace('id: unnamed', 'id: "../escape"')),
    expected: { file: 'escape.yaml', line: 1, col: 1, code: '', message: '' },
  });
}

/** A library folder with good contacts and the case's broken file; open to every user when the case runs unprivileged. */
export function madeFolder(c: MadeCase): string {
  const dir = join(tempDir('coop-made-'), 'library');
  mkdirSync(dir);
  cpSync(join(FIXTURES, 'hostile', 'empty-file', 'contacts.yaml'), join(dir, 'contacts.yaml'));
  c.make(dir);
  if (c.binaryOnly === 'unprivileged') {
    chmodSync(dirname(dir), 0o755);
    chmodSync(dir, 0o777);
  }
  return dir;
}
