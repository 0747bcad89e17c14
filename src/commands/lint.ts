// `coop lint [paths...]`: check a runbook library like a compiler checks code.
// Exit 0 clean (or warnings within --max-warnings), 1 problems, 2 lint could not run.
import { VERSION } from '../system/version.js';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { locateLibrary } from '../library/locate.js';
import { isRealDate } from '../format/model.js';
import { allRules } from '../lint/engine.js';
import { FORMATS, isFormatName, type FormatName } from '../lint/formats/index.js';
import { summaryLine } from '../lint/formats/summary.js';
import { lintTargets, reportOf } from '../lint/run/lint.js';
import { rulesTable } from '../lint/rules-table.js';
import { targetsOf, type Target } from '../lint/targets.js';
import { UserError } from '../system/errors.js';
import { localDay } from '../text/local-time.js';

export interface LintCommandOptions extends GlobalOptions {
  paths: string[];
  format?: string;
  maxWarnings?: string;
  strict?: boolean;
  quiet?: boolean;
  rules?: boolean;
  today?: string;
}

export async function run(options: LintCommandOptions, io: IO): Promise<number> {
  const format = formatOf(options.format, io);
  const maxWarnings = maxWarningsOf(options.maxWarnings);
  const today = options.today !== undefined ? todayOf(options.today) : localDay(io.now());
  if (options.rules) {
    io.stdout.write(format === 'json' ? `${JSON.stringify(allRules(), null, 2)}\n` : rulesTable(allRules()));
    return 0;
  }

  const targets: Target[] =
    options.paths.length > 0
      ? targetsOf(options.paths, io.cwd)
      : [{ dir: locateLibrary(options.runbooks, io.env, io.cwd).dir }];
  const report = reportOf(await lintTargets(targets, { today, cwd: io.cwd, env: io.env }), {
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
    (maxWarnings !== undefined && counts.warnings > maxWarnings) ||
    (options.strict === true && counts.warnings > 0);
  return failed ? 1 : 0;
}

function formatOf(name: string | undefined, io: IO): FormatName {
  if (name === undefined) return io.stdoutIsTTY ? 'stylish' : 'compact';
  if (!isFormatName(name))
    throw new UserError(`unknown format "${name}"; use stylish, compact, json, sarif or github`, 2);
  return name;
}

function maxWarningsOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()))
    throw new UserError(`--max-warnings takes a whole number of warnings (0 or more), not "${text}"`, 2);
  return Number(text.trim());
}

function todayOf(text: string): string {
  if (!isRealDate(text))
    throw new UserError(`--today takes a date written YYYY-MM-DD, like 2026-03-31, not "${text}"`, 2);
  return text;
}
