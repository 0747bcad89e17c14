import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/system/make-folder.js';
import { tempDir } from '../helpers/paths.js';

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

  // Node's recursive mkdirSync never returns here (it spins at full CPU, asking again and again).
  it.skipIf(!existsSync('/proc/self'))(
    'where the file system cannot hold a folder (/proc): ENOENT after asking once per level and once again',
    () => {
      const calls: string[] = [];
      const mkdir = (path: string, options: { mode: number }) => {
        calls.push(path);
        return mkdirSync(path, options);
      };
      expect(() => makeFolder('/proc/coop-no-such/journal', 0o777, mkdir)).toThrow(
        expect.objectContaining({ code: 'ENOENT' }),
      );
      expect(calls).toEqual(['/proc/coop-no-such/journal', '/proc/coop-no-such', '/proc', '/proc/coop-no-such']);
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
