// Runs the built `coop` binary as a user would: a real process, real exit
// code, stdout and stderr captured. `npm test` builds dist/ first.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const COOP_BIN = join(REPO_ROOT, 'bin', 'coop.js');
export const SHIPPED_RUNBOOKS = join(REPO_ROOT, 'runbooks');
export const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');

export interface CoopResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  timeout?: number;
  /** A command coop runs under, like `setpriv --reuid=65534 ...` to run as another user. */
  wrapper?: string[];
}

/** Runs `coop args...` with no TTY, no colour variables, no CI flag and not as under npx, unless given. */
export function runCoop(args: string[], options: RunOptions = {}): CoopResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    // npm_command=exec (the tests run under npx) would make coop print `npx coop` in what it says to type.
    if (
      v !== undefined &&
      !['NO_COLOR', 'FORCE_COLOR', 'COOP_RUNBOOKS', 'COOP_JOURNAL_DIR', 'CI', 'npm_command'].includes(k)
    )
      env[k] = v;
  }
  // Tests never read or write the user's real library cache.
  env.COOP_CACHE_DIR = join(tmpdir(), 'coop-test-cache');
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? tempDir(),
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
  };
  const [command, ...prefix] = [...(options.wrapper ?? []), process.execPath];
  const result = spawnSync(command!, [...prefix, COOP_BIN, ...args], spawnOptions);
  return { code: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

export function tempDir(prefix = 'coop-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
