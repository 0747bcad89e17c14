// `coop bia [system]`: the business impact analysis of NIST SP 800-34, asked
// at a terminal or given as flags, written into systems.yaml (mtd, rto, rpo
// and the analysis under bia:), with the rule RTO <= MTD enforced; and
// `coop bia --report`, every system's analysis as one table.
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { UserError } from '../system/errors.js';
import type { ImpactLevelName, ImpactSpan } from '../format/impact.js';
import type { System } from '../format/schema.js';
import type { Library } from '../library/library.js';
import { systemMap } from '../library/library.js';
import { BIA_FORMATS, type BiaFormat } from '../render/bia/formats.js';
import { biaReport } from '../render/bia/model.js';
import { localDay } from '../text/local-time.js';
import { safeLine } from '../text/sanitize.js';
import { loadStyle } from '../text/style.js';
import { didYouMean } from '../text/suggest.js';
import { personName } from '../walk/drive.js';
import type { Prompter } from '../walk/drivers/prompter.js';
import { withPerson } from '../edit/asking.js';
import { checkObjectives, writeBia, type BiaAnswers } from '../edit/bia.js';
import { biaInterview } from '../edit/bia-interview.js';
import { changeOf } from '../edit/change.js';
import { libraryToChange, refuseProblems } from '../edit/own-library.js';
import { showAndWrite } from '../edit/write-changes.js';
import { openYamlFile } from '../edit/yaml-file.js';
import { libraryCommandFor, openLibrary, warnAboutProblems } from './open-library.js';
import { printOrWrite } from './print-or-write.js';
import { readingWidth } from '../text/wrap.js';

export interface BiaOptions extends GlobalOptions {
  system?: string;
  mtd?: string;
  rto?: string;
  rpo?: string;
  impacts?: Partial<Record<ImpactSpan, ImpactLevelName>>;
  function?: string[];
  as?: string;
  yes?: boolean;
  report?: boolean;
  format: BiaFormat;
  out?: string;
}

export async function run(options: BiaOptions, io: IO): Promise<number> {
  if (options.report) {
    const library = await openLibrary(options, io);
    warnAboutProblems(library, io);
    printOrWrite((await BIA_FORMATS[options.format]())(biaReport(library, io.now())), options.out, io, 'the BIA');
    return 0;
  }
  const library = libraryToChange(options.runbooks, io);
  const systemsFile = library.systemsFile;
  if (!systemsFile)
    throw new UserError(
      `${safeLine(library.displayRoot)} has no systems.yaml; list the systems the office depends on there first (docs/runbook-format.md)`,
    );
  refuseProblems(library, systemsFile.displayPath, io.env);
  const flags = answersOfFlags(options);
  // The examples name a system of this library and the library itself: typed as printed, they work.
  const typed = libraryCommandFor(library, io);
  const example = options.system ?? library.systems[0]?.value.id ?? 'servers';
  if (flags && options.system === undefined)
    throw new UserError(
      `name the system the answers are for, like: ${typed('bia', example, '--mtd', '2d', '--rto', '8h', '--rpo', '24h')}`,
    );
  if (!flags && !io.interactive)
    throw new UserError(
      `give the answers as flags, like: ${typed('bia', example, '--mtd', '2d', '--rto', '8h', '--rpo', '24h', '--yes')} (or run ${typed('bia')} at a terminal to be asked)`,
    );
  const named = options.system === undefined ? undefined : requireSystem(library, options.system);
  const signature = { date: localDay(io.now()), by: personName(options.as, io) };
  const file = openYamlFile(systemsFile.absolutePath, systemsFile.displayPath);
  const style = await loadStyle(io.colorErr);

  // With flags and --yes nothing is left to ask.
  return withPerson(io, !(flags && options.yes), async (prompter, output) => {
    if (flags && named) {
      checkObjectives(named, flags);
      writeBia(file, named.id, flags, signature);
    } else {
      const systems = named ? [named] : await chooseSystems(library, prompter!);
      for (const system of systems) {
        const runbooks = library.runbooks
          .filter((r) => r.value.systems?.includes(system.id))
          .map((r) => `${r.value.id} (${r.value.title})`);
        const answers = await biaInterview(
          system,
          { runbooks },
          prompter!,
          (t) => output.human.write(t),
          readingWidth(io.columns),
        );
        checkObjectives(system, answers);
        writeBia(file, system.id, answers, signature);
      }
    }
    const outcome = await showAndWrite([changeOf(file)], io, { yes: options.yes, prompter, style });
    if (outcome === 'unchanged') io.stderr.write(`coop: ${safeLine(file.display)} already says so; nothing to write\n`);
    return 0;
  });
}

/** The answers the flags give; undefined when none was given. */
function answersOfFlags(options: BiaOptions): BiaAnswers | undefined {
  const answers: BiaAnswers = {};
  if (options.mtd !== undefined) answers.mtd = options.mtd;
  if (options.rto !== undefined) answers.rto = options.rto;
  if (options.rpo !== undefined) answers.rpo = options.rpo;
  if (options.impacts !== undefined) answers.impacts = options.impacts;
  if (options.function !== undefined && options.function.length > 0) answers.functions = options.function;
  return Object.keys(answers).length > 0 ? answers : undefined;
}

function requireSystem(library: Library, id: string): System {
  const system = systemMap(library).get(id);
  if (system) return system;
  const ids = library.systems.map((s) => s.value.id);
  const hint = didYouMean(id, ids) || `; the systems are: ${ids.join(', ') || 'none'}`;
  throw new UserError(`no system "${safeLine(id)}" in systems.yaml${hint}`);
}

const DONE = '';

/** At a terminal without a system named: one after another, until the person is done. */
async function chooseSystems(library: Library, prompter: Prompter): Promise<System[]> {
  const chosen: System[] = [];
  for (;;) {
    const left = library.systems.map((s) => s.value).filter((s) => !chosen.includes(s));
    if (left.length === 0) return chosen;
    const id = await prompter.select(chosen.length ? 'Another system?' : 'Which system?', [
      ...left.map((s) => ({
        name: `${safeLine(s.name)} (${s.id})`,
        value: s.id,
        description: s.bia ? `analysed ${s.bia.date} by ${safeLine(s.bia.by)}` : 'no business impact analysis yet',
      })),
      { name: chosen.length ? 'No: show what will be written' : 'None', value: DONE },
    ]);
    if (id === DONE) return chosen;
    chosen.push(left.find((s) => s.id === id)!);
  }
}
