// A worker thread of a parallel lint (src/lint/parallel.ts): loads its share
// of a library's runbook files in small batches, runs every per-runbook rule
// on each batch, and sends back the findings and the runbooks, so the main
// thread can run the rules about the library as a whole. Batches keep the
// parsed YAML trees of only a few files alive at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { basename } from 'node:path';
import type { Library } from '../library/library.js';
import { loadLibrary, loadRunbooks } from '../library/load.js';
import { lintLibrary } from './engine.js';
import type { Finding } from './finding.js';
import type { WorkerInput, WorkerOutput } from './parallel.js';

const BATCH = 50;

function run(input: WorkerInput): WorkerOutput {
  const shared = loadLibrary(input.dir, { cwd: input.cwd, onlyRunbooks: [] });
  const out: WorkerOutput = { findings: [], runbooks: [], broken: [], files: [] };
  for (let i = 0; i < input.names.length; i += BATCH) {
    const names = input.names.slice(i, i + BATCH);
    // The shared files' problems stay, so references are judged as the whole library would judge them.
    const batch: Library = { ...shared, runbooks: [], brokenRunbooks: [], files: [...shared.files], problems: [...shared.problems] };
    loadRunbooks(batch, names, input.cwd);
    const mine = new Set(batch.files.filter((f) => names.includes(basename(f.absolutePath))).map((f) => f.displayPath));
    for (const b of batch.brokenRunbooks) mine.add(b.file);
    const findings: Finding[] = lintLibrary(batch, { today: input.today, onlyFiles: mine });
    // Problems of the shared files are the main thread's to report, once.
    for (const f of findings) if (mine.has(f.file)) out.findings.push(f);
    for (const r of batch.runbooks) out.runbooks.push({ value: r.value, displayPath: r.file.displayPath });
    // Every file read, loaded or not: the main thread shows excerpts of them.
    for (const f of batch.files) if (mine.has(f.displayPath)) out.files.push({ displayPath: f.displayPath, absolutePath: f.absolutePath });
    out.broken.push(...batch.brokenRunbooks);
  }
  return out;
}

parentPort?.postMessage(run(workerData as WorkerInput));
