// `coop incident [runbook]` and `coop drill [runbook]`: walk a person (or a
// script) through a runbook, recording every step in the incident's journal
// before the next question. The pieces live in src/walk and src/journal; this
// file only decides which pieces a run needs and maps the outcome to an exit code.
import { VERSION, type GlobalOptions } from '../cli.js';
import type { IO } from '../io.js';
import { fileHash } from '../journal/hash.js';
import { acquireLock, type IncidentLock } from '../journal/lock.js';
import { locateJournalDir, newIncidentId, type JournalDir } from '../journal/paths.js';
import { JournalUnwritable, JournalWriter, serializeEvent } from '../journal/writer.js';
import type { Library, Loaded } from '../library/library.js';
import type { Runbook } from '../library/schema.js';
import { safeLine } from '../render/sanitize.js';
import { loadStyle } from '../render/style.js';
import { runbookView } from '../render/view.js';
import { EXIT, UserError } from '../util/errors.js';
import { runCheckCommand } from '../walk/check-runner.js';
import { dryRun } from '../walk/dry-run.js';
import { start } from '../walk/engine.js';
import { InteractiveDriver } from '../walk/interactive.js';
import { watchInterrupts } from '../walk/interrupts.js';
import { inquirerPrompter } from '../walk/prompter.js';
import { WalkScreen } from '../walk/screen.js';
import { ScriptedDriver } from '../walk/scripted.js';
import { runSession, type SessionEnd } from '../walk/session.js';
import { makeSpinner, NO_SPINNER } from '../walk/spinner.js';
import { walkProblems } from '../walk/walkable.js';
import { openLibrary, requireRunbook, warnAboutProblems } from './open-library.js';

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
}

/** What the run writes to: human text goes to stderr when stdout carries JSON. */
interface Streams {
  human: IO['stdout'];
  humanName: 'stdout' | 'stderr';
  color: boolean;
}

export async function run(options: IncidentOptions, io: IO): Promise<number> {
  // A person can be asked only at a terminal, and a dry run never asks.
  const canAsk = io.interactive && !options.dryRun;
  // The person's view (cards and prompts) stays on the terminal: on stderr
  // when stdout carries JSON or is piped to a file.
  const streams: Streams = options.json || (canAsk && !io.stdoutIsTTY)
    ? { human: io.stderr, humanName: 'stderr', color: io.colorErr }
    : { human: io.stdout, humanName: 'stdout', color: io.color };
  const library = await openLibrary(options, io);
  const interrupts = watchInterrupts();
  try {
    const prompter = canAsk ? await inquirerPrompter(io, streams.humanName, streams.color, interrupts.signal) : undefined;
    const person = prompter ? new InteractiveDriver(prompter) : undefined;
    const entry = await chooseRunbook(library, options.runbook, person);
    // Someone else's typo elsewhere in the library must not block this walk: one line, and on.
    warnAboutProblems(library, io);
    const runbook = entry.value;
    await refuseUnwalkable(entry, library, io);
    // The YAML reader is loaded only for an answers file: a cached library needs none.
    const answers = options.answers !== undefined ? (await import('../walk/answers-file.js')).readAnswersFile(options.answers, runbook, io.cwd) : undefined;
    const view = runbookView(library, entry);
    const style = await loadStyle(streams.color);

    if (options.dryRun) {
      const script = new ScriptedDriver(runbook, answers, { yes: true, allowCommands: false });
      const result = dryRun(runbook, view, script, style, io.now());
      if (options.json) for (const e of result.events) io.stdout.write(serializeEvent(e));
      streams.human.write(result.lines.join('\n') + '\n');
      return result.looped ? EXIT.usage : EXIT.ok;
    }

    const who = (options.as ?? '').trim() || io.userName();
    const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
    const { writer, recorded } = await openJournal(journalDir, runbook, io, person);
    let lock: IncidentLock | undefined;
    try {
      const incident = writer.incidentId;
      if (recorded) lock = acquireLock(journalDir.dir, incident, { person: who, now: io.now() });
      const begun = start(runbook, { incident, person: who, drill: options.drill, runbookHash: fileHash(entry.file.absolutePath), coopVersion: VERSION, runbookFile: entry.file.displayPath }, io.now());
      const screen = new WalkScreen(streams.human, style, io.columns, view, canAsk ? 'cards' : 'log');
      screen.opening(begun.state, recorded ? writer.path : undefined);
      // Only a person watching gets a spinner; scripts never load ora.
      const spinner = person ? await makeSpinner(io, streams.color) : NO_SPINNER;
      const end = await runSession(
        {
          runbook,
          view,
          screen,
          journal: writer,
          journalWritable: recorded,
          emit: options.json ? (e) => io.stdout.write(serializeEvent(e)) : undefined,
          script: answers || options.yes || options.allowCommands || !canAsk ? new ScriptedDriver(runbook, answers, { yes: Boolean(options.yes), allowCommands: Boolean(options.allowCommands) }) : undefined,
          person,
          runCheck: async (command, timeoutMs, signal) => {
            spinner.start(`Running ${safeLine(command)}`);
            try {
              return await runCheckCommand(command, { timeoutMs, cwd: io.cwd, env: io.env, signal });
            } finally {
              spinner.stop();
            }
          },
          now: () => io.now(),
          signal: interrupts.signal,
        },
        begun,
      );
      return finish(end, { screen, writer, io, options, journalDir });
    } finally {
      lock?.release();
      writer.close();
    }
  } finally {
    interrupts.dispose();
  }
}

