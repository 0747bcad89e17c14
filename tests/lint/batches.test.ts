// A large library is linted a batch of files at a time on one thread
// (src/lint/run/parallel.ts, share.ts): what it finds must be exactly what a
// lint of the library loaded whole finds, positions and messages included.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { lintLibrary } from '../../src/lint/engine.js';
import { sortFindings } from '../../src/lint/finding.js';
import { machineOver } from '../../src/lint/run/idle-cores.js';
import { lintInParallel, workerCount } from '../../src/lint/run/parallel.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

const TODAY = '2026-11-23';

describe('lint in batches on one thread', () => {
  it('finds in a library of many runbooks exactly what a lint of it loaded whole finds', async () => {
    const dir = join(tempDir(), 'lib');
    cpSync(join(FIXTURES, 'lint', 'every-rule'), dir, { recursive: true });
    for (let i = 0; i < 120; i++) {
      const broken =
        i % 5 === 0 ? '  - do: x\n    nxt: end\n' : `  - do: Step of ${i}.\n    contacts: [nobody-${i % 3}]\n`;
      writeFileSync(
        join(dir, `extra-${i}.yaml`),
        `id: extra-${i}\ntitle: Extra ${i}\nowner: director\nreviewed: 2026-01-01\nsteps:\n${broken}`,
      );
    }
    const options = { cwd: dir, today: TODAY, env: { COOP_LINT_WORKERS: '0' }, batchesFrom: 1 };
    const batched = await lintInParallel(dir, options);
    const whole = lintLibrary(loadLibrary(dir, { cwd: dir }), { today: TODAY });
    expect(whole.length).toBeGreaterThan(100);
    expect(sortFindings(batched!.findings)).toEqual(sortFindings(whole));
  });
});

describe('worker threads', () => {
  const idle = { cores: 2, load: 0.2 };
  const busy = { cores: 2, load: 1.6 };
  it('are started for thousands of runbooks when a core is idle', () => {
    expect(workerCount(10_000, {}, idle)).toBe(1);
  });
  it('are not started when the other core is busy', () => {
    expect(workerCount(10_000, {}, busy)).toBe(0);
  });
  it('are not started for a library a thread reads faster than a worker boots', () => {
    expect(workerCount(1_000, {}, idle)).toBe(0);
  });
  it('are as many as COOP_LINT_WORKERS says, whatever the machine', () => {
    expect(workerCount(1_000, { COOP_LINT_WORKERS: '3' }, busy)).toBe(3);
  });
  it('are started when the other core sat idle while this thread worked, not when it was busy', () => {
    // 300 ms of work on this thread: the other core idle for 290 ms of it, or for 30 ms.
    expect(workerCount(10_000, {}, machineOver(290, 300, 2))).toBe(1);
    expect(workerCount(10_000, {}, machineOver(30, 300, 2))).toBe(0);
  });
  it("do not count this process's own other threads (the garbage collector's) as other work", () => {
    // 300 ms: the main thread busy throughout, the collector 200 ms on the other core, which sat idle 100 ms.
    expect(workerCount(10_000, {}, machineOver(100, 300, 2, 500))).toBe(1);
    // The same idle time with this process using only its main thread: another program had the other core.
    expect(workerCount(10_000, {}, machineOver(100, 300, 2, 300))).toBe(0);
  });
});
