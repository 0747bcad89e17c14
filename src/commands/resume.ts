// `coop resume [incident]`: carry on an incident that was paused, interrupted
// or handed over, from its journal. The journal is read under the incident's
// lock (so no one else appends meanwhile), replayed through the walk engine,
// and the walk goes on with the same drivers as `coop incident`.
import { reportCommandFor } from './plan-records.js';
import type { GlobalOptions } from './options.js';
import type { IO, OutputStream } from '../system/io.js';
import type { StartedEvent } from '../journal/events.js';
import { journalDirWords, journalPath, locateJournalDir, type JournalDir } from '../journal/paths.js';
import { existsSync } from 'node:fs';
import { isIncidentId } from '../journal/incident-id.js';
import { JournalWriter } from '../journal/writer.js';
import { findRunbook, type Library, type Loaded } from '../library/library.js';
import type { Runbook } from '../format/model.js';
import { dirname, resolve } from 'node:path';
import { displayPathOf } from '../library/paths.js';
import { localDayAndTime } from '../text/local-time.js';
import { safeLine } from '../text/sanitize.js';
import { loadStyle } from '../text/style.js';
import { runbookView } from '../library/view.js';
import { lockIncident, writeWhileLocked } from '../journal/incident-lock.js';
import { findIncidentJournal, readIncidentJournal } from '../journal/incident.js';
import { readJournalFolder, warnUnreadable } from '../journal/folder.js';
import { chooseOpenIncident } from '../walk/open-incidents.js';
import { summarizeIncident, type IncidentSummary } from '../journal/summary.js';
import { runbookChangedSince } from '../journal/runbook-changed.js';
import { EXIT, UserError } from '../system/errors.js';
import { answersFor, driveWalk, personName, walkOutput, type WalkFlags } from '../walk/drive.js';
import { checkBeforeStepOne } from '../walk/before-step-one.js';
import { advance, missingEnd, type WalkState } from '../walk/engine.js';
import { checkAgainstRunbook, type CheckedJournal } from '../walk/checked-journal.js';
import { endIndexOf } from '../journal/consistency.js';
import { problemAt, warnProblems } from '../journal/problems.js';
import type { IncidentLock } from '../journal/lock.js';
import type { JournalFile } from '../journal/folder.js';
import { coopLine } from '../system/invocation.js';
import { InteractiveDriver } from '../walk/drivers/interactive.js';
import { watchInterrupts } from '../walk/interrupts.js';
import { inquirerPrompter, type Prompter } from '../walk/drivers/prompter.js';
import { givenLibraryWords, openLibrary, warnAboutProblems } from './open-library.js';
import { runbookOf } from './incident-runbook.js';
import { keptApartFile } from './kept-apart-record.js';
import { beforeResuming, walkedElsewhere } from '../walk/parted-records.js';

export interface ResumeOptions extends GlobalOptions, WalkFlags {
  incident?: string;
  as?: string;
  /** Open again an incident that ended (or was closed) by mistake. */
  reopen?: boolean;
}

