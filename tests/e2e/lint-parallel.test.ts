// A large library is linted by worker threads (src/lint/run/parallel.ts); what it
// reports must be exactly what one thread reports: findings, positions,
// messages, source excerpts and exit code. The threads run the built worker
// (dist/lint-worker.cjs), so the binary lints with them; one thread is
// coop in process, which never starts workers (there is no built worker
// beside the sources) and prints what the binary prints (e2e/in-process.test.ts).
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';

const EVERY_RULE = join(FIXTURES, 'lint', 'every-rule');

// One working folder for both runs: SARIF names it as the source root.
const cwd = tempDir();
const args = (dir: string, format: string) => ['lint', dir, '--format', format, '--today', '2026-11-23'];
/** The binary, on `workers` threads beside its own. */
const onThreads = (dir: string, format: string, workers: string) =>
  runCoop(args(dir, format), { cwd, env: { COOP_LINT_WORKERS: workers } });
/** In process: on one thread. */
const alone = (dir: string, format: string) => coop(args(dir, format), { cwd });

describe('lint on worker threads', () => {
  // json holds every finding whole, as the threads merged them; stylish and sarif also read the files' lines
  // again on the main thread (lazy-source.ts). compact and github print only what json holds, and each
  // format's own tests (tests/lint/formats/) cover how they print it.
  it.each(['stylish', 'json', 'sarif'])('reports the every-rule library the same in %s', async (format) => {
    const one = await alone(EVERY_RULE, format);
    expect(one.code).toBe(1);
    // One worker beside the main thread: the findings of two threads merged, at the cost of one worker's start.
    expect(onThreads(EVERY_RULE, format, '1')).toEqual(one);
  });

  it('reports a library of many runbooks with problems spread across them the same', async () => {
    const dir = join(tempDir(), 'lib');
    cpSync(EVERY_RULE, dir, { recursive: true });
    for (let i = 0; i < 40; i++) {
      const broken =
        i % 5 === 0 ? '  - do: x\n    nxt: end\n' : `  - do: Step of ${i}.\n    contacts: [nobody-${i % 3}]\n`;
      writeFileSync(
        join(dir, `extra-${i}.yaml`),
        `id: extra-${i}\ntitle: Extra ${i}\nowner: director\nreviewed: 2026-01-01\nsteps:\n${broken}`,
      );
    }
    const one = await alone(dir, 'json');
    expect(JSON.parse(one.stdout).findings.length).toBeGreaterThan(60);
    expect(onThreads(dir, 'json', '4')).toEqual(one);
  });
});
