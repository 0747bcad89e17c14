// What `coop incident` and `coop resume` share once they know the runbook and
// the journal: where the person's view goes, the drivers, the session, and
// how its end becomes a message and an exit code. One walk, two ways in.
import { drawnOn, type IO, type OutputStream } from '../system/io.js';
import { journalDirWords, type JournalDir } from '../journal/paths.js';
import { JournalTakenOver, type JournalWriter } from '../journal/writer.js';
import type { Runbook } from '../format/model.js';
import { safeLine } from '../text/sanitize.js';
import { shellWord } from '../text/shell-word.js';
import type { Style } from '../text/style.js';
import type { RunbookView } from '../library/view.js';
import { EXIT, UserError } from '../system/errors.js';
import { coopCommand } from '../system/invocation.js';
import type { Answers } from './drivers/answers.js';
import { runCheckCommand } from './check-runner.js';
import type { Advanced, WalkState } from './engine.js';
import type { InteractiveDriver } from './drivers/interactive.js';
import { WalkScreen } from './screen/screen.js';
import { ScriptedDriver } from './drivers/scripted.js';
import { runSession, type SessionEnd, type SessionParts } from './session.js';
import { countDownTo } from './screen/countdown.js';
import type { JournalEvent } from '../journal/events.js';
import { durationMs } from '../format/values.js';
import { makeSpinner, NO_SPINNER } from './screen/spinner.js';
import { holdForTests } from './test-hold.js';

/** The options of a walk that a resume command repeats. */
export interface WalkFlags {
  runbooks?: string;
  journalDir?: string;
  answers?: string;
  yes?: boolean;
  allowCommands?: boolean;
  json?: boolean;
  /** --update-every: how often status updates are due (30m), over the runbook's update_every. */
  updateEvery?: string;
}

/** Where the person's view goes: stderr when stdout carries JSON or is piped while a person is asked. */
export interface WalkOutput {
  human: OutputStream;
  humanName: 'stdout' | 'stderr';
  color: boolean;
}

export function walkOutput(io: IO, json: boolean | undefined, canAsk: boolean): WalkOutput {
  return json || (canAsk && !io.stdoutIsTTY)
    ? { human: drawnOn(io, io.stderr), humanName: 'stderr', color: io.colorErr }
    : { human: drawnOn(io, io.stdout), humanName: 'stdout', color: io.color };
}

/** Who is walking: --as, else the login name. An empty --as is a mistake, not a wish to be the login name. */
export function personName(as: string | undefined, io: IO): string {
  if (as === undefined) return io.userName();
  const name = as.trim();
  if (!name)
    throw new UserError(
      '--as needs a name, for the record (like --as "Pat Smith"); leave --as out to be recorded as your login name',
    );
  return name;
}

/** The answers of --answers FILE for this runbook; the YAML reader is loaded only then (a cached library needs none). */
export async function answersFor(file: string | undefined, runbook: Runbook, io: IO): Promise<Answers | undefined> {
  return file !== undefined
    ? (await import('./drivers/answers-file.js')).readAnswersFile(file, runbook, io.cwd)
    : undefined;
}

export interface Walk {
  io: IO;
  flags: WalkFlags;
  output: WalkOutput;
  /** A person at a terminal is asked what the answers do not say. */
  person?: InteractiveDriver;
  runbook: Runbook;
  view: RunbookView;
  style: Style;
  answers?: Answers;
  writer: JournalWriter;
  /** False when the person chose to carry on without a record. */
  recorded: boolean;
  journalDir: JournalDir;
  /** The first events: `started` for a new incident, `resumed` for a resume. */
  first: Advanced;
  /** The state the journal held before a resume, so scripted answer lists carry on where they stopped. */
  resumedFrom?: WalkState;
  /** The journal's events before a resume, which an update is drafted from. */
  history?: readonly JournalEvent[];
  /** What the screen shows before the first step. */
  opening(screen: WalkScreen): void;
  signal: AbortSignal;
}

