// One share of a parallel lint (src/lint/run/parallel.ts): loads its runbook
// files in small batches, runs every per-runbook rule on each batch, and
// returns the findings and the runbooks, so the rules about the library as a
// whole can run once on all of them. Batches keep the parsed YAML trees of
// only a few files alive at a time. Runs in a worker thread, or on the main
// thread for the main thread's own share.
import { basename } from 'node:path';
import type { Library } from '../../library/library.js';
import { loadLibrary, loadRunbooks } from '../../library/load.js';
import type { Runbook } from '../../format/model.js';
import { lintLibrary } from '../engine.js';
import type { Finding } from '../finding.js';

export interface ShareInput {
  dir: string;
  cwd: string;
  today: string;
  names: string[];
}

export interface ShareOutput {
  findings: Finding[];
  runbooks: Array<{ value: Runbook; displayPath: string }>;
  broken: Library['brokenRunbooks'];
  /** Every runbook file read (a broken one too, when it had text). */
  files: Array<{ displayPath: string; absolutePath: string }>;
}

const BATCH = 50;

export function lintShare(
  input: ShareInput,
  shared = loadLibrary(input.dir, { cwd: input.cwd, onlyRunbooks: [] }),
): ShareOutput {
  const out: ShareOutput = { findings: [], runbooks: [], broken: [], files: [] };
  for (let i = 0; i < input.names.length; i += BATCH) {
    const names = input.names.slice(i, i + BATCH);
    // The shared files' problems stay, so references are judged as the whole library would judge them.
    const batch: Library = {
      ...shared,
      runbooks: [],
      brokenRunbooks: [],
      files: [...shared.files],
      problems: [...shared.problems],
    };
    loadRunbooks(batch, names, input.cwd);
    const mine = new Set(batch.files.filter((f) => names.includes(basename(f.absolutePath))).map((f) => f.displayPath));
    for (const b of batch.brokenRunbooks) mine.add(b.file);
    const findings: Finding[] = lintLibrary(batch, { today: input.today, onlyFiles: mine });
    // Problems of the shared files are reported once, by the caller.
    for (const f of findings) if (mine.has(f.file)) out.findings.push(f);
    for (const r of batch.runbooks) out.runbooks.push({ value: r.value, displayPath: r.file.displayPath });
    for (const f of batch.files)
      if (mine.has(f.displayPath)) out.files.push({ displayPath: f.displayPath, absolutePath: f.absolutePath });
    out.broken.push(...batch.brokenRunbooks);
  }
  return out;
}
