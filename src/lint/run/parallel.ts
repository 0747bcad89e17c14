// Linting a large library: its runbook files are loaded and linted a batch
// at a time (share.ts), so the parsed files of only one batch are alive at
// once, and the rules about the library as a whole run once at the end on the
// runbooks kept. Worker threads take shares of the files only where they pay:
// measured on this 2-core machine with the fast reader, a worker made a lint
// of 1,000 runbooks 1.3-1.5x slower and 50% dearer in CPU whenever the other
// core was busy (booting it and compiling its bundle costs more than it
// saves), so one starts only for thousands of files and an idle core.
// Findings, messages and positions are the same as a lint on one thread.
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Library } from '../../library/library.js';
import { loadLibrary, runbookFileNames } from '../../library/load.js';
import { lintLibrary } from '../engine.js';
import type { Finding } from '../finding.js';
import { LazySourceFile } from './lazy-source.js';
import { lintShare, type ShareInput, type ShareOutput } from './share.js';
import type { RecoveryRecord } from '../../journal/recovery-records.js';

/** Below this many runbook files a library is simply loaded whole: batching saves no memory worth having. */
const MIN_FILES_FOR_BATCHES = 300;
/** Below this many runbook files a worker's start-up costs more than its share of the work saves. */
const MIN_FILES_FOR_WORKERS = 3000;
/** Fewer files than this a worker is not worth starting. */
const MIN_FILES_PER_WORKER = 1500;
/**
 * The main thread lints a share too, and a larger one: it starts at once,
 * with the parser already loaded and warming, while the workers boot.
 */
const MAIN_SHARE_WEIGHT = 1.5;

/** A worker script beside the CLI bundle in dist/; absent when running from the TypeScript sources. */
export function workerScript(name = 'lint-worker.cjs'): URL | undefined {
  const url = new URL(`./${name}`, import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * How many worker threads to start beside the main thread for `fileCount`
 * runbook files: one for each idle core (by the load average, which counts
 * the cores busy with other work), when there are enough files for each.
 * COOP_LINT_WORKERS=N forces N.
 */
export function workerCount(fileCount: number, env: NodeJS.ProcessEnv, machine = thisMachine()): number {
  const forced = env.COOP_LINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), Math.max(0, fileCount - 1));
  if (fileCount < MIN_FILES_FOR_WORKERS) return 0;
  // This process takes one core; a core at least half free counts as idle.
  const idle = Math.floor(machine.cores - 1 - machine.load + 0.5);
  return Math.max(0, Math.min(idle, 7, Math.floor(fileCount / MIN_FILES_PER_WORKER) - 1));
}

function thisMachine(): { cores: number; load: number } {
  return { cores: availableParallelism(), load: loadavg()[0] ?? 0 };
}

/** Contiguous shares (files together on disk and in the output), the first, the main thread's, weighted. */
function sharesOf(names: string[], workers: number): string[][] {
  const unit = names.length / (MAIN_SHARE_WEIGHT + workers);
  const cuts = [0, Math.round(unit * MAIN_SHARE_WEIGHT)];
  for (let w = 1; w <= workers; w++) cuts.push(Math.round(unit * (MAIN_SHARE_WEIGHT + w)));
  return cuts
    .slice(0, -1)
    .map((from, i) => names.slice(from, cuts[i + 1]))
    .filter((share) => share.length > 0);
}

export interface ParallelLint {
  library: Library;
  findings: Finding[];
}

/**
 * Lints the whole library in `dir` in batches, with workers where they pay,
 * or returns undefined when it is small enough to load whole: the caller then
 * lints it in one go.
 */
export async function lintInParallel(
  dir: string,
  options: {
    cwd: string;
    today: string;
    env: NodeJS.ProcessEnv;
    batchesFrom?: number;
    records?: readonly RecoveryRecord[];
  },
): Promise<ParallelLint | undefined> {
  let names: string[];
  try {
    names = runbookFileNames(readdirSync(dir).sort());
  } catch {
    return undefined; // the sequential path reports why the folder cannot be read
  }
  // The worker script is looked for only when workers would start (a URL and a file system call on every lint).
  const wanted = workerCount(names.length, options.env);
  const script = wanted > 0 ? workerScript() : undefined;
  const count = script ? wanted : 0;
  if (count < 1 && names.length < (options.batchesFrom ?? MIN_FILES_FOR_BATCHES)) return undefined;

  const [mainShare = [], ...workerShares] = sharesOf(names, count);
  const input = (share: string[]): ShareInput => ({ dir, cwd: options.cwd, today: options.today, names: share });
  // Start the workers first, so they boot while this thread does its own share.
  // A worker that fails (out of memory, say) costs time, not findings: its share is linted here.
  const running = workerShares.map((share) => runWorker(script!, input(share)).catch(() => undefined));
  const library = loadLibrary(dir, { cwd: options.cwd, onlyRunbooks: [] });
  const outputs = [lintShare(input(mainShare), library)];
  const results = await Promise.all(running);
  for (const [i, out] of results.entries()) outputs.push(out ?? lintShare(input(workerShares[i]!), library));

  const findings: Finding[] = [];
  for (const out of outputs) {
    for (const f of out.findings) findings.push(f);
    const files = new Map(out.files.map((f) => [f.displayPath, new LazySourceFile(f.displayPath, f.absolutePath)]));
    for (const file of files.values()) library.files.push(file);
    for (const r of out.runbooks) library.runbooks.push({ value: r.value, file: files.get(r.displayPath)!, path: [] });
    library.brokenRunbooks.push(...out.broken);
  }
  for (const f of lintLibrary(library, { today: options.today, runbookHooks: false, records: options.records }))
    findings.push(f);
  return { library, findings };
}

/**
 * A worker holds one batch of parsed files at a time (a few MB), but V8 lets
 * an uncapped heap grow long before collecting it: measured at 10,000
 * runbooks, capping it cut the process's peak from 427 MB to 365 MB at no
 * cost in time. A worker that runs out anyway has its share linted on the
 * main thread.
 */
const WORKER_HEAP_MB = 96;

/** Runs the worker script on `input` and resolves to the one message it posts (rollup's workers use it too). */
export function runWorker<Input = ShareInput, Output = ShareOutput>(script: URL, input: Input): Promise<Output> {
  return new Promise((resolve, reject) => {
    // Loaded here, not at the top: only a large library needs threads (and a small lint's start-up does not pay for them).
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(script, {
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.once('message', (out: Output) => resolve(out));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a worker stopped with exit code ${code}`));
    });
  });
}