export async function driveWalk(walk: Walk): Promise<number> {
  const { io, flags, runbook, person } = walk;
  const screen = new WalkScreen(walk.output.human, walk.style, () => io.columns, walk.view, person ? 'cards' : 'log');
  walk.opening(screen);
  // After Ctrl-Z and `fg` the prompt is drawn again under what the shell printed, the step it asks about above it.
  person?.drawAgainAbove(() => screen.drawAgain());
  // Only a person watching gets a spinner; scripts never load ora.
  const spinner = person ? await makeSpinner(io, walk.output.color) : NO_SPINNER;
  const scripted = walk.answers || flags.yes || flags.allowCommands || !person;
  const script = scripted
    ? new ScriptedDriver(runbook, walk.answers, {
        yes: Boolean(flags.yes),
        allowCommands: Boolean(flags.allowCommands),
      })
    : undefined;
  if (script && walk.resumedFrom) script.continueFrom(walk.resumedFrom);
  try {
    const end = await runSession(
      {
        runbook,
        view: walk.view,
        screen,
        journal: holdForTests(walk.writer, io.env),
        journalWritable: walk.recorded,
        emit: flags.json ? (line) => io.stdout.write(line) : undefined,
        script,
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
        signal: walk.signal,
        ...(walk.history ? { history: walk.history } : {}),
        ...(flags.updateEvery !== undefined ? { updateEvery: durationMs(flags.updateEvery) } : {}),
        ...(person ? atTerminal(walk, screen) : {}),
      },
      walk.first,
    );
    return finish(end, screen, walk);
  } catch (error) {
    if (!(error instanceof JournalTakenOver)) throw error;
    return stopped(error, walk);
  }
}

/** Someone else writes this incident now: say so, write nothing, and print what this coop could not record. */
function stopped(error: JournalTakenOver, walk: Walk): number {
  const { io, writer } = walk;
  io.stderr.write(
    `coop: ${safeLine(error.message)}; to keep the record whole this coop stops and writes nothing more (what is recorded: ${typedCommand(walk, ['report', writer.incidentId])})\n`,
  );
  printUnsaved(writer.pendingLines(), `these events are not in the record ${writer.path}; keep them:`, io);
  return EXIT.usage;
}

/** What never reached the journal, one JSON line each after a heading: printed, never dropped. */
function printUnsaved(lines: string[], heading: string, io: IO): void {
  if (!lines.length) return;
  io.stderr.write(`coop: ${heading}\n`);
  for (const line of lines) io.stderr.write(line);
}

/** What only a person at a terminal gets: the clipboard, and a countdown to the next update. */
function atTerminal(walk: Walk, screen: WalkScreen): Pick<SessionParts, 'copy' | 'waitUntil'> {
  const { io, output } = walk;
  return {
    copy: async (text) => {
      const { copyToClipboard } = await import('../system/clipboard.js');
      screen.say((await copyToClipboard(text, io, output.human)) ?? 'No clipboard here: copy the text above by hand.');
    },
    waitUntil: async (due, what) => {
      await countDownTo(due, {
        out: output.human,
        stdin: io.stdin,
        now: () => io.now(),
        signal: walk.signal,
        what,
        columns: () => io.columns,
      });
    },
  };
}

function finish(end: SessionEnd, screen: WalkScreen, walk: Walk): number {
  const { writer, io } = walk;
  // One last try for anything the disk refused; what still cannot be written is printed, never dropped.
  const unsaved = writer.flush().ok ? [] : writer.pendingLines();
  if (end.kind === 'ended')
    screen.ended(
      end.state,
      io.now(),
      writer.path,
      unsaved.length,
      safeLine(typedCommand(walk, ['report', end.state.incident])),
    );
  else {
    if (end.message) io.stderr.write(`coop: ${end.message}\n`);
    screen.paused(end.state, resumeCommand(end.state.incident, walk, end.state.person), writer.path, unsaved.length);
  }
  printUnsaved(
    unsaved,
    `these events could not be written to ${writer.path}; keep them (paste them into that file once the disk works):`,
    io,
  );
  if (end.kind === 'ended') return end.state.outcome === 'failed' ? EXIT.problems : EXIT.ok;
  return end.reason === 'person' || end.reason === 'interrupted' ? EXIT.interrupted : EXIT.usage;
}

/**
 * `--as NAME` for a command the person who paused types to carry on: without
 * it, typed as printed, the resume would be a hand-over to their login's name.
 * Nothing when the name is the login's.
 */
export function asWords(person: string, io: Pick<IO, 'userName'>): string[] {
  return person === io.userName() ? [] : ['--as', shellWord(person)];
}

/** `coop <words>` as it must be typed here (`npx coop` under npx), with the options that found this library and journal. */
function typedCommand(walk: Walk, words: string[]): string {
  const { flags } = walk;
  const parts = [coopCommand(walk.io.env), ...words];
  if (flags.runbooks) parts.push('--runbooks', shellWord(flags.runbooks));
  parts.push(...journalDirWords(walk.journalDir, walk.io.cwd).map(shellWord));
  return parts.join(' ');
}

/** Exactly what to type to carry on, with the options that found this library and journal and answered for it. */
function resumeCommand(incident: string, walk: Walk, person: string): string {
  const { flags } = walk;
  const parts = [typedCommand(walk, ['resume', incident])];
  parts.push(...asWords(person, walk.io));
  if (flags.answers !== undefined) parts.push('--answers', shellWord(flags.answers));
  if (flags.yes) parts.push('--yes');
  if (flags.allowCommands) parts.push('--allow-commands');
  return safeLine(parts.join(' '));
}
