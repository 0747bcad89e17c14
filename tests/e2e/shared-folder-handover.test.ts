// A hand-over between two people with their own logins, on a folder set up
// for sharing as docs/journal.md says (a group, the setgid bit): the first
// is killed while holding the incident (a dead battery), the second takes
// over its lock and finishes the incident. Journals made 0600 in a 0700
// folder allowed this for one account only.
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { COOP_BIN, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { journalLines, killHard, runCoop, untilLines, type Running } from '../helpers/run-coop.js';
import { NOBODY, unprivileged } from './unprivileged.js';

const GROUP = 4242;
const COLLEAGUE = 65533;
const as = (uid: number) => ['setpriv', `--reuid=${uid}`, `--regid=${uid}`, `--groups=${GROUP}`];
/** No library cache (root's cache folder is not theirs), and no user journal folder. */
const ENV = { COOP_NO_CACHE: '1', COOP_JOURNAL_DIR: undefined };

function whyNot(): string | undefined {
  if (process.getuid?.() !== 0) return 'two user ids need root (setpriv)';
  return unprivileged().skip;
}

describe('a hand-over between two user ids on a shared folder', () => {
  const skip = whyNot();
  it.skipIf(skip !== undefined)(
    `the colleague takes over the lock of a coop that was killed and finishes the incident${skip ? ` (skipped: ${skip})` : ''}`,
    async () => {
      const root = tempDir('coop-shared-');
      chmodSync(root, 0o755);
      const runbooks = join(root, 'runbooks');
      cpSync(SHIPPED_RUNBOOKS, runbooks, { recursive: true });
      const answers = join(root, 'answers.yaml');
      writeFileSync(answers, stringify({ 'director-in-office': 'No', 'power-back': ['No', 'Yes'] }));
      const journal = join(root, 'journal');
      mkdirSync(journal);
      chownSync(journal, 0, GROUP);
      chmodSync(journal, 0o2770);
      const args = ['--runbooks', runbooks, '--journal-dir', journal, '--answers', answers, '--yes'];

      const [command, ...prefix] = [...as(NOBODY), process.execPath, COOP_BIN];
      const child = spawn(command!, [...prefix, 'incident', 'power-loss', ...args, '--as', 'Pat Smith'], {
        env: { ...process.env, COOP_NO_CACHE: '1', COOP_TEST_HOLD_AFTER_EVENTS: '3' },
        stdio: ['ignore', 'pipe', 'pipe'],
        cwd: root,
      });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
        child.on('close', (code, signal) => r({ code, signal })),
      );
      const first: Running = { child, stdout: () => '', stderr: () => stderr, exited };
      await untilLines(journal, 3, first);
      await killHard(first);
      const name = readdirSync(journal).find((n) => n.endsWith('.jsonl'))!;
      expect(statSync(join(journal, name))).toMatchObject({ uid: NOBODY, gid: GROUP });

      const second = runCoop(['resume', name.replace(/\.jsonl$/, ''), ...args, '--as', 'Lee Jones'], {
        wrapper: as(COLLEAGUE),
        env: ENV,
        cwd: root,
      });
      expect(second.stderr).toBe('');
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('Resumed by Lee Jones, taking over from Pat Smith.');
      expect(journalLines(journal).at(-1)).toContain('"type":"ended"');
      // Nothing of either lock is left behind.
      expect(readdirSync(journal)).toEqual([name]);
    },
  );
});
