// The built binary as a process a test can kill: started asynchronously, so a
// test can watch its journal grow and SIGKILL it at an exact point (see
// COOP_TEST_HOLD_AFTER_EVENTS in src/walk/test-hold.ts), and so several run
// side by side in a small pool.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COOP_BIN, tempDir } from '../helpers/run-coop.js';

export interface Running {
  child: ChildProcess;
  /** What it printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed) once the process is gone and reaped. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment of runCoop: no colour variables, no CI, no user library or journal folder, a test cache. */
function testEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, COOP_CACHE_DIR: join(tmpdir(), 'coop-test-cache'), ...extra };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COOP_RUNBOOKS', 'COOP_JOURNAL_DIR', 'CI', 'npm_command'])
    delete env[name];
  return env;
}

export function spawnCoop(args: string[], env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, [COOP_BIN, ...args], {
    cwd: tempDir(),
    env: testEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Whole lines (ending in a line break) of the one journal in `dir`, or none yet. */
export function journalLines(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const name = readdirSync(dir).find((n) => n.endsWith('.jsonl'));
  if (!name) return [];
  const text = readFileSync(join(dir, name), 'utf8');
  return text.split('\n').slice(0, -1);
}

/** Waits until the journal in `dir` holds at least `lines` whole lines, or the process has ended. */
export async function untilLines(dir: string, lines: number, running: Running, timeoutMs = 15_000): Promise<void> {
  let gone = false;
  void running.exited.then(() => (gone = true));
  for (
    const end = Date.now() + timeoutMs;
    journalLines(dir).length < lines;
    await new Promise((r) => setTimeout(r, 5))
  ) {
    if (gone) throw new Error(`coop ended before its journal had ${lines} lines:\n${running.stderr()}`);
    if (Date.now() > end) throw new Error(`the journal in ${dir} never reached ${lines} lines`);
  }
}

/** SIGKILL, like a dead battery, and wait until the process is gone (a zombie would still hold its lock). */
export async function killHard(running: Running): Promise<void> {
  running.child.kill('SIGKILL');
  await running.exited;
}
