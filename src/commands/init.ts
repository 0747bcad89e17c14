// `coop init [DIR]`: a new office's first library, from the templates shipped
// with coop. An interview at a terminal (or flags, with --yes, in a script)
// gives the office, the plan's owner, the IT provider, the systems and the
// scenarios; coop writes contacts.yaml, systems.yaml, coop.yaml, a runbook
// for each scenario (each marked as a template to adapt) and the library's
// own JSON Schemas, and never over a file that is there.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { UserError } from '../system/errors.js';
import { SCHEMA_FILE_KINDS } from './schema-kinds.js';
import { schemaText } from './schema.js';
import type { SchemaFileKind } from '../format/schema-line.js';
import { shippedLibrary } from '../library/locate.js';
import { displayPathOf } from '../library/paths.js';
import { phoneProblem } from '../lint/phone.js';
import { plural } from '../text/plural.js';
import { safeLine } from '../text/sanitize.js';
import { coopLine } from '../system/invocation.js';
import { loadStyle } from '../text/style.js';
import { readingWidth, wrapAtSpaces, wrapUnder } from '../text/wrap.js';
import { didYouMean } from '../text/suggest.js';
import { withPerson } from '../edit/asking.js';
import { starterInterview } from '../edit/init/interview.js';
import { starterFiles, type StarterAnswers } from '../edit/init/starter.js';
import { scenarioTemplates, systemTemplates } from '../edit/init/templates.js';
import { showAndWrite } from '../edit/write-changes.js';

export interface InitOptions extends GlobalOptions {
  dir?: string;
  org?: string;
  owner?: string;
  ownerPhone?: string;
  ownerEmail?: string;
  itProvider?: string;
  itPhone?: string;
  systems?: string[];
  scenarios?: string[];
  yes?: boolean;
}

/** The folder a library is made in when none is named: where coop looks for one (./runbooks). */
const DEFAULT_DIR = 'runbooks';

export async function run(options: InitOptions, io: IO): Promise<number> {
  const dir = resolve(io.cwd, options.dir ?? DEFAULT_DIR);
  const shown = displayPathOf(dir, io.cwd) || '.';
  if (resolve(dir) === resolve(shippedLibrary()))
    throw new UserError(
      `coop init makes a new library; give a folder of your own, like ${coopLine(io.env, 'init', 'my-office')}`,
    );
  // Said before the first question: a folder that holds a library already would lose every answer at the end.
  const made = ['contacts.yaml', 'systems.yaml', 'coop.yaml'].map((name) => join(dir, name)).find((p) => existsSync(p));
  if (made) throw alreadyThere(displayPathOf(made, io.cwd), io.env);
  const catalogue = { systems: systemTemplates(), scenarios: scenarioTemplates() };
  const given = givenAnswers(options, catalogue);
  if (!io.interactive && (given.organization === undefined || given.owner === undefined))
    throw new UserError(
      `give the office's name and who owns the plan: ${coopLine(io.env, 'init', shown, '--org', 'Our Office', '--owner', 'Pat Lee', '--yes')} (or run ${coopLine(io.env, 'init')} at a terminal to be asked)`,
    );
  return withPerson(io, true, async (prompter, output) => {
    const answers: StarterAnswers = prompter
      ? await starterInterview(given, catalogue, prompter, (t) => output.human.write(t), readingWidth(io.columns))
      : {
          organization: given.organization!,
          owner: given.owner!,
          itProvider: given.itProvider ?? { name: 'IT provider' },
          systems: given.systems ?? catalogue.systems.map((s) => s.id),
          scenarios: given.scenarios ?? catalogue.scenarios.map((s) => s.id),
        };
    const schemas = Object.fromEntries(SCHEMA_FILE_KINDS.map((kind) => [kind, schemaText(kind)])) as Record<
      SchemaFileKind,
      string
    >;
    const changes = starterFiles(dir, io.cwd, answers, schemas);
    const there = changes.find((c) => existsSync(c.path));
    if (there) throw alreadyThere(there.display, io.env);
    const outcome = await showAndWrite(changes, io, {
      yes: options.yes,
      prompter,
      style: await loadStyle(io.colorErr),
    });
    if (outcome === 'written')
      io.stdout.write(
        nextSteps(shown, answers.scenarios.length, options.dir === undefined, io.env, readingWidth(io.columns)),
      );
    return 0;
  });
}

