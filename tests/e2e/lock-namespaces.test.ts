// Two coops with the same host name whose process ids mean nothing to each
// other: each in its own PID namespace (`unshare --pid`, as containers run).
// A lock judged by "same host and kill(pid, 0) fails" was deleted by the
// second while the first still wrote; the lock's heartbeat tells them apart.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { COOP_BIN, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { journalLines, runCoop, untilLines } from '../helpers/run-coop.js';

/** Its own PID namespace (and /proc), killed with everything in it when the test kills it. */
const UNSHARE = ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child=SIGKILL'];

function whyNot(): string | undefined {
  if (process.getuid?.() !== 0) return 'PID namespaces need root (unshare --pid)';
  const probe = spawnSync(UNSHARE[0]!, [...UNSHARE.slice(1), 'true'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0)
    return `unshare --pid cannot be used here (${probe.error?.message ?? probe.stderr.trim()})`;
  return undefined;
}

describe('one writer per incident across PID namespaces with the same host name', () => {
  const skip = whyNot();
  it.skipIf(skip !== undefined)(
    `the second coop is told who holds the incident and writes nothing; once the first is gone, it takes over${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const dir = tempDir('coop-ns-');
      const runbooks = join(dir, 'runbooks');
      cpSync(SHIPPED_RUNBOOKS, runbooks, { recursive: true });
      const answers = join(dir, 'answers.yaml');
      writeFileSync(answers, stringify({ 'director-in-office': 'No', 'power-back': ['No', 'Yes'] }));
      const journal = join(dir, 'journal');
      const args = ['--runbooks', runbooks, '--journal-dir', journal, '--answers', answers, '--yes'];
      const env: NodeJS.ProcessEnv = { ...process.env, COOP_LOCK_WATCH_SECONDS: '2' };
      delete env.COOP_JOURNAL_DIR;

      // The first holds the incident after three events, as a person at a prompt would.
      const first = spawn(
        UNSHARE[0]!,
        [...UNSHARE.slice(1), process.execPath, COOP_BIN, 'incident', 'power-loss', ...args, '--as', 'Pat Smith'],
        {
          env: { ...env, COOP_TEST_HOLD_AFTER_EVENTS: '3' },
          stdio: 'ignore',
        },
      );
      const exited = new Promise((r) => first.on('close', r));
      await untilLines(journal, 3, {
        child: first,
        stdout: () => '',
        stderr: () => '',
        exited: exited as Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
      });
      const id = readdirSync(journal)
        .find((n) => n.endsWith('.jsonl'))!
        .replace(/\.jsonl$/, '');

      const second = runCoop(['resume', id, ...args, '--as', 'Lee Jones'], { wrapper: UNSHARE, env });
      expect(second.stderr).toMatch(
        new RegExp(
          `coop: incident ${id} is open in another coop: Pat Smith on ${hostname()} \\(process \\d+\\) since \\S+; one coop at a time writes an incident: wait until they pause it, or ask them to\\n$`,
        ),
      );
      expect(second.code).toBe(2);
      expect(journalLines(journal)).toHaveLength(3);

      first.kill('SIGKILL');
      await exited;
      const third = runCoop(['resume', id, ...args, '--as', 'Lee Jones'], { wrapper: UNSHARE, env });
      expect(third.stderr).toMatch(/watching 2 s for its heartbeat to tell whether that coop still runs\n$/);
      expect(third.code).toBe(0);
      expect(journalLines(journal).at(-1)).toContain('"type":"ended"');
    },
  );
});
