// `coop rollup`: the statewide view over every agency's library (docs/rollup.md).
// Libraries are read one at a time into rows; a library that cannot be read
// is a row that says so and a warning here, never a stop. With --check it is a
// gate for a scheduled job: exit 1 when an agency does not meet a point.
import { resolve } from 'node:path';
import { statSync } from 'node:fs';
import type { IO } from '../system/io.js';
import { describeReadError } from '../system/disk-errors.js';
import { EXIT, UserError } from '../system/errors.js';
import { plural } from '../text/plural.js';
import { safeLine } from '../text/sanitize.js';
import { ROLLUP_FORMATS, type RollupFormatName } from '../reports/rollup/formats.js';
import { POINT_IDS } from '../reports/rollup/points.js';
import { rollup, type Rollup } from '../reports/rollup/rollup.js';
import { sourcesFromFolders, sourcesFromList, uniqueSources } from '../reports/rollup/sources.js';
import { toStdout, writeOutput } from './write-output.js';

export interface RollupOptions {
  folders: string[];
  from?: string;
  journals?: string;
  format: RollupFormatName;
  out?: string;
  check?: boolean;
}

/** How many agencies --check names on its one line; the report names them all. */
const NAMED = 3;

/**
 * The agencies that do not meet some point, for --check: "2 of 5 agencies do not meet
 * every ITEC 5300 point: a (6.4, 6.7), b (6.2)". Not recorded is no failure: without
 * the journals, nothing says an agency did not exercise its plan.
 */
function notMetLine(report: Rollup): string | undefined {
  const failing = report.rows.flatMap((row) => {
    const points = POINT_IDS.filter((id) => row.points[id] === 'not-met');
    return points.length
      ? [`${safeLine(row.name)} (${points.map((id) => id.replace('itec-5300-', '')).join(', ')})`]
      : [];
  });
  if (failing.length === 0) return undefined;
  const more = failing.length > NAMED ? ` and ${failing.length - NAMED} more` : '';
  return `${failing.length} of ${plural(report.agencies, 'agency', 'agencies')} do not meet every ITEC 5300 point: ${failing.slice(0, NAMED).join(', ')}${more}`;
}

function journalsFolder(option: string | undefined, cwd: string): string | undefined {
  if (option === undefined) return undefined;
  const dir = resolve(cwd, option);
  try {
    if (statSync(dir).isDirectory()) return dir;
  } catch (error) {
    throw new UserError(
      `--journals ${safeLine(option)} ${describeReadError(error)}; give the folder that holds one journal folder per agency`,
    );
  }
  throw new UserError(
    `--journals ${safeLine(option)} is not a folder; give the folder that holds one journal folder per agency`,
  );
}

export async function run(options: RollupOptions, io: IO): Promise<number> {
  if (options.folders.length === 0 && options.from === undefined)
    throw new UserError(
      "give the agencies' library folders (or a folder holding one per sub-folder), or --from FILE listing them",
    );
  const journals = journalsFolder(options.journals, io.cwd);
  const sources = uniqueSources([
    ...sourcesFromFolders(options.folders, io.cwd),
    ...(options.from === undefined ? [] : sourcesFromList(options.from, io.cwd)),
  ]);
  const format = ROLLUP_FORMATS[options.format];
  const render = await format.render();
  const report = await rollup(sources, { now: io.now(), cwd: io.cwd, ...(journals ? { journals } : {}) }, io.env);
  for (const row of report.rows)
    if (!row.readable) io.stderr.write(`coop: warning: ${safeLine(row.problem ?? row.library)}; its row says so\n`);
  // A page of markup scrolling past is rarely what a person at a terminal wanted.
  if (toStdout(options.out) && io.stdoutIsTTY && options.format === 'html')
    io.stderr.write(`coop: to save it, add --out ${format.suggestedFile} to the command\n`);
  const counts = `${plural(report.agencies, 'agency library', 'agency libraries')}, ${plural(report.runbooks, 'runbook')}; ${report.unreadable} unreadable`;
  await writeOutput(render(report, { cwd: io.cwd }), options.out, format.what, io, counts);
  if (!options.check) return EXIT.ok;
  const notMet = notMetLine(report);
  if (notMet === undefined) return EXIT.ok;
  io.stderr.write(`coop: ${notMet}\n`);
  return EXIT.problems;
}
