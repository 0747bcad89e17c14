// Lints what the command line names: loads each library once (only the named
// runbook files, when files are given) and gathers the findings of all.
import type { SourceFile } from '../../library/source-file.js';
import { allRules } from '../engine.js';
import { lintSnapshot, readLintCache, writeLintCache, type TargetResult } from './cache.js';
import { countFindings, sortFindings, type Finding } from '../finding.js';
import type { LintReport } from '../report.js';
import type { Target } from '../targets.js';
import { journalFolderState } from '../../journal/folder-state.js';
import type { RecoveryRecord } from '../../journal/recovery-records.js';

/** What a lint of every target found: the same shape as one target's result. */
export type LintRun = TargetResult;

export async function lintTargets(
  targets: readonly Target[],
  options: {
    today: string;
    cwd: string;
    env?: NodeJS.ProcessEnv;
    /** The journal folder, whose incidents and drills some rules judge the plan against; none when left out. */
    journalDir?: string;
  },
): Promise<LintRun> {
  const findings: Finding[] = [];
  const sources = new Map<string, SourceFile>();
  let filesChecked = 0;
  const { journalDir, ...rest } = options;
  const journalState = journalDir === undefined ? undefined : journalFolderState(journalDir);
  const cacheOptions = {
    ...rest,
    env: options.env ?? {},
    ...(journalDir !== undefined ? { journals: `${journalDir}\n${journalState}` } : {}),
  };
  // The journals are read only when the cache cannot answer, and then once for every target.
  let records: RecoveryRecord[] | undefined;
  for (const target of targets) {
    const snapshot = lintSnapshot(target, cacheOptions);
    let result = readLintCache(target, cacheOptions, snapshot);
    if (!result) {
      // Loading, the rules and the journals' reader are imported only when the cache cannot answer; the
      // reader (zod and the event schemas) only when the folder holds a journal at all.
      const { lintTarget } = await import('./target.js');
      records ??=
        journalDir === undefined || !journalState
          ? []
          : (await import('../../journal/recovery-records.js')).recoveryRecords(journalDir, options.cwd);
      result = await lintTarget(target, { ...cacheOptions, records });
      writeLintCache(target, result, cacheOptions, snapshot);
    }
    // A loop, not push(...all): a library with a six-figure number of findings would overflow the call's arguments.
    for (const finding of result.findings) findings.push(finding);
    for (const [path, file] of result.sources) sources.set(path, file);
    filesChecked += result.filesChecked;
  }
  return { findings: sortFindings(findings), sources, filesChecked };
}

/** What the formats print. --quiet: warnings are neither shown nor counted, as with ESLint. */
export function reportOf(run: LintRun, options: { today: string; quiet?: boolean }): LintReport {
  const findings = options.quiet ? run.findings.filter((f) => f.severity === 'error') : run.findings;
  return {
    findings,
    counts: countFindings(findings),
    sources: run.sources,
    rules: allRules(),
    filesChecked: run.filesChecked,
    today: options.today,
  };
}