export async function run(options: ResumeOptions, io: IO): Promise<number> {
  const canAsk = io.interactive;
  const output = walkOutput(io, options.json, canAsk);
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  const interrupts = watchInterrupts(io);
  try {
    const prompter = canAsk ? await inquirerPrompter(io, output.humanName, output.color, interrupts) : undefined;
    // Opened once, when first needed: choosing an incident words where each stands with it, and an
    // incident that has ended needs none.
    let opened: Promise<Library> | undefined;
    const openedLibrary = () => (opened ??= openLibrary(options, io));
    const id = await incidentToResume(options.incident, { journalDir, io, prompter, library: openedLibrary });
    const found = findIncidentJournal(id, journalDir.dir, io);
    // What shows the whole record, typed as it must be here: the journal folder named when it was given.
    const report = reportCommandFor(journalDir, io, givenLibraryWords(options))(id);
    const who = personName(options.as, io);
    // Read only under the lock: no one else can append between the read and our first line.
    const lock = await lockIncident(journalDir.dir, id, who, io);
    let writer: JournalWriter | undefined;
    try {
      const journalFile = readIncidentJournal(found, io, true);
      const { read } = journalFile;
      const summary = summarizeIncident(read.events);
      const reopen = summary.status === 'ended';
      if (reopen && endIndexOf(read.events) === undefined) {
        writer = new JournalWriter(journalDir.dir, id);
        return recordTheEnd(journalFile, writer, lock, summary, output.human, report);
      }
      if (reopen && !options.reopen) {
        throw new UserError(
          `incident ${id} ended on ${localDayAndTime(new Date(summary.endedAt!))}, ${howItEnded(summary)}; there is nothing to carry on. What happened: ${report}. Ended by mistake? ${coopLine(io.env, 'resume', id, ...journalDirWords(journalDir, io.cwd), '--reopen')}`,
        );
      }
      if (!reopen && options.reopen)
        io.stderr.write(`coop: warning: incident ${id} has not ended; --reopen is not needed, carrying on\n`);
      const library = await openedLibrary();
      const entry = runbookOf(library, summary.runbook, id, { io, report });
      warnAboutProblems(library, io, entry);
      const alsoSay = `what was done so far: ${report}`;
      const refused = await checkBeforeStepOne({ entry, library, io, output, alsoSay });
      if (refused !== undefined) return refused;
      const runbook = entry.value;
      const started = read.events[0] as StartedEvent;
      const changed = runbookChangedSince(started, entry.file.absolutePath);
      const checked = checkAgainstRunbook(read, runbook);
      const ended = fittingState(checked, journalFile.display, id, changed, report);
      const reopened = reopen ? advance(runbook, { ...ended, person: who }, { type: 'reopen' }, io.now()) : undefined;
      const before = reopened?.state ?? ended;
      // What does not change where the walk stands (an edited line, a clock that went back) is said, and the walk goes on.
      warnProblems(journalFile.display, id, checked.check.inconsistencies, (t) => io.stderr.write(t));
      // A walk that came from a phone may still be going on there, or went on there already.
      const elsewhere = walkedElsewhere(runbook, read.events, keptApartFile(journalDir.dir, id, io)?.read.events);

      const answers = await answersFor(options.answers, runbook, io);
      const view = runbookView(library, entry);
      const style = await loadStyle(output.color);
      writer = new JournalWriter(journalDir.dir, id);
      writer.continueAt(read);
      writeWhileLocked(writer, lock);
      const carried = advance(runbook, before, { type: 'resume', person: who }, io.now());
      const first = { state: carried.state, events: [...(reopened?.events ?? []), ...carried.events] };
      const resumed = carried.events[0]!;
      const previousPerson = resumed.type === 'resumed' ? resumed.previousPerson : undefined;
      const journal = writer.path;
      return await driveWalk({
        io,
        flags: options,
        output,
        person: prompter ? new InteractiveDriver(prompter) : undefined,
        runbook,
        view,
        style,
        answers,
        writer,
        recorded: true,
        journalDir,
        first,
        resumedFrom: before,
        history: read.events,
        opening: (screen) =>
          screen.resumed(first.state, {
            journal,
            before,
            report,
            ...(previousPerson !== undefined ? { previousPerson } : {}),
            ...(elsewhere
              ? { elsewhere: beforeResuming(elsewhere, report), fromPhone: elsewhere.kind === 'phone' }
              : {}),
            ...(changed ? { runbookChanged: changedMessage(entry, started, { id, journalDir, io }) } : {}),
            ...(reopened
              ? {
                  reopened: `The incident had ended on ${localDayAndTime(new Date(summary.endedAt!))}, ${howItEnded(summary)}; --reopen opens it again, at the step it ended at.`,
                }
              : {}),
          }),
        signal: interrupts.signal,
      });
    } finally {
      lock.release();
      writer?.close();
    }
  } finally {
    interrupts.dispose();
  }
}

interface Choosing {
  journalDir: JournalDir;
  io: IO;
  prompter: Prompter | undefined;
  library: () => Promise<Library>;
}

/**
 * The incident named, or the one to carry on: with no name, the open one (or
 * the one chosen among several); with a runbook's id, as a person may well
 * type (`coop resume power-loss`), the open one of that runbook.
 */
