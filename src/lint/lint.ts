// Lints what the command line names: loads each library once (only the named
// runbook files, when files are given) and gathers the findings of all.
import { loadLibrary, displayPathOf } from '../library/load.js';
import type { SourceFile } from '../library/source.js';
import { allRules, lintLibrary } from './engine.js';
import { lintInParallel } from './parallel.js';
import { countFindings, sortFindings, type Finding } from './finding.js';
import type { LintReport } from './report.js';
import { isSharedFile, type Target } from './targets.js';

export interface LintRun {
  findings: Finding[];
  sources: Map<string, SourceFile>;
  filesChecked: number;
}

export async function lintTargets(targets: readonly Target[], options: { today: string; cwd: string; env?: NodeJS.ProcessEnv }): Promise<LintRun> {
  const findings: Finding[] = [];
  const sources = new Map<string, SourceFile>();
  let filesChecked = 0;
  for (const target of targets) {
    const onlyRunbooks = target.files?.filter((f) => !isSharedFile(f));
    const onlyFiles = target.files ? new Set(target.files.map((f) => displayPathOf(f, options.cwd))) : undefined;
    // A whole large library is linted on every core (parallel.ts); the same findings either way.
    const parallel = target.files ? undefined : await lintInParallel(target.dir, { today: options.today, cwd: options.cwd, env: options.env ?? {} });
    const library = parallel?.library ?? loadLibrary(target.dir, { cwd: options.cwd, onlyRunbooks });
    const found = parallel?.findings ?? lintLibrary(library, { today: options.today, onlyFiles });
    // A loop, not push(...all): a library with a six-figure number of findings would overflow the call's arguments.
    for (const finding of found) findings.push(finding);
    for (const file of library.files) sources.set(file.displayPath, file);
    // Files that could not even be read have no SourceFile, but were looked at.
    filesChecked += onlyFiles ? onlyFiles.size : new Set([...library.files.map((f) => f.displayPath), ...library.brokenRunbooks.map((b) => b.file)]).size;
  }
  return { findings: sortFindings(findings), sources, filesChecked };
}

/** What the formats print. --quiet: warnings are neither shown nor counted, as with ESLint. */
export function reportOf(run: LintRun, options: { today: string; quiet?: boolean }): LintReport {
  const findings = options.quiet ? run.findings.filter((f) => f.severity === 'error') : run.findings;
  return { findings, counts: countFindings(findings), sources: run.sources, rules: allRules(), filesChecked: run.filesChecked, today: options.today };
}
