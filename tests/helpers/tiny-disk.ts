// A real full disk for journal tests: a tmpfs of a few KiB, mounted for one
// test and unmounted after it. Only root can mount; elsewhere the tests that
// need it are skipped with the reason (the in-process tests in
// tests/walk/journal-faults.test.ts cover the same paths with a failing writer).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../helpers/paths.js';

export type TinyDisk = { dir: string; unmount(): Promise<void>; skip?: undefined } | { skip: string };

let unavailable: string | undefined;

/** Mounts a tmpfs of `kib` KiB, or says why it cannot. */
export function mountTinyDisk(kib = 16): TinyDisk {
  if (unavailable) return { skip: unavailable };
  const dir = join(tempDir('coop-tiny-disk-'), 'disk');
  mkdirSync(dir);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k,mode=0777`, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (mounted.error || mounted.status !== 0) {
    unavailable = `cannot mount a tmpfs here (${(mounted.error?.message ?? mounted.stderr).trim()}), so a full disk cannot be made`;
    return { skip: unavailable };
  }
  return {
    dir,
    // An in-process coop closes its lock's heartbeat descriptor once the beating
    // thread has stopped that beat, a moment after the command returns: until
    // then the disk is busy. A disk that never frees is caught by the test's time limit.
    unmount: async () => {
      while (spawnSync('umount', [dir], { encoding: 'utf8' }).stderr.includes('busy')) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      rmdirSync(dir);
    },
  };
}

/** Fills the disk at `dir` to the last block (the write stops at ENOSPC, as a real one does). */
export function fillDisk(dir: string): void {
  try {
    writeFileSync(join(dir, 'fill'), Buffer.alloc(1024 * 1024));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}

/**
 * For the tests of one describe block: `tiny(ctx.skip)` mounts a disk for
 * the test (unmounted after it), or skips the test with the reason.
 */
export function tinyDiskPerTest(): (skip: (reason: string) => void) => string {
  let disk: TinyDisk | undefined;
  afterEach(async () => {
    if (disk && disk.skip === undefined) await disk.unmount();
    disk = undefined;
  });
  return (skip) => {
    disk = mountTinyDisk();
    if (disk.skip !== undefined) {
      console.warn(`skipped: ${disk.skip}`);
      skip(disk.skip);
      return '';
    }
    return disk.dir;
  };
}