async function incidentToResume(named: string | undefined, choosing: Choosing): Promise<string> {
  const { journalDir, io, prompter } = choosing;
  if (named !== undefined && (!isIncidentId(named) || existsSync(journalPath(journalDir.dir, named)))) return named;
  // Without its library the incidents are told apart by their step ids; the walk itself says why it is missing.
  const library = await choosing.library().catch(() => undefined);
  if (named !== undefined && !(library && findRunbook(library, named))) return named;
  const folder = readJournalFolder(journalDir.dir, io.cwd);
  warnUnreadable(folder, (t) => io.stderr.write(t));
  const chosen = await chooseOpenIncident(folder, {
    prompter,
    env: io.env,
    runbookOf: (id) => (library ? findRunbook(library, id)?.value : undefined),
    ...(named !== undefined ? { runbook: named } : {}),
  });
  if (chosen.note) io.stderr.write(`coop: ${chosen.note}\n`);
  return chosen.id;
}

/** How an incident that ended did: "closed (started by mistake)", "at a check that failed"... */
function howItEnded(summary: IncidentSummary): string {
  return summary.outcome === 'closed'
    ? `closed (${safeLine(summary.closedReason ?? 'no reason given')})`
    : summary.outcome === 'failed'
      ? 'at a check that failed'
      : 'with the runbook completed';
}

/** The state the journal leads to, or why the runbook as it is now cannot take it further. */
function fittingState(
  checked: CheckedJournal,
  file: string,
  incident: string,
  changed: boolean,
  report: string,
): WalkState {
  const misfit = checked.misfits[0];
  if (!misfit && checked.state) return checked.state;
  const since = changed ? ' (the runbook has changed since the incident began)' : '';
  const more = checked.misfits.length > 1 ? ` (and ${checked.misfits.length - 1} more)` : '';
  const what = misfit ? safeLine(problemAt(file, misfit)) : `${file}: has no events`;
  throw new UserError(
    `cannot carry on incident ${incident}: ${what}${more}${since}; put the step back in the runbook, or finish by hand (what was done so far: ${report})`,
  );
}

/**
 * The walk had reached its end, but the `ended` line was cut short when coop
 * stopped (the journal stayed "open" for ever): write it now, under the lock,
 * at the time the end was reached, and say so.
 */
function recordTheEnd(
  journal: JournalFile,
  writer: JournalWriter,
  lock: IncidentLock,
  summary: IncidentSummary,
  human: OutputStream,
  report: string,
): number {
  const { read } = journal;
  writer.continueAt(read);
  writeWhileLocked(writer, lock);
  const end = missingEnd(read.events[0] as StartedEvent, read.events.at(-1)!, summary.outcome ?? 'completed');
  const status = writer.append([end]);
  if (!status.ok)
    throw new UserError(
      `cannot write the end of incident ${summary.id} to ${safeLine(journal.display)}: ${status.error}`,
    );
  const how = summary.outcome === 'failed' ? 'at a check that failed' : 'with the runbook completed';
  human.write(
    `Incident ${summary.id} had already reached its end on ${localDayAndTime(new Date(summary.endedAt!))}, ${how}; the record of the end was cut short when coop stopped, and is written now. There is nothing to carry on. What happened: ${report}\n`,
  );
  return summary.outcome === 'failed' ? EXIT.problems : EXIT.ok;
}

function changedMessage(
  entry: Loaded<Runbook>,
  started: StartedEvent,
  here: { id: string; journalDir: JournalDir; io: IO },
): string {
  const changed = `The runbook ${entry.value.id} (${entry.file.displayPath}) has changed since this incident began on ${localDayAndTime(new Date(started.ts))}; coop carries on by step id. Read each step again before you act on it.`;
  const other = fileItBeganWith(started, entry, here.io.cwd);
  if (other === undefined) return changed;
  const { io } = here;
  const resume = coopLine(
    io.env,
    'resume',
    here.id,
    '--runbooks',
    displayPathOf(dirname(other), io.cwd),
    ...journalDirWords(here.journalDir, io.cwd),
  );
  return `${changed} It began with ${displayPathOf(other, io.cwd)}, another library's, which has not changed: to carry it on with that one, stop here (Ctrl-C) and type:\n${resume}`;
}

/**
 * The runbook file the incident began with, when it is another file than the
 * one in hand and still holds what it held then: the incident is most likely
 * being carried on with another library (a --runbooks left out).
 */
function fileItBeganWith(started: StartedEvent, entry: Loaded<Runbook>, cwd: string): string | undefined {
  if (started.runbookFile === undefined) return undefined;
  const file = resolve(cwd, started.runbookFile);
  return file === entry.file.absolutePath || runbookChangedSince(started, file) ? undefined : file;
}
