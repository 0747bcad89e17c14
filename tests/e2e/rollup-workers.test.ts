// A state's worth of libraries is shared out to worker threads
// (src/reports/rollup/rows.ts); the built binary then runs the built worker
// (dist/rollup-worker.cjs). Its report must be exactly the one thread's: the
// rows, in the order named. One thread is coop in process, which has no
// built worker beside the sources. Both judge on today's date.
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { runCoop } from '../helpers/run-coop.js';
import { journalsFolder, stateFolder } from '../reports/rollup-fixtures.js';

describe('rollup on worker threads', () => {
  it('gives the same rows as on one thread', async () => {
    const dir = stateFolder();
    const args = ['rollup', dir, '--journals', journalsFolder(), '--format', 'json'];
    const threads = runCoop(args, { cwd: dir, env: { COOP_LINT_WORKERS: '1', COOP_NO_CACHE: '1' } });
    const one = await coop(args, { cwd: dir, env: { COOP_NO_CACHE: '1' } });
    expect(threads.code).toBe(0);
    expect(threads.stdout).toBe(one.stdout);
    expect(JSON.parse(threads.stdout).rows).toHaveLength(5);
  });
});
