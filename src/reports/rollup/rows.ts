// The rows of every agency, in the order named. A state's worth of libraries
// is CPU work on every file (measured: 10,000 runbooks in 500 libraries are
// about 8 s of CPU on one thread here), so for thousands of files worker
// threads help: this thread and each worker take the next agency from one
// shared counter until none is left. No thread waits for another's share, so
// a worker that gets little of a busy core costs little more than its
// start-up, and one on an idle core takes half the work. A worker that fails
// costs time, not rows: whatever it took and did not give back is made here.
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { runbookFileNames } from '../../library/load.js';
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

/** Files enough for every worker this machine could take. */
const FILES_FOR_ANY_WORKERS = 100_000;

export async function agencyRows(
  sources: readonly AgencySource[],
  options: RowOptions,
  env: NodeJS.ProcessEnv,
): Promise<AgencyRow[]> {
  const script = workerScript('rollup-worker.cjs');
  // Workers share the agencies out as they go: however busy the other cores
  // are, one helps (measured), so only the files and the cores decide.
  const workers = script
    ? workerCount(filesUpTo(sources, FILES_FOR_ANY_WORKERS), env, { cores: availableParallelism(), load: 0 })
    : 0;
  const work: RowsWork = { sources: [...sources], options, next: new SharedArrayBuffer(4) };
  const rows: Array<AgencyRow | undefined> = new Array(sources.length);
  const running = Array.from({ length: workers }, () =>
    runWorker<RowsWork, RowsMade>(script!, work).catch(() => [] as RowsMade),
  );
  takeRows(work, (i, row) => {
    rows[i] = row;
  });
  for (const made of await Promise.all(running)) for (const [i, row] of made) rows[i] = row;
  return rows.map((row, i) => row ?? agencyRow(sources[i]!, options));
}
