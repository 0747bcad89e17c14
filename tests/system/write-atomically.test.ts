// The one writer of every --out file (export, report): what it does with
// each kind of target a person can name.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/system/write-atomically.js';
import { tempDir } from '../helpers/paths.js';

const isRoot = process.getuid?.() === 0;

describe.runIf(process.platform !== 'win32')('writing an --out file', () => {
  it('replaces a file whole and keeps its mode: a 0600 report stays 0600', () => {
    const file = join(tempDir(), 'report.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    writeFileAtomically(file, 'new', 'report.md');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('writes through a symbolic link to the file it names, and leaves the link a link', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'shared'));
    const real = join(dir, 'shared', 'binder.html');
    writeFileSync(real, 'old');
    const link = join(dir, 'binder.html');
    symlinkSync(real, link);
    writeFileAtomically(link, 'new', 'binder.html');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe('new');
  });

  it('writes into a device such as /dev/null, which stays a device', () => {
    // As root a device node of its own (a regression must not replace the machine's /dev/null); others cannot replace /dev/null.
    const device = isRoot ? join(tempDir(), 'null') : '/dev/null';
    if (isRoot) expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    writeFileAtomically(device, 'text', 'null');
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it('writes into a named pipe, for whoever reads it, and it stays a pipe', async () => {
    const fifo = join(tempDir(), 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (d: Buffer) => (read += d.toString()));
    const closed = new Promise((r) => reader.on('close', r));
    writeFileAtomically(fifo, 'through the pipe', 'pipe');
    await closed;
    expect(read).toBe('through the pipe');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a folder, in one line naming it', () => {
    const dir = tempDir();
    expect(() => writeFileAtomically(dir, 'text', 'out')).toThrow(
      'cannot write out: it is a folder; give the name of a file to write',
    );
  });

  it('says when the folder does not exist', () => {
    expect(() => writeFileAtomically(join(tempDir(), 'no', 'x.md'), 'text', 'no/x.md')).toThrow(
      'cannot write no/x.md: its folder does not exist',
    );
  });
});
