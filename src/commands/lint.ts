// `coop lint [paths...]`: check a runbook library like a compiler checks code.
// Exit 0 clean (or warnings within --max-warnings), 1 problems, 2 lint could not run.
import { coopCommand, coopLine } from '../system/invocation.js';
import { VERSION } from '../system/version.js';
import type { GlobalOptions } from './options.js';
import { stdoutWidth, type IO } from '../system/io.js';
import { locateLibrary } from '../library/locate.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../system/errors.js';
import { displayPathOf } from '../library/paths.js';
import { LIBRARY_SCHEMA_FOLDER } from '../format/schema-line.js';
import { safeLine } from '../text/sanitize.js';
import { plural } from '../text/plural.js';
import { NO_LIBRARY_HERE } from './open-library.js';
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
    options.paths.length > 0 ? targetsOf(options.paths, io.cwd) : [{ dir: libraryToLint(options, io) }];
  await warnOfStaleSchemas(targets, io);
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd).dir;
  const report = reportOf(await lintTargets(targets, { today, cwd: io.cwd, env: io.env, journalDir }), {
    today,
    quiet: options.quiet,
  });
  const { findings, counts } = report;
  const formatOptions = { color: io.color, version: VERSION, cwd: io.cwd, width: stdoutWidth(io) };
  io.stdout.write((await FORMATS[format]())(report, formatOptions));
  if (format === 'github' && findings.length > 0) {
    // Annotations beyond GitHub's 10 a step are dropped: keep the full report in the log.
    io.stderr.write(`${(await FORMATS.compact())(report, formatOptions)}${summaryLine(counts)}\n`);
  }

  if (counts.errors > 0) return 1;
  // Failed by warnings alone, a log that ends "0 errors" must say why the step is red: on stderr, where
  // the JSON and SARIF on stdout stay as they are.
  const tooMany = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
  if (tooMany || (options.strict === true && counts.warnings > 0)) {
    io.stderr.write(
      `coop: lint fails: ${plural(counts.warnings, 'warning')}, ${tooMany ? `more than --max-warnings ${options.maxWarnings} allows` : 'and --strict fails on any'}\n`,
    );
    return 1;
  }
  return 0;
}

/**
 * The library lint checks when given no paths. Never the sample shipped with
 * coop unless asked for: "no problems" about the sample, in a folder that
 * holds no plan, would read as "your plan is fine".
 */
function libraryToLint(options: LintCommandOptions, io: IO): string {
  const located = locateLibrary(options.runbooks, io.env, io.cwd);
  if (located.source !== 'shipped') return located.dir;
  throw new UserError(
    `${NO_LIBRARY_HERE}, so nothing to lint; run it in your plan's folder or give the library (${coopCommand(io.env)} lint DIR, or COOP_RUNBOOKS=DIR); the sample shipped with coop: ${coopLine(io.env, 'lint', located.dir)}`,
  );
}

/**
 * A library's own copy of the schemas (coop schema --write) that this coop
 * would write differently: an editor would judge the files by rules lint no
 * longer holds. A warning on stderr, which changes no finding and no exit code.
 */
async function warnOfStaleSchemas(targets: Target[], io: IO): Promise<void> {
  const withCopy = targets.filter((t) => existsSync(join(t.dir, LIBRARY_SCHEMA_FOLDER)));
  if (withCopy.length === 0) return;
  const { staleSchemas } = await import('./stale-schemas.js');
  for (const target of withCopy)
    for (const file of staleSchemas(target.dir))
      io.stderr.write(
        `coop: warning: ${safeLine(displayPathOf(file, io.cwd))} is not this coop's schema, so editors judge by other rules; run ${coopLine(io.env, 'schema', '--write', ...(target.dir === io.cwd ? [] : ['--runbooks', displayPathOf(target.dir, io.cwd)]))}\n`,
      );
}