async function chooseRunbook(library: Library, id: string | undefined, person: InteractiveDriver | undefined): Promise<Loaded<Runbook>> {
  if (id !== undefined) return requireRunbook(library, id);
  if (library.runbooks.length === 0) throw new UserError(`the library ${library.displayRoot} has no runbook that can be used; run coop lint`);
  if (!person) {
    const ids = library.runbooks.map((r) => r.value.id).join(', ');
    throw new UserError(`name the runbook to walk through, like: coop incident ${library.runbooks[0]!.value.id} (the runbooks are: ${ids}); without a terminal coop cannot ask`);
  }
  return requireRunbook(library, await person.chooseRunbook(library.runbooks));
}

/** A runbook the engine cannot follow without guessing stops here, at its file:line:col. */
async function refuseUnwalkable(entry: Loaded<Runbook>, library: Library, io: IO): Promise<void> {
  const problem = walkProblems(entry.value)[0];
  if (!problem) return;
  // A cached library keeps no positions: read the one file again to point at the line.
  let file = entry.file;
  if (library.fromCache) {
    const { loadLibrary } = await import('../library/load.js');
    file = loadLibrary(library.root, { cwd: io.cwd, onlyRunbooks: [entry.file.absolutePath] }).runbooks[0]?.file ?? file;
  }
  const at = file.locate([...entry.path, ...problem.path]);
  throw new UserError(`${entry.file.displayPath}:${at.line}:${at.col}: ${problem.message}; fix the runbook (coop lint shows every problem)`);
}

/**
 * Creates the incident's journal before step 1, so a folder that cannot be
 * written is said at once. A person may choose to carry on unrecorded (the
 * events stay in memory and are retried); a script may not.
 */
async function openJournal(journalDir: JournalDir, runbook: Runbook, io: IO, person: InteractiveDriver | undefined): Promise<{ writer: JournalWriter; recorded: boolean }> {
  for (let attempt = 0; ; attempt++) {
    const writer = new JournalWriter(journalDir.dir, newIncidentId(runbook.id, io.now()));
    try {
      writer.create();
      return { writer, recorded: true };
    } catch (error) {
      if (!(error instanceof JournalUnwritable)) throw error;
      // Two incidents of one runbook in one second with the same suffix: draw again.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 5) continue;
      const what = `${error.message}; choose a folder you can write with --journal-dir DIR or COOP_JOURNAL_DIR`;
      if (!person) throw new UserError(what);
      io.stderr.write(`coop: ${safeLine(what)}\n`);
      if (await person.carryOnUnrecorded()) return { writer, recorded: false };
      throw new UserError('stopped before step 1: nothing was recorded', EXIT.usage);
    }
  }
}

interface Finish {
  screen: WalkScreen;
  writer: JournalWriter;
  io: IO;
  options: IncidentOptions;
  journalDir: JournalDir;
}

function finish(end: SessionEnd, f: Finish): number {
  const { screen, writer, io } = f;
  // One last try for anything the disk refused; what still cannot be written is printed, never dropped.
  const unsaved = writer.flush().ok ? [] : writer.pendingLines();
  const journal = unsaved.length === 0 ? writer.path : undefined;
  if (end.kind === 'ended') screen.ended(end.state, io.now(), journal);
  else {
    if (end.message) io.stderr.write(`coop: ${end.message}\n`);
    screen.paused(end.state, resumeCommand(end.state.incident, f), journal);
  }
  if (unsaved.length) {
    io.stderr.write(`coop: these events could not be written to ${writer.path}; keep them (paste them into that file once the disk works):\n`);
    for (const line of unsaved) io.stderr.write(line);
  }
  if (end.kind === 'ended') return end.state.outcome === 'failed' ? EXIT.problems : EXIT.ok;
  return end.reason === 'person' || end.reason === 'interrupted' ? EXIT.interrupted : EXIT.usage;
}

/** Exactly what to type to carry on, with the options that found this library and journal and answered for it. */
function resumeCommand(incident: string, f: Finish): string {
  const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const parts = ['coop', 'resume', incident];
  if (f.options.runbooks) parts.push('--runbooks', quote(f.options.runbooks));
  if (f.journalDir.source === 'option') parts.push('--journal-dir', quote(f.options.journalDir!));
  if (f.options.answers !== undefined) parts.push('--answers', quote(f.options.answers));
  if (f.options.yes) parts.push('--yes');
  if (f.options.allowCommands) parts.push('--allow-commands');
  return safeLine(parts.join(' '));
}
