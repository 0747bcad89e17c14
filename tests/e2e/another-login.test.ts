// A colleague with a login of their own carries an incident on where the
// journal folder is not shared with a group (docs/journal.md, "A shared
// folder"): coop says what stops them before any step, and never crashes on
// what another login left. Root writes through permission bits, so the
// colleague runs as nobody, through setpriv; without root or setpriv these
// tests are skipped, and say so.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOLDER_FILE } from '../../src/journal/lock.js';
import { journalPath, lockPath } from '../../src/journal/paths.js';
import { thisProcess } from '../../src/system/process-identity.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';

const NOBODY = 65534;
const AS_COLLEAGUE = ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];
const canSwitch = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
const why = canSwitch ? '' : ' (skipped: needs root and setpriv to run the colleague as another login)';

/** An incident root started and left paused at step 1, in a folder any login may write in. */
function startedByRoot(): { dir: string; id: string } {
  const dir = tempDir();
  chmodSync(dir, 0o777);
  const started = runCoop(['incident', 'power-loss', '--runbooks', SHIPPED_RUNBOOKS, '--journal-dir', dir]);
  expect(started.code).toBe(2);
  const id = readdirSync(dir)
    .find((n) => n.endsWith('.jsonl'))!
    .replace(/\.jsonl$/, '');
  return { dir, id };
}

/** What a coop killed while it held the incident leaves: its lock, its pid no longer running. */
function leftByKilledRoot(dir: string, id: string): void {
  const lock = lockPath(dir, id);
  mkdirSync(lock, { mode: 0o755 });
  const holder = { ...thisProcess(), pid: 4_194_303, token: 'a'.repeat(32), host: 'desk-1', person: 'root' };
  writeFileSync(join(lock, HOLDER_FILE), JSON.stringify({ ...holder, since: new Date().toISOString() }), {
    mode: 0o644,
  });
}

const resumeAsColleague = (dir: string, id: string) =>
  runCoop(['resume', id, '--runbooks', SHIPPED_RUNBOOKS, '--journal-dir', dir, '--yes'], { wrapper: AS_COLLEAGUE });

describe(`coop resume from another login${why}`, () => {
  it.skipIf(!canSwitch)('stops before step 1 on a journal that login may not write, and says what to do', () => {
    const { dir, id } = startedByRoot();
    chmodSync(journalPath(dir, id), 0o644);
    const resumed = resumeAsColleague(dir, id);
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toMatch(
      /^coop: cannot write \S+\.jsonl: permission denied; carry the incident on from the login that started it, or give the journal folder to a group/,
    );
    expect(resumed.stdout).not.toContain('Step 1');
    expect(readdirSync(dir)).toEqual([`${id}.jsonl`]);
  });

  it.skipIf(!canSwitch)(
    "takes over the lock of root's coop that no longer runs, and leaves root's folder be where it may not empty it",
    () => {
      const { dir, id } = startedByRoot();
      chmodSync(journalPath(dir, id), 0o666);
      leftByKilledRoot(dir, id);
      const resumed = resumeAsColleague(dir, id);
      expect(resumed.stderr).not.toContain('internal error');
      // Steps 1 and 2 done, then the question no answers file answers: paused, everything written.
      expect(resumed.code).toBe(2);
      expect(resumed.stdout).toContain('Paused at step 3');
      expect(readdirSync(dir).sort()).toEqual([`${id}.jsonl`, `${id}.lock.stale-${'a'.repeat(32)}`]);
    },
  );

  it.skipIf(!canSwitch)(
    "says root's coop no longer runs, and why this login cannot take over, where the folder is sticky",
    () => {
      const { dir, id } = startedByRoot();
      chmodSync(dir, 0o1777);
      chmodSync(journalPath(dir, id), 0o666);
      leftByKilledRoot(dir, id);
      const resumed = resumeAsColleague(dir, id);
      expect(resumed.code).toBe(2);
      expect(resumed.stderr).toMatch(
        new RegExp(
          `^coop: incident ${id} was left open by root on desk-1 \\(process 4194303, which no longer runs\\) since [\\d: -]+, and this login may not take over its lock: ask root to resume it`,
        ),
      );
    },
  );
});
