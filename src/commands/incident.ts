// `coop incident [runbook]` and `coop drill [runbook]`: walk a person (or a
// script) through a runbook, recording every step in the incident's journal
// before the next question. The pieces live in src/walk and src/journal; this
// file only decides which runbook and which new journal, and hands the walk to
// walk/drive.ts, which `coop resume` shares.
import { VERSION } from '../system/version.js';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { fileHash } from '../journal/hash.js';
import type { IncidentLock } from '../journal/lock.js';
import { createJournal } from '../journal/new-journal.js';
import { locateJournalDir, newIncidentId, type JournalDir } from '../journal/paths.js';
import { type JournalWriter, serializeEvent } from '../journal/writer.js';
import type { Runbook } from '../format/model.js';
import { safeLine } from '../text/sanitize.js';
import { loadStyle } from '../text/style.js';
import { runbookView } from '../library/view.js';
import { EXIT, UserError } from '../system/errors.js';
import { answersFor, driveWalk, personName, walkOutput } from '../walk/drive.js';
import { checkBeforeStepOne } from '../walk/before-step-one.js';
import { dryRun } from '../walk/dry-run.js';
import { start } from '../walk/engine.js';
import { InteractiveDriver } from '../walk/drivers/interactive.js';
import { watchInterrupts } from '../walk/interrupts.js';
import { inquirerPrompter } from '../walk/drivers/prompter.js';
import { ScriptedDriver } from '../walk/drivers/scripted.js';
import { openLibrary, warnAboutProblems } from './open-library.js';
import { chooseRunbook } from './choose-runbook.js';
import { linkToExercise } from './open-exercise.js';
import { readJournalFolder } from '../journal/folder.js';

export interface IncidentOptions extends GlobalOptions {
  runbook?: string;
  as?: string;
  journalDir?: string;
  answers?: string;
  yes?: boolean;
  allowCommands?: boolean;
  json?: boolean;
  dryRun?: boolean;
  drill: boolean;
  /** `coop drill --exercise`: the exercise this drill is a player's part of. */
  exercise?: string;
}

export async function run(options: IncidentOptions, io: IO): Promise<number> {
  const walked = await walkOrCarryOn(options, io);
  if (typeof walked === 'number') return walked;
  // The person chose an incident already open: that is `coop resume`, with the options given here.
  const { run: resume } = await import('./resume.js');
  const { runbook: _runbook, dryRun: _dryRun, drill: _drill, ...same } = options;
  return resume({ ...same, incident: walked.carryOn }, io);
}

async function walkOrCarryOn(options: IncidentOptions, io: IO): Promise<number | { carryOn: string }> {
  // A person can be asked only at a terminal, and a dry run never asks.
  const canAsk = io.interactive && !options.dryRun;
  // The person's view (cards and prompts) stays on the terminal.
  const output = walkOutput(io, options.json, canAsk);
  const library = await openLibrary(options, io);
  const who = personName(options.as, io);
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  const interrupts = watchInterrupts(io);
  try {
    const prompter = canAsk ? await inquirerPrompter(io, output.humanName, output.color, interrupts) : undefined;
    const person = prompter ? new InteractiveDriver(prompter) : undefined;
    const choice = await chooseRunbook(
      {
        library,
        typed: options.runbook,
        person,
        drill: options.drill,
        ...(options.dryRun ? {} : { journalDir }),
      },
      io,
    );
    if (choice.kind === 'carry-on') return { carryOn: choice.incident };
    const entry = choice.entry;
    // Someone else's typo elsewhere in the library must not block this walk: one line, and on.
    warnAboutProblems(library, io, entry);
    const runbook = entry.value;
    const refused = await checkBeforeStepOne({ entry, library, io, output });
    if (refused !== undefined) return refused;
    const answers = await answersFor(options.answers, runbook, io);
    const view = runbookView(library, entry);
    const style = await loadStyle(output.color);

    if (options.dryRun) {
      const script = new ScriptedDriver(runbook, answers, { yes: true, allowCommands: false });
      const result = dryRun(runbook, view, script, style, io.now());
      if (options.json) for (const e of result.events) io.stdout.write(serializeEvent(e));
      output.human.write(`${result.lines.join('\n')}\n`);
      return result.looped ? EXIT.usage : EXIT.ok;
    }

    const link =
      options.exercise !== undefined
        ? linkToExercise(library, options.exercise, runbook.id, readJournalFolder(journalDir.dir, io.cwd), io)
        : undefined;
    const { writer, recorded, lock } = await openJournal(journalDir, runbook, who, io, person);
    try {
      const incident = writer.incidentId;
      const first = start(
        runbook,
        {
          incident,
          person: who,
          drill: options.drill,
          runbookHash: fileHash(entry.file.absolutePath),
          coopVersion: VERSION,
          runbookFile: entry.file.displayPath,
          ...(link ? { exercise: link.exercise } : {}),
          ...(link?.record !== undefined ? { exerciseRecord: link.record } : {}),
        },
        io.now(),
      );
      if (link)
        output.human.write(
          `Part of the exercise "${safeLine(link.title)}"${link.record ? ` (record ${link.record})` : ''}: its report lists this drill.\n`,
        );
      return await driveWalk({
        io,
        flags: options,
        output,
        person,
        runbook,
        view,
        style,
        answers,
        writer,
        recorded,
        journalDir,
        first,
        opening: (screen) => screen.opening(first.state, recorded ? writer.path : undefined),
        signal: interrupts.signal,
      });
    } finally {
      lock?.release();
      writer.close();
    }
  } finally {
    interrupts.dispose();
  }
}

interface OpenedJournal {
  writer: JournalWriter;
  recorded: boolean;
  lock?: IncidentLock;
}

/**
 * Creates the incident's journal and takes its lock before step 1, so a
 * folder that cannot be written is said at once. The lock is the first write
 * of any content: a full disk shows there, and is said the same way. A person
 * may choose to carry on unrecorded (the events stay in memory and are
 * retried); a script may not.
 */
async function openJournal(
  journalDir: JournalDir,
  runbook: Runbook,
  who: string,
  io: IO,
  person: InteractiveDriver | undefined,
): Promise<OpenedJournal> {
  const opened = await createJournal(journalDir.dir, () => newIncidentId(runbook.id, io.now()), who, io);
  if (opened.ok) return { writer: opened.writer, recorded: true, lock: opened.lock };
  const what = `${opened.unwritable.message}; choose a folder you can write with --journal-dir DIR or COOP_JOURNAL_DIR`;
  if (!person) throw new UserError(what);
  io.stderr.write(`coop: ${safeLine(what)}\n`);
  if (await person.carryOnUnrecorded()) return { writer: opened.writer, recorded: false };
  throw new UserError('stopped before step 1: nothing was recorded', EXIT.usage);
}
