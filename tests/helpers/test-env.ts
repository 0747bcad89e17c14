// The environment coop runs in under test, in a process or in-process: the
// test's own, without what would point it at a person's library, journals or
// colour settings, with a cache of its own.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// npm_command=exec (the tests run under npx) would make coop print `npx coop` in what it says to type.
// NODE_EXTRA_CA_CERTS: Node 20 reads and parses the bundle it names as each process starts, before
// any of coop runs (0.09 s of CPU a process on this machine, where it names the system's 140
// certificates: `coop --version` 0.155 s with it, 0.062 s without), and coop opens no connection.
const LEFT_OUT = [
  'NO_COLOR',
  'FORCE_COLOR',
  'COOP_RUNBOOKS',
  'COOP_JOURNAL_DIR',
  'CI',
  'npm_command',
  'NODE_EXTRA_CA_CERTS',
];

// The default journal folder ($XDG_STATE_HOME/coop/journal) is one of the
// test process's own: a person's real incidents (a walk tried by hand on this
// machine) would change what lint, status and incidents find and load.
let stateHome: string | undefined;

/** The cache folder of every coop a test starts, in the run's own temporary folder (./run-folder.ts). */
export const TEST_CACHE_FOLDER = 'coop-test-cache';

/** The test environment with `extra` on top (a value of undefined removes the variable). */
export function testEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !LEFT_OUT.includes(k)) env[k] = v;
  // Tests never read or write the user's real library cache.
  env.COOP_CACHE_DIR = join(tmpdir(), TEST_CACHE_FOLDER);
  stateHome ??= mkdtempSync(join(tmpdir(), 'coop-test-state-'));
  env.XDG_STATE_HOME = stateHome;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}
