// Linting a large library on every core. Parsing YAML is nearly all the work
// of a lint (measured: about 90% for 1,000 runbooks), and each runbook file
// parses on its own, so worker threads take shares of the files and run the
// per-runbook rules; the main thread loads the shared files and runs the
// rules about the library as a whole on the runbooks the workers send back.
// Findings, messages and positions are the same as a lint on one thread.
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Library } from '../library/library.js';
import { loadLibrary, runbookFileNames } from '../library/load.js';
import type { Runbook } from '../library/schema.js';
import { lintLibrary } from './engine.js';
import type { Finding } from './finding.js';
import { LazySourceFile } from './lazy-source.js';

export interface WorkerInput {
  dir: string;
  cwd: string;
  today: string;
  names: string[];
}

export interface WorkerOutput {
  findings: Finding[];
  runbooks: Array<{ value: Runbook; displayPath: string }>;
  broken: Library['brokenRunbooks'];
  /** Every runbook file the worker read (a broken one too, when it had text). */
  files: Array<{ displayPath: string; absolutePath: string }>;
}

/** Below this many runbook files a worker's start-up costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 150;
/** Fewer files than this a worker is not worth starting. */
const MIN_FILES_PER_WORKER = 100;

/** The worker script beside the bundle's chunks; absent when running from the TypeScript sources. */
function workerScript(): URL | undefined {
  const url = new URL('./lint-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** How many workers to use for `fileCount` runbook files; 0 means lint on this thread. COOP_LINT_WORKERS overrides. */
export function workerCount(fileCount: number, env: NodeJS.ProcessEnv): number {
  const forced = env.COOP_LINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), Math.max(1, fileCount));
  if (fileCount < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(availableParallelism(), 8, Math.floor(fileCount / MIN_FILES_PER_WORKER)));
}

export interface ParallelLint {
  library: Library;
  findings: Finding[];
}

/**
 * Lints the whole library in `dir` with workers, or returns undefined when
 * it is too small for them to pay (or workers cannot run here): the caller
 * then lints on its own thread.
 */
export async function lintInParallel(dir: string, options: { cwd: string; today: string; env: NodeJS.ProcessEnv }): Promise<ParallelLint | undefined> {
  const script = workerScript();
  if (!script) return undefined;
  let names: string[];
  try {
    names = runbookFileNames(readdirSync(dir).sort());
  } catch {
    return undefined; // the sequential path reports why the folder cannot be read
  }
  const count = workerCount(names.length, options.env);
  if (count < 1) return undefined;

  const library = loadLibrary(dir, { cwd: options.cwd, onlyRunbooks: [] });
  // Contiguous shares keep each worker's files together on disk and in the output.
  const size = Math.ceil(names.length / count);
  const shares = Array.from({ length: count }, (_, i) => names.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
  const outputs = await Promise.all(shares.map((share) => runWorker(script, { dir: library.root, cwd: options.cwd, today: options.today, names: share })));

  const findings: Finding[] = [];
  for (const out of outputs) {
    for (const f of out.findings) findings.push(f);
    const files = new Map(out.files.map((f) => [f.displayPath, new LazySourceFile(f.displayPath, f.absolutePath)]));
    for (const file of files.values()) library.files.push(file);
    for (const r of out.runbooks) library.runbooks.push({ value: r.value, file: files.get(r.displayPath)!, path: [] });
    library.brokenRunbooks.push(...out.broken);
  }
  for (const f of lintLibrary(library, { today: options.today, runbookHooks: false })) findings.push(f);
  return { library, findings };
}

function runWorker(script: URL, input: WorkerInput): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    worker.once('message', (out: WorkerOutput) => resolve(out));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a lint worker stopped with exit code ${code}`));
    });
  });
}
