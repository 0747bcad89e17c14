// The rows of every agency, in the order named. A state's worth of libraries
// is CPU work on every file (measured: 10,000 runbooks in 500 libraries are
// several seconds of CPU on one thread here), so for thousands of files and
// an idle core a worker thread helps: this thread and each worker take the
// next agency from one shared counter until none is left, so none waits for
// another's share, and a worker that starts late still takes its part. A
// worker that fails costs time, not rows: whatever it took and did not give
// back is made here.
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { runbookFileNames } from '../../library/load.js';
import { machineSince, watchIdle } from '../../lint/run/idle-cores.js';
import { runWorker, workerCount, workerScript } from '../../lint/run/parallel.js';
import { agencyRow, type AgencyRow, type RowOptions } from './row.js';
import type { AgencySource } from './sources.js';

export interface RowsWork {
  sources: AgencySource[];
  options: RowOptions;
  /** One Int32: the index of the next agency nobody has taken (Atomics). */
  next: SharedArrayBuffer;
}

/** What a worker gives back: each row it made, by the agency's index. */
export type RowsMade = Array<[number, AgencyRow]>;

/** Makes the row of each agency not yet taken, taking them one at a time from the shared counter. */
export function takeRows(work: RowsWork, made: (index: number, row: AgencyRow) => void): void {
  const next = new Int32Array(work.next);
  for (let i = Atomics.add(next, 0, 1); i < work.sources.length; i = Atomics.add(next, 0, 1))
    made(i, agencyRow(work.sources[i]!, work.options));
}

/** The runbook files of the agencies, counted only as far as `enough`. */
function filesUpTo(sources: readonly AgencySource[], enough: number): number {
  let files = 0;
  for (const source of sources) {
    if (files >= enough) break;
    try {
      files += runbookFileNames(readdirSync(source.dir)).length;
    } catch {
      // An unreadable folder is its row's business.
    }
  }
  return files;
}

/** Counting stops here: more files than any number of workers needs. */
const FILES_FOR_ANY_WORKERS = 100_000;
/** How long this thread works alone before it looks whether a core sat idle meanwhile. */
const LOOK_AFTER_MS = 300;

export async function agencyRows(
  sources: readonly AgencySource[],
  options: RowOptions,
  env: NodeJS.ProcessEnv,
): Promise<AgencyRow[]> {
  const script = workerScript('rollup-worker.cjs');
  const files = script ? filesUpTo(sources, FILES_FOR_ANY_WORKERS) : 0;
  const work: RowsWork = { sources: [...sources], options, next: new SharedArrayBuffer(4) };
  const rows: Array<AgencyRow | undefined> = new Array(sources.length);
  const running: Array<Promise<RowsMade>> = [];
  const start = (workers: number) => {
    for (let w = 0; w < workers; w++) running.push(runWorker<RowsWork, RowsMade>(script!, work).catch(() => []));
  };
  // Workers join as soon as they are known to pay: at once when COOP_LINT_WORKERS says how many, else
  // once this thread has worked long enough to see whether another core sat idle meanwhile (a worker
  // that competes for a busy core is time lost). Taking agencies from the counter, a late one is no worse.
  const forced = env.COOP_LINT_WORKERS !== undefined;
  if (script && forced) start(workerCount(files, env));
  let looked = !script || forced;
  const watch = watchIdle();
  takeRows(work, (i, row) => {
    rows[i] = row;
    if (looked || performance.now() - watch.since < LOOK_AFTER_MS) return;
    looked = true;
    start(workerCount(files, env, machineSince(watch, availableParallelism())));
  });
  for (const made of await Promise.all(running)) for (const [i, row] of made) rows[i] = row;
  return rows.map((row, i) => row ?? agencyRow(sources[i]!, options));
}
