// `coop lint [paths...]`: check a runbook library like a compiler checks code.
// Exit 0 clean (or warnings within --max-warnings), 1 problems, 2 lint could not run.
import { VERSION } from '../system/version.js';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { locateLibrary } from '../library/locate.js';
import { allRules } from '../lint/engine.js';
import { FORMATS, type FormatName } from '../lint/formats/index.js';
import { summaryLine } from '../lint/formats/summary.js';
import { lintTargets, reportOf } from '../lint/run/lint.js';
import { rulesTable } from '../lint/rules-table.js';
import { targetsOf, type Target } from '../lint/targets.js';
import { localDay } from '../text/local-time.js';
import { locateJournalDir } from '../journal/paths.js';

export interface LintCommandOptions extends GlobalOptions {
  paths: string[];
  format?: FormatName;
  maxWarnings?: number;
  strict?: boolean;
  quiet?: boolean;
  rules?: boolean;
  /** The day to judge reviews on, YYYY-MM-DD; default today. */
  today?: string;
  /** Where the incidents and drills some rules judge the plan against are kept. */
  journalDir?: string;
}

export async function run(options: LintCommandOptions, io: IO): Promise<number> {
  const format = options.format ?? (io.stdoutIsTTY ? 'stylish' : 'compact');
  const today = options.today ?? localDay(io.now());
  if (options.rules) {
    io.stdout.write(format === 'json' ? `${JSON.stringify(allRules(), null, 2)}\n` : rulesTable(allRules()));
    return 0;
  }

  const targets: Target[] =
    options.paths.length > 0
      ? targetsOf(options.paths, io.cwd)
      : [{ dir: locateLibrary(options.runbooks, io.env, io.cwd).dir }];
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd).dir;
  const report = reportOf(await lintTargets(targets, { today, cwd: io.cwd, env: io.env, journalDir }), {
    today,
    quiet: options.quiet,
  });
  const { findings, counts } = report;
  const formatOptions = { color: io.color, version: VERSION, cwd: io.cwd };
  io.stdout.write((await FORMATS[format]())(report, formatOptions));
  if (format === 'github' && findings.length > 0) {
    // Annotations beyond GitHub's 10 a step are dropped: keep the full report in the log.
    io.stderr.write(`${(await FORMATS.compact())(report, formatOptions)}${summaryLine(counts)}\n`);
  }

  const failed =
    counts.errors > 0 ||
    (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) ||
    (options.strict === true && counts.warnings > 0);
  return failed ? 1 : 0;
}
