// `coop close <incident> --reason TEXT`: end an incident that should not stay
// open (started by mistake, or finished by hand), saying why. `--mistake` says
// it was started by mistake: the record stays, but no count of incidents or
// drills takes it (status, the roll-up, coop incidents). The close is an
// `ended` event with outcome `closed`, written under the incident's lock after
// the journal is replayed, so it is checked like every other event; nothing
// is deleted, and `coop resume --reopen` opens it again.
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { EXIT, UserError } from '../system/errors.js';
import { journalDirWords, locateJournalDir } from '../journal/paths.js';
import { lockIncident, writeWhileLocked } from '../journal/incident-lock.js';
import { findIncidentJournal, readIncidentJournal } from '../journal/incident.js';
import { summarizeIncident } from '../journal/summary.js';
import { JournalWriter } from '../journal/writer.js';
import { findRunbook } from '../library/library.js';
import { localDayAndTime } from '../text/local-time.js';
import { safeLine } from '../text/sanitize.js';
import { coopLine } from '../system/invocation.js';
import { advance } from '../walk/engine.js';
import { checkAgainstRunbook } from '../walk/checked-journal.js';
import { personName } from '../walk/drive.js';
import { givenLibraryWords, libraryCommandFor, openLibrary } from './open-library.js';

/** The reason recorded for `--mistake` given alone. */
const MISTAKE = 'started by mistake';

export interface CloseOptions extends GlobalOptions {
  incident: string;
  reason?: string;
  /** Started by mistake: counted as no incident. */
  mistake?: boolean;
  as?: string;
  journalDir?: string;
}

export async function run(options: CloseOptions, io: IO): Promise<number> {
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  // What is printed to type names the folders this command was given, as typed here.
  const given = [...journalDirWords(journalDir, io.cwd), ...givenLibraryWords(options)];
  const reason = (options.reason ?? '').trim() || (options.mistake ? MISTAKE : '');
  if (!reason) {
    const close = (...words: string[]) => coopLine(io.env, 'close', options.incident, ...words, ...given);
    throw new UserError(
      `say why the incident is closed, for the record: ${close('--reason', 'finished by hand')}, or ${close('--mistake')} if it was started by mistake`,
    );
  }
  const found = findIncidentJournal(options.incident, journalDir.dir, io);
  const who = personName(options.as, io);
  const lock = await lockIncident(journalDir.dir, options.incident, who, io);
  const writer = new JournalWriter(journalDir.dir, options.incident);
  try {
    const { read } = readIncidentJournal(found, io, true);
    const summary = summarizeIncident(read.events);
    if (summary.status === 'ended')
      throw new UserError(
        `incident ${options.incident} has already ended (${localDayAndTime(new Date(summary.endedAt!))}); nothing to close. What happened: ${coopLine(io.env, 'report', options.incident, ...given)}`,
      );
    const library = await openLibrary(options, io);
    const runbook = findRunbook(library, summary.runbook)?.value;
    if (!runbook)
      throw new UserError(
        `incident ${options.incident} follows the runbook "${safeLine(summary.runbook)}", which is not in ${library.displayRoot}; restore it to close the incident`,
      );
    const checked = checkAgainstRunbook(read, runbook);
    if (!checked.state)
      throw new UserError(
        `incident ${options.incident} does not fit its runbook as it is now; check it with ${coopLine(io.env, 'report', options.incident, ...given)}`,
      );
    const state = { ...checked.state, person: who };
    const closed = advance(runbook, state, { type: 'close', reason, mistake: options.mistake }, io.now());
    writer.continueAt(read);
    writeWhileLocked(writer, lock);
    const status = writer.append(closed.events);
    if (!status.ok) throw new UserError(`could not record the close in ${writer.path}: ${status.error}`);
    const counted = options.mistake
      ? `It stays on record; the plan status and the roll-up count no ${summary.drill ? 'drill' : 'incident'} for it.\n`
      : '';
    const typed = (...words: string[]) =>
      libraryCommandFor(library, io)(...words, ...journalDirWords(journalDir, io.cwd));
    io.stdout.write(
      `Closed incident ${options.incident} (${safeLine(summary.title)}): ${safeLine(reason)}\n${counted}What happened: ${typed('report', options.incident)}\nClosed by mistake? ${typed('resume', options.incident, '--reopen')}\n`,
    );
    return EXIT.ok;
  } finally {
    lock.release();
    writer.close();
  }
}
