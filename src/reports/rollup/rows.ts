// The rows of every agency, in the order named. A state's worth of libraries
// is CPU work on every file (measured: 10,000 runbooks in 500 libraries are
// about 7.5 s of CPU on one thread here), so where the lint would start a
// worker thread for that many files (lint/run/parallel.ts: an idle core,
// thousands of files) the agencies are shared out by their files, a
// contiguous share a worker, and this thread makes the first share while
// the workers boot. A worker that fails costs time, not rows: its share is
// made here.
import { readdirSync } from 'node:fs';
import { runbookFileNames } from '../../library/load.js';
import { runWorker, workerCount, workerScript } from '../../lint/run/parallel.js';
import { agencyRow, type AgencyRow, type RowOptions } from './row.js';
import type { AgencySource } from './sources.js';

export interface RowsShare {
  sources: AgencySource[];
  options: RowOptions;
}

function fileCount(source: AgencySource): number {
  try {
    return runbookFileNames(readdirSync(source.dir)).length;
  } catch {
    return 0;
  }
}

/** Contiguous shares of about the same number of files each. */
function sharesOf(sources: readonly AgencySource[], counts: number[], shares: number): AgencySource[][] {
  const total = counts.reduce((a, b) => a + b, 0);
  const out: AgencySource[][] = Array.from({ length: shares }, () => []);
  let seen = 0;
  sources.forEach((source, i) => {
    out[Math.min(shares - 1, Math.floor((seen * shares) / Math.max(1, total)))]!.push(source);
    seen += counts[i]!;
  });
  return out.filter((share) => share.length > 0);
}

const rowsHere = (sources: readonly AgencySource[], options: RowOptions) => sources.map((s) => agencyRow(s, options));

export async function agencyRows(
  sources: readonly AgencySource[],
  options: RowOptions,
  env: NodeJS.ProcessEnv,
): Promise<AgencyRow[]> {
  const script = workerScript('rollup-worker.cjs');
  const counts = script ? sources.map(fileCount) : [];
  const workers = script
    ? workerCount(
        counts.reduce((a, b) => a + b, 0),
        env,
      )
    : 0;
  if (workers < 1) return rowsHere(sources, options);
  const [mine = [], ...theirs] = sharesOf(sources, counts, workers + 1);
  const running = theirs.map((share) =>
    runWorker<RowsShare, AgencyRow[]>(script!, { sources: share, options }).catch(() => undefined),
  );
  const rows = rowsHere(mine, options);
  for (const [i, result] of (await Promise.all(running)).entries())
    rows.push(...(result ?? rowsHere(theirs[i]!, options)));
  return rows;
}
