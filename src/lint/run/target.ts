// Lints one target for real: loads the library (on worker threads when it is
// large) and runs the rules. Imported only when the lint cache has no answer.
import { loadLibrary } from '../../library/load.js';
import { displayPathOf } from '../../library/paths.js';
import type { TargetResult } from './cache.js';
import { lintLibrary } from '../engine.js';
import { lintInParallel } from './parallel.js';
import { basename } from 'node:path';
import { IMPROVEMENTS_FILE } from '../../library/paths.js';
import { isExerciseFile, isSharedFile, type Target } from '../targets.js';
import type { RecoveryRecord } from '../../journal/recovery-records.js';

export async function lintTarget(
  target: Target,
  options: { today: string; cwd: string; env: NodeJS.ProcessEnv; records: readonly RecoveryRecord[] },
): Promise<TargetResult> {
  // Exercises and the improvement plan name runbooks: judging them takes every runbook of the library.
  const judgedAgainstRunbooks = target.files?.some((f) => isExerciseFile(f) || basename(f) === IMPROVEMENTS_FILE);
  const onlyRunbooks = judgedAgainstRunbooks
    ? undefined
    : target.files?.filter((f) => !isSharedFile(f) && !isExerciseFile(f));
  const onlyFiles = target.files ? new Set(target.files.map((f) => displayPathOf(f, options.cwd))) : undefined;
  // A whole large library is linted on every core (parallel.ts); the same findings either way.
  const parallel = target.files ? undefined : await lintInParallel(target.dir, options);
  const library = parallel?.library ?? loadLibrary(target.dir, { cwd: options.cwd, onlyRunbooks });
  const findings =
    parallel?.findings ?? lintLibrary(library, { today: options.today, onlyFiles, records: options.records });
  const sources = new Map(library.files.map((file) => [file.displayPath, file]));
  // Files that could not even be read have no SourceFile, but were looked at.
  const filesChecked = onlyFiles
    ? onlyFiles.size
    : new Set([
        ...library.files.map((f) => f.displayPath),
        ...library.brokenRunbooks.map((b) => b.file),
        ...library.brokenExercises.map((b) => b.file),
      ]).size;
  return { findings, sources, filesChecked };
}
