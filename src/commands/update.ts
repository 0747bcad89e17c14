// `coop update <incident-id>`: draft a status update for an open incident from
// its journal and record it, for the coordinator who is not the one walking it
// (issue 16). Written under the incident's lock, like every other line of a
// journal: while someone walks the incident, their coop holds it, and they
// send the update at its update step.
import { reportCommandFor } from './plan-records.js';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { locateJournalDir } from '../journal/paths.js';
import { JournalWriter } from '../journal/writer.js';
import { localDayAndTime } from '../text/local-time.js';
import { safeLine, safeText, terminalSafeJson } from '../text/sanitize.js';
import { lockIncident, writeWhileLocked } from '../journal/incident-lock.js';
import { findIncidentJournal, readIncidentJournal } from '../journal/incident.js';
import { summarizeIncident } from '../journal/summary.js';
import { problemAt } from '../journal/problems.js';
import { runbookView } from '../library/view.js';
import { wrap } from '../text/wrap.js';
import { UserError } from '../system/errors.js';
import { personName } from '../walk/drive.js';
import { advance } from '../walk/engine.js';
import { checkAgainstRunbook } from '../walk/checked-journal.js';
import { draftFor, smsWords, updateRecipients } from '../walk/updates.js';
import { watchInterrupts } from '../walk/interrupts.js';
import { inquirerPrompter } from '../walk/drivers/prompter.js';
import { givenLibraryWords, libraryWords, openLibrary, warnAboutProblems } from './open-library.js';
import { runbookOf } from './incident-runbook.js';
import { durationMs } from '../format/values.js';
import { keptApartFile } from './kept-apart-record.js';
import { beforeUpdating, walkedElsewhere } from '../walk/parted-records.js';

export interface UpdateOptions extends GlobalOptions {
  incident: string;
  journalDir?: string;
  as?: string;
  /** The update as it is to be recorded, instead of the draft. */
  text?: string;
  /** Who it goes to, instead of the update step's contacts. */
  to?: string[];
  /** Record the draft without asking. */
  yes?: boolean;
  /** How long to the next update (30m), instead of the runbook's cadence. */
  updateEvery?: string;
  json?: boolean;
}

export async function run(options: UpdateOptions, io: IO): Promise<number> {
  const { incident: id } = options;
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  const found = findIncidentJournal(id, journalDir.dir, io);
  const who = personName(options.as, io);
  const lock = await lockIncident(journalDir.dir, id, who, io);
  const writer = new JournalWriter(journalDir.dir, id);
  const interrupts = watchInterrupts(io);
  try {
    const journal = readIncidentJournal(found, io, true);
    const { read } = journal;
    const summary = summarizeIncident(read.events);
    if (summary.status === 'ended')
      throw new UserError(
        `incident ${id} ended on ${localDayAndTime(new Date(summary.endedAt!))}; updates go out while an incident is open (what happened: ${reportCommandFor(journalDir, io, givenLibraryWords(options))(id)})`,
      );
    const library = await openLibrary(options, io);
    const entry = runbookOf(library, summary.runbook, id, {
      io,
      report: reportCommandFor(journalDir, io, libraryWords(library, io))(id),
    });
    warnAboutProblems(library, io);
    const runbook = entry.value;
    const checked = checkAgainstRunbook(read, runbook);
    const misfit = checked.misfits[0];
    if (misfit || !checked.state)
      throw new UserError(
        `cannot add to incident ${id}: ${misfit ? safeLine(problemAt(journal.display, misfit)) : 'its journal has no events'}; ${reportCommandFor(journalDir, io, libraryWords(library, io))(id)} shows what it holds`,
      );
    const state = checked.state;
    // Said before anything is drafted or recorded: the phone may be walking it, or went on apart already.
    const elsewhere = walkedElsewhere(runbook, read.events, keptApartFile(journalDir.dir, id, io)?.read.events);
    if (elsewhere)
      io.stderr.write(
        `coop: warning: ${beforeUpdating(elsewhere, reportCommandFor(journalDir, io, libraryWords(library, io))(id))}\n`,
      );
    const draft = await draftFor({
      runbook,
      events: read.events,
      now: io.now(),
      person: who,
      ...(state.at !== undefined ? { at: state.at } : {}),
      ...(options.updateEvery !== undefined ? { everyMs: durationMs(options.updateEvery) } : {}),
    });
    const to = options.to?.length ? options.to : updateRecipients(runbook, runbookView(library, entry), state.at);
    const out = options.json ? io.stderr : io.stdout;

    let text = options.text?.trim();
    if (options.text !== undefined && !text)
      throw new UserError('--text is empty; write the update, or leave --text out for the draft');
    if (text === undefined && !options.yes) {
      if (!io.interactive) {
        // A script that asked for neither gets the draft to send its own way, and nothing is recorded.
        if (options.json) io.stdout.write(`${terminalSafeJson({ incident: id, recorded: false, to, ...draft }, 2)}\n`);
        else io.stdout.write(`${safeText(draft.text)}\n`);
        io.stderr.write(
          `coop: not recorded: add --yes to record this draft, or --text "..." to record your own words\n`,
        );
        return 0;
      }
      out.write(
        `Draft update to ${safeLine(to.join(', ') || 'nobody named')}, ${smsWords(draft)}:\n\n${wrap(
          safeText(draft.text),
          Math.min(io.columns, 100) - 2,
        )
          .map((line) => `  ${line}\n`)
          .join('')}\n`,
      );
      const prompter = await inquirerPrompter(
        io,
        options.json ? 'stderr' : 'stdout',
        options.json ? io.colorErr : io.color,
        interrupts,
      );
      const edited = (
        await prompter.input('Update (Tab puts the draft in to edit; Enter records):', undefined, draft.text)
      ).trim();
      if (!edited) {
        io.stderr.write('coop: nothing recorded: the update was left empty\n');
        return 0;
      }
      text = edited;
    }
    text ??= draft.text;

    writer.continueAt(read);
    writeWhileLocked(writer, lock);
    const advanced = advance(
      runbook,
      state,
      { type: 'update', text, to, nextDueAt: draft.nextDueAt, person: who },
      io.now(),
    );
    const status = writer.append(advanced.events);
    if (!status.ok) throw new UserError(`cannot write the update to ${safeLine(journal.display)}: ${status.error}`);
    const event = advanced.events[0]!;
    if (options.json)
      io.stdout.write(`${terminalSafeJson({ incident: id, recorded: true, to, ...draft, text, event }, 2)}\n`);
    else
      out.write(
        `Update recorded in ${safeLine(journal.display)}, to ${safeLine(to.join(', ') || 'nobody named')}; the next is due ${localDayAndTime(new Date(draft.nextDueAt))}.\n`,
      );
    return 0;
  } finally {
    interrupts.dispose();
    lock.release();
    writer.close();
  }
}
