import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/system/make-folder.js';
import { tempDir } from '../helpers/run-coop.js';

describe('makeFolder', () => {
  it('creates a folder and its missing parents with the mode asked for', () => {
    const dir = join(tempDir(), 'a', 'b', 'c');
    makeFolder(dir, 0o700);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, '..')).mode & 0o777).toBe(0o700);
  });

  it('leaves an existing folder alone', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keep'), 'x');
    makeFolder(dir);
    expect(existsSync(join(dir, 'keep'))).toBe(true);
  });

  it('says a file stands in the way of a parent', () => {
    const file = join(tempDir(), 'file');
    writeFileSync(file, '');
    expect(() => makeFolder(join(file, 'journal'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  // Node's recursive mkdirSync never returns here (it spins at full CPU).
  it.skipIf(!existsSync('/proc/self'))(
    'returns at once with ENOENT where the file system cannot hold a folder (/proc)',
    () => {
      const started = performance.now();
      expect(() => makeFolder('/proc/coop-no-such/journal')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
      expect(performance.now() - started).toBeLessThan(100);
    },
  );

  it('calls mkdir once per missing level, never again for one that failed', () => {
    const calls: string[] = [];
    const root = tempDir();
    const mkdir = (path: string, options: { mode: number }) => {
      calls.push(path);
      return mkdirSync(path, options);
    };
    makeFolder(join(root, 'x', 'y'), 0o700, mkdir);
    expect(calls).toEqual([join(root, 'x', 'y'), join(root, 'x'), join(root, 'x', 'y')]);
  });
});
