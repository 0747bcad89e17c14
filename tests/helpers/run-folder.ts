// vitest's global setup: every temporary file of a run (tempDir, os.tmpdir(),
// what coop and the browser write under test) in one folder of the run's own
// on the machine's RAM disk, removed when the run ends. On ext4 here a
// removed folder waits 2-5 ms and an fsync 1 ms or more, and the tests make
// thousands of each: work that proves nothing about coop, which none of them
// power off. Without /dev/shm the files stay in the system's temporary folder.
import { accessSync, chmodSync, constants, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RAM_DISK = '/dev/shm';
const PREFIX = 'coop-tests-';
/** A run's folder untouched this long is one a killed run left behind (a whole run takes minutes): it holds RAM until a reboot. */
const LEFT_BEHIND_MS = 3 * 60 * 60 * 1000;

function removeLeftBehind(): void {
  for (const name of readdirSync(RAM_DISK).filter((n) => n.startsWith(PREFIX))) {
    const dir = join(RAM_DISK, name);
    try {
      if (Date.now() - statSync(dir).mtimeMs > LEFT_BEHIND_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run removed it first, or it is not ours to remove.
    }
  }
}

export default function setup(): (() => void) | undefined {
  try {
    accessSync(RAM_DISK, constants.W_OK);
  } catch {
    return undefined;
  }
  removeLeftBehind();
  const dir = mkdtempSync(join(RAM_DISK, PREFIX));
  // Open to every user as /tmp is: the permission tests run coop as nobody in folders under it.
  chmodSync(dir, 0o1777);
  const before = process.env.TMPDIR;
  // Read by os.tmpdir() in the workers, which start after this, and by every process they start.
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
