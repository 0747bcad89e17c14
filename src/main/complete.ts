// What a shell offers after `coop ... <TAB>`, read off commander's command
// tree so a command, option or format added there is completed with no
// change here; runbook and incident ids come from the library and the journal
// folder the typed line points at. The shells' scripts (completion-scripts.ts)
// call `coop __complete WORDS...` and show what it prints, one a line.
import { readdirSync } from 'node:fs';
import type { Command, Option } from '@commander-js/extra-typings';
import type { IO } from '../system/io.js';
import { locateLibrary } from '../library/locate.js';
import { openLibraryAt } from '../library/open.js';
import { isIncidentId, JOURNAL_EXTENSION, locateJournalDir } from '../journal/paths.js';

// Commander's tree without its generic parameters: only names are read here.
type AnyCommand = Command<unknown[], Record<string, unknown>, Record<string, unknown>>;

export interface CompleteOptions {
  /** The typed line as the shell split it, the program's name first, the word being completed last. */
  words: string[];
  program: AnyCommand;
}

export async function run(options: CompleteOptions, io: IO): Promise<number> {
  for (const candidate of await completionsOf(options.program, options.words.slice(1), io))
    io.stdout.write(`${candidate}\n`);
  return 0;
}

/** The words that may stand where the last of `words` is being typed, those starting with it. */
export async function completionsOf(program: AnyCommand, words: string[], io: IO): Promise<string[]> {
  const current = words.at(-1) ?? '';
  const typed = readLine(program, words.slice(0, -1));
  const candidates = await candidatesFor(program, typed, current, io);
  return candidates.filter((c) => c.startsWith(current));
}

interface TypedLine {
  command?: AnyCommand;
  /** The arguments given to the command so far. */
  positionals: number;
  /** The option whose value is being typed, when the last whole word is one that takes a value. */
  awaitingValueOf?: Option;
  values: Map<string, string>;
}

function readLine(program: AnyCommand, words: string[]): TypedLine {
  const line: TypedLine = { positionals: 0, values: new Map() };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const options = optionsOf(program, line.command);
    if (word.startsWith('-')) {
      const [flag, inline] = word.split(/=(.*)/s);
      const option = options.find((o) => o.long === flag || o.short === flag);
      if (!option || !(option.required || option.optional)) continue;
      const value = inline ?? words[i + 1];
      if (value === undefined) line.awaitingValueOf = option;
      else line.values.set(option.attributeName(), value);
      if (inline === undefined) i++;
    } else if (!line.command) line.command = commandsOf(program).find((c) => c.name() === word);
    else line.positionals++;
  }
  return line;
}

async function candidatesFor(program: AnyCommand, line: TypedLine, current: string, io: IO): Promise<string[]> {
  if (line.awaitingValueOf) return line.awaitingValueOf.argChoices ?? [];
  if (current.startsWith('-'))
    return optionsOf(program, line.command).flatMap((o) => (o.hidden || !o.long ? [] : [o.long]));
  if (!line.command) return commandsOf(program).map((c) => c.name());
  const argument = line.command.registeredArguments[line.positionals];
  switch (argument?.name()) {
    case 'runbook':
      return runbookIds(line, io);
    case 'incident':
      return incidentIds(line, io);
    default:
      return [];
  }
}

function commandsOf(program: AnyCommand): AnyCommand[] {
  return (program.commands as AnyCommand[]).filter((c) => !c.name().startsWith('_'));
}

/** A command takes its own options and the program's. */
function optionsOf(program: AnyCommand, command: AnyCommand | undefined): readonly Option[] {
  return [...(command?.options ?? []), ...program.options];
}

async function runbookIds(line: TypedLine, io: IO): Promise<string[]> {
  try {
    const located = locateLibrary(line.values.get('runbooks'), io.env, io.cwd);
    const library = await openLibraryAt(located.dir, io.cwd, io.env);
    return library.runbooks.map((r) => r.value.id).sort();
  } catch {
    // A library that cannot be read completes nothing; the command itself will say why.
    return [];
  }
}

function incidentIds(line: TypedLine, io: IO): string[] {
  try {
    const { dir } = locateJournalDir(line.values.get('journalDir'), io.env, io.cwd);
    return readdirSync(dir)
      .filter((f) => f.endsWith(JOURNAL_EXTENSION))
      .map((f) => f.slice(0, -JOURNAL_EXTENSION.length))
      .filter(isIncidentId)
      .sort()
      .reverse();
  } catch {
    return [];
  }
}
