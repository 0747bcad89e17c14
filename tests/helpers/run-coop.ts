// The built binary as a person or a script runs it: a real process, its real
// exit code, stdout and stderr. `npm test` builds dist/ first. Only for what
// a process alone shows (signals, kills, locks held by another process, a
// terminal, start-up, the launcher): every other command test runs coop
// in-process with tests/helpers/coop.ts, at a fraction of the cost.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoopResult } from './expect-run.js';
import { COOP_BIN, tempDir } from './paths.js';
import { testEnv } from './test-env.js';

export interface RunOptions {
  /** The working folder; a fresh one by default. */
  cwd?: string;
  /** Variables on top of the test environment (tests/helpers/test-env.ts); undefined removes one. */
  env?: Record<string, string | undefined>;
  /** What stdin holds (a pipe, never a terminal). */
  input?: string;
  /** A hang ends here, with code null (a synchronous run blocks the test's own time limit). */
  timeout?: number;
  /** A command coop runs under, like `setpriv --reuid=65534 ...` to run as another user. */
  wrapper?: string[];
  /** The program that is coop, instead of node and this clone's bin/coop.js: ['coop'] is the one found on PATH. */
  program?: string[];
}

// Another build can replace dist/ while a test spawns the binary: a missing
// bundle is that race, never the behaviour under test, so run again.
const BUILD_RACE = /Cannot find module '.*[\\/]dist[\\/]|the program is not built yet/;

/** Runs `coop args...` to its end, with no terminal. */
export function runCoop(args: string[], options: RunOptions = {}): CoopResult {
  const [command, ...prefix] = [...(options.wrapper ?? []), ...(options.program ?? [process.execPath, COOP_BIN])];
  for (let attempt = 0; ; attempt++) {
    const result = spawnSync(command!, [...prefix, ...args], {
      cwd: options.cwd ?? tempDir(),
      env: testEnv(options.env),
      input: options.input ?? '',
      encoding: 'utf8',
      timeout: options.timeout ?? 20_000,
    });
    const run = { args, code: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
    if (attempt < 3 && BUILD_RACE.test(run.stderr)) continue;
    return run;
  }
}

export interface Running {
  child: ChildProcess;
  /** What it printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed) once the process is gone and reaped. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `coop args...` and leaves it running, for a test to watch, signal or kill; stdin is closed. */
export function startCoop(args: string[], options: Pick<RunOptions, 'cwd' | 'env'> = {}): Running {
  const child = spawn(process.execPath, [COOP_BIN, ...args], {
    cwd: options.cwd ?? tempDir(),
    env: testEnv(options.env),
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
  return readFileSync(join(dir, name), 'utf8').split('\n').slice(0, -1);
}

/**
 * Waits until the journal in `dir` holds at least `lines` whole lines; fails
 * at once if the process ends first. A process that never gets there is
 * caught by the test's own time limit.
 */
export async function untilLines(dir: string, lines: number, running: Running): Promise<void> {
  let gone = false;
  void running.exited.then(() => (gone = true));
  while (journalLines(dir).length < lines) {
    if (gone) throw new Error(`coop ended before its journal had ${lines} lines:\n${running.stderr()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** SIGKILL, like a dead battery, and wait until the process is gone (a zombie would still hold its lock). */
export async function killHard(running: Running): Promise<void> {
  running.child.kill('SIGKILL');
  await running.exited;
}
