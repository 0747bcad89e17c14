// `coop close <incident> --reason TEXT`: end an incident that should not stay
// open (started by mistake, or finished by hand), saying why. The close is an
// `ended` event with outcome `closed`, written under the incident's lock after
// the journal is replayed, so it is checked like every other event; nothing
// is deleted, and `coop resume --reopen` opens it again.
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { EXIT, UserError } from '../system/errors.js';
import { locateJournalDir } from '../journal/paths.js';
import { lockIncident, writeWhileLocked } from '../journal/incident-lock.js';
import { findIncidentJournal, readIncidentJournal } from '../journal/incident.js';
import { summarizeIncident } from '../journal/summary.js';
import { JournalWriter } from '../journal/writer.js';
import { findRunbook } from '../library/library.js';
import { localDayAndTime } from '../text/local-time.js';
import { safeLine } from '../text/sanitize.js';
import { coopCommand } from '../system/invocation.js';
import { advance } from '../walk/engine.js';
import { checkAgainstRunbook } from '../walk/checked-journal.js';
import { personName } from '../walk/drive.js';
import { openLibrary } from './open-library.js';

export interface CloseOptions extends GlobalOptions {
  incident: string;
  reason?: string;
  as?: string;
  journalDir?: string;
}

export async function run(options: CloseOptions, io: IO): Promise<number> {
  const reason = (options.reason ?? '').trim();
  const coop = coopCommand(io.env);
  if (!reason)
    throw new UserError(
      `say why the incident is closed, for the record: ${coop} close ${options.incident} --reason "started by mistake"`,
    );
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  const found = findIncidentJournal(options.incident, journalDir.dir, io);
  const who = personName(options.as, io);
  const lock = await lockIncident(journalDir.dir, options.incident, who, io);
  const writer = new JournalWriter(journalDir.dir, options.incident);
  try {
    const { read } = readIncidentJournal(found, io, true);
    const summary = summarizeIncident(read.events);
    if (summary.status === 'ended')
      throw new UserError(
        `incident ${options.incident} has already ended (${localDayAndTime(new Date(summary.endedAt!))}); nothing to close. What happened: ${coop} report ${options.incident}`,
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
        `incident ${options.incident} does not fit its runbook as it is now; check it with ${coop} report ${options.incident}`,
      );
    const state = { ...checked.state, person: who };
    const closed = advance(runbook, state, { type: 'close', reason }, io.now());
    writer.continueAt(read);
    writeWhileLocked(writer, lock);
    const status = writer.append(closed.events);
    if (!status.ok) throw new UserError(`could not record the close in ${writer.path}: ${status.error}`);
    io.stdout.write(
      `Closed incident ${options.incident} (${safeLine(summary.title)}): ${safeLine(reason)}\nWhat happened: ${coop} report ${options.incident}\nClosed by mistake? ${coop} resume ${options.incident} --reopen\n`,
    );
    return EXIT.ok;
  } finally {
    lock.release();
    writer.close();
  }
}