function alreadyThere(shown: string, env: NodeJS.ProcessEnv): UserError {
  return new UserError(
    `${safeLine(shown)} is already there, and coop init only makes new files; give a folder without a library, like ${coopLine(env, 'init', 'my-office')}`,
  );
}

/** What to do next, each line a command that works as printed from this folder. */
function nextSteps(shown: string, runbooks: number, found: boolean, env: NodeJS.ProcessEnv, width: number): string {
  const where = found ? [] : ['--runbooks', shown];
  const steps: Array<[string, string]> = [
    [coopLine(env, 'lint', ...where), 'what is still to do: every runbook is yet to be reviewed'],
    [coopLine(env, 'review', '--due', ...where), 'go through each runbook and sign it off'],
    [coopLine(env, 'bia', ...where), 'the recovery objectives of each system'],
    [coopLine(env, 'export', ...where, '--out', 'binder.html'), 'the plan, ready to print'],
  ];
  const commandWidth = Math.max(...steps.map(([command]) => command.length));
  const whatWidth = Math.max(...steps.map(([, what]) => what.length));
  // Each command beside what it does where both fit; else under it, further in. A command is never broken.
  const side = 2 + commandWidth + 3 + whatWidth <= width;
  return [
    ...wrapAtSpaces(
      `A starter library in ${safeLine(shown)}: ${plural(runbooks, 'runbook')}, each a template to adapt to the office.`,
      width,
    ),
    'Next:',
    ...steps.flatMap(([command, what]) =>
      side
        ? [`  ${command.padEnd(commandWidth)}   ${what}`]
        : [`  ${command}`, ...wrapUnder(what, width, '      ', '      ')],
    ),
    '',
  ].join('\n');
}

function checkedPhone(option: string, phone: string | undefined): string | undefined {
  const problem = phone === undefined ? undefined : phoneProblem(phone);
  if (problem) throw new UserError(`${option} "${safeLine(phone!)}" ${problem}`);
  return phone;
}

function checkedIds(option: string, ids: string[] | undefined, known: Array<{ id: string }>): string[] | undefined {
  if (ids === undefined) return undefined;
  const names = known.map((k) => k.id);
  const wrong = ids.find((id) => !names.includes(id));
  if (wrong !== undefined)
    throw new UserError(
      `${option}: there is no template "${safeLine(wrong)}"${didYouMean(wrong, names) || `; there are: ${names.join(', ')}`}`,
    );
  return ids;
}

/** What the flags say, checked; undefined where they say nothing. */
function givenAnswers(
  options: InitOptions,
  catalogue: { systems: Array<{ id: string }>; scenarios: Array<{ id: string }> },
): Partial<StarterAnswers> {
  const given: Partial<StarterAnswers> = {};
  const ownerPhone = checkedPhone('--owner-phone', options.ownerPhone);
  const itPhone = checkedPhone('--it-phone', options.itPhone);
  if (options.org !== undefined) given.organization = options.org;
  if (options.owner !== undefined)
    given.owner = {
      name: options.owner,
      ...(ownerPhone ? { phone: ownerPhone } : {}),
      ...(options.ownerEmail ? { email: options.ownerEmail } : {}),
    };
  if (options.itProvider !== undefined || itPhone !== undefined)
    given.itProvider = { name: options.itProvider ?? 'IT provider', ...(itPhone ? { phone: itPhone } : {}) };
  const systems = checkedIds('--systems', options.systems, catalogue.systems);
  if (systems) given.systems = systems;
  const scenarios = checkedIds('--scenarios', options.scenarios, catalogue.scenarios);
  if (scenarios) given.scenarios = scenarios;
  return given;
}
