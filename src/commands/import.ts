// `coop import FILE...`: adds the record of a walk made elsewhere (the go-kit
// on a phone, docs/kit.md) to the journal folder, as an incident like any
// other. Each line is checked as the reader checks a journal, then the walk
// is replayed against this library's runbook, which must be the version the
// walk was made with. Importing is idempotent: the same record twice adds
// nothing, a later download of the same walk adds only what is new.
import { reportCommandFor } from './plan-records.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import type { JournalEvent, StartedEvent } from '../journal/events.js';
import { findRunbook, type Library } from '../library/library.js';
import { displayPathOf } from '../library/paths.js';
import { fileHash } from '../journal/hash.js';
import { lockIncident, writeWhileLocked } from '../journal/incident-lock.js';
import { locateJournalDir } from '../journal/paths.js';
import { JournalError, readJournalFile } from '../journal/reader.js';
import { JournalWriter, JournalUnwritable } from '../journal/writer.js';
import { summarizeIncident } from '../journal/summary.js';
import { checkAgainstRunbook } from '../walk/checked-journal.js';
import { safeLine } from '../text/sanitize.js';
import { plural } from '../text/plural.js';
import { UserError } from '../system/errors.js';
import { openLibrary, warnAboutProblems } from './open-library.js';

export interface ImportOptions extends GlobalOptions {
  files: string[];
  journalDir?: string;
}

/** What became of one record. */
interface Imported {
  id: string;
  title: string;
  added: number;
  total: number;
  started: StartedEvent;
  events: JournalEvent[];
}

export async function run(options: ImportOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  warnAboutProblems(library, io);
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  let failed = 0;
  for (const file of options.files) {
    try {
      const done = await importRecord(file, library, journalDir.dir, io);
      io.stdout.write(`${describe(done, reportCommandFor(journalDir, io)(done.id))}\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr.write(`coop: ${error.message}\n`);
      failed++;
    }
  }
  return failed ? 2 : 0;
}

/** What was imported, in a line; `report` shows it, typed as it must be here. */
function describe(done: Imported, report: string): string {
  const what = done.started.drill ? 'drill' : 'incident';
  const where = done.started.kit ? `walked on a phone by ${done.started.person}` : `started by ${done.started.person}`;
  const summary = summarizeIncident(done.events);
  const state = summary.status === 'ended' ? 'ended' : 'not finished';
  const head = `${done.id}: ${safeLine(done.title)} (${what}, ${safeLine(where)}, ${state})`;
  if (done.added === 0) return `already imported ${head}; nothing new`;
  const count =
    done.added === done.total ? plural(done.total, 'event') : `${plural(done.added, 'new event')} of ${done.total}`;
  return `imported ${head}, ${count}; ${report} shows it`;
}

async function importRecord(file: string, library: Library, dir: string, io: IO): Promise<Imported> {
  const path = resolve(io.cwd, file);
  const shown = safeLine(displayPathOf(path, io.cwd));
  if (!existsSync(path)) throw new UserError(`${shown}: no such file`);
  const read = readJournalFile(path, shown);
  if (read.torn)
    throw new UserError(
      `${shown}:${read.torn.line}: the record is cut short here; download it again from the go-kit and import that`,
    );
  const events = read.events;
  const started = events[0];
  if (started?.type !== 'started') throw new UserError(`${shown}: is empty; it holds no record of a walk`);
  const entry = findRunbook(library, started.runbook);
  if (!entry)
    throw new UserError(
      `${shown}:1: the record is of runbook ${safeLine(started.runbook)}, which the library in ${safeLine(library.displayRoot)} does not have; import it with the library it was walked from (--runbooks DIR)`,
    );
  if (fileHash(entry.file.absolutePath) !== started.runbookHash)
    throw new UserError(
      `${shown}:1: the record was walked on another version of ${safeLine(entry.file.displayPath)} than this library's; import it with the library the kit was exported from (--runbooks DIR)`,
    );
  // A record is imported only whole and sound: lines in order, the hash chain unbroken, every event fitting the runbook.
  const checked = checkAgainstRunbook(read, entry.value);
  const problem = [...checked.check.inconsistencies, ...checked.misfits].sort((a, b) => a.line - b.line)[0];
  if (problem) throw new JournalError(shown, problem.line, safeLine(problem.problem));
  const imported = { id: started.incident, title: started.title, total: events.length, started, events };
  return { ...imported, added: await writeRecord(dir, started, events, shown, io) };
}

/** Writes what the journal folder does not have yet; returns how many events that was. */
async function writeRecord(
  dir: string,
  started: StartedEvent,
  events: JournalEvent[],
  shown: string,
  io: IO,
): Promise<number> {
  const id = started.incident;
  const writer = new JournalWriter(dir, id);
  if (!existsSync(writer.path)) {
    try {
      writer.create();
    } catch (error) {
      if (error instanceof JournalUnwritable) throw new UserError(safeLine(error.message));
      throw error;
    }
    return written(writer, events, events.length);
  }
  const lock = await lockIncident(dir, id, started.person, io);
  try {
    const have = readJournalFile(writer.path, displayPathOf(writer.path, io.cwd), true);
    const diverges = have.events.findIndex((e, i) => i >= events.length || !sameEvent(e, events[i]!));
    if (diverges !== -1)
      throw new UserError(
        `${shown}:${Math.min(diverges + 1, events.length)}: incident ${id} is in the journal folder already, with other events from here on (carried on with coop resume?); the record cannot be added to it`,
      );
    const rest = events.slice(have.events.length);
    if (rest.length === 0) return 0;
    writer.continueAt(have);
    writeWhileLocked(writer, lock);
    return written(writer, rest, rest.length);
  } finally {
    lock.release();
  }
}

function written(writer: JournalWriter, events: JournalEvent[], count: number): number {
  try {
    const status = writer.append(events);
    if (!status.ok) throw new UserError(`cannot write ${safeLine(writer.path)}: ${status.error ?? 'the disk refused'}`);
    return count;
  } finally {
    writer.close();
  }
}

/** The same event; the reader keeps the hash chain apart, so two copies of a line compare equal. */
function sameEvent(a: JournalEvent, b: JournalEvent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
