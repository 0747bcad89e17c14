// vitest's global setup: every temporary file of a run (tempDir, os.tmpdir(),
// what coop and the browser write under test) in one folder of the run's own
// on the machine's RAM disk, removed when the run ends. On ext4 here a
// removed folder waits 2-5 ms and an fsync 1 ms or more, and the tests make
// thousands of each: work that proves nothing about coop, which none of them
// power off. Without /dev/shm the files stay in the system's temporary folder.
//
// V8's code caches of the built commands (bin/coop.js) outlive the run in
// node_modules/.cache: a run's processes start with the caches the last run
// left, as a person's second run of coop does, instead of each command's
// first process compiling its bundle again. A cache is for one build only
// (a rebuilt bundle never meets an old one). The library caches are not kept:
// every run starts with none.
import {
  accessSync,
  chmodSync,
  constants,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_CACHE_FOLDER } from './test-env.js';

const RAM_DISK = '/dev/shm';
const PREFIX = 'coop-tests-';
/** A run's folder untouched this long is one a killed run left behind (a whole run takes minutes): it holds RAM until a reboot. */
const LEFT_BEHIND_MS = 3 * 60 * 60 * 1000;
const KEPT_CODE_CACHE = fileURLToPath(new URL('../../node_modules/.cache/coop-test-code-cache', import.meta.url));

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
  const codeCache = join(dir, TEST_CACHE_FOLDER, 'code');
  if (existsSync(KEPT_CODE_CACHE)) cpSync(KEPT_CODE_CACHE, codeCache, { recursive: true });
  const before = process.env.TMPDIR;
  // Read by os.tmpdir() in the workers, which start after this, and by every process they start.
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    if (existsSync(codeCache)) {
      rmSync(KEPT_CODE_CACHE, { recursive: true, force: true });
      cpSync(codeCache, KEPT_CODE_CACHE, { recursive: true });
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
