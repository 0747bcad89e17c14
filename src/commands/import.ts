// `coop import FILE...`: adds the record of a walk made elsewhere (the go-kit
// on a phone, docs/kit.md) to the journal folder, as an incident like any
// other. Each line is checked as the reader checks a journal, then the walk
// is replayed against this library's runbook, which must be the version the
// walk was made with. Importing is idempotent: the same record twice adds
// nothing, a later download of the same walk adds only what is new. A record
// that parted from the journal (the incident was carried on at a computer
// while the phone went on) is not joined to it, which would make two walks
// one: it is kept whole beside it, in kept-apart/, and said in one line
// (exit 1), so that nothing the phone recorded is lost.
import { reportCommandFor } from './plan-records.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import type { JournalEvent, StartedEvent } from '../journal/events.js';
import type { Runbook } from '../format/model.js';
import { findRunbook, type Library } from '../library/library.js';
import { displayPathOf } from '../library/paths.js';
import { fileHash } from '../journal/hash.js';
import { keptApartFolder, makeKeptApartFolder, relationOf } from '../journal/kept-apart.js';
import { lockIncident, writeWhileLocked } from '../journal/incident-lock.js';
import type { IncidentLock } from '../journal/lock.js';
import { journalDirWords, locateJournalDir } from '../journal/paths.js';
import { JournalError, readJournalFile, type ReadJournal } from '../journal/reader.js';
import { JournalWriter, JournalUnwritable } from '../journal/writer.js';
import { summarizeIncident } from '../journal/summary.js';
import { checkAgainstRunbook } from '../walk/checked-journal.js';
import { keptRecordName, stepNamed, whereRecordStands } from '../walk/parted-records.js';
import { localDayAndTime } from '../text/local-time.js';
import { safeLine } from '../text/sanitize.js';
import { plural } from '../text/plural.js';
import { assertNever, EXIT, UserError } from '../system/errors.js';
import { libraryCommandFor, libraryWords, openLibrary, warnAboutProblems } from './open-library.js';

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
  /** The record's file as shown, the line of each of its events, and the runbook it was walked on. */
  file: string;
  lineOf: number[];
  runbook: Runbook;
  /** The record parted from the journal: it was kept apart, not added to it. */
  apart?: KeptApart;
}

interface KeptApart {
  /** Where the record parts from the journal: an index into both. */
  at: number;
  /** The journal's own event there: who went on at the computer, and when. */
  journalWent: JournalEvent;
  /** Whether the journal has ended: a record kept apart that ended too leaves nothing to carry on. */
  journalEnded: boolean;
  /** The record kept apart, as shown; how many of its events were kept before this import. */
  file: string;
  keptBefore: number;
}

export async function run(options: ImportOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  warnAboutProblems(library, io);
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  const report = reportCommandFor(journalDir, io, libraryWords(library, io));
  const typed: Typed = {
    report,
    close: (id, reason) =>
      libraryCommandFor(library, io)('close', id, ...journalDirWords(journalDir, io.cwd), '--reason', reason),
  };
  let failed = 0;
  let keptApart = 0;
  for (const file of options.files) {
    try {
      const done = await importRecord(file, library, journalDir.dir, io);
      if (done.apart) {
        io.stderr.write(`coop: ${partedLine(done, done.apart, typed)}\n`);
        keptApart++;
      } else io.stdout.write(`${describe(done, report(done.id))}\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr.write(`coop: ${error.message}\n`);
      failed++;
    }
  }
  return failed ? EXIT.usage : keptApart ? EXIT.problems : EXIT.ok;
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

/** The commands a record kept apart is told with, as they must be typed here. */
interface Typed {
  report: (id: string) => string;
  close: (id: string, reason: string) => string;
}

/** A record kept apart, in one line: where it parts from the journal, who went on in each, what was kept where, and what to do. */
function partedLine(done: Imported, apart: KeptApart, typed: Typed): string {
  const { at, journalWent, file } = apart;
  const first = done.events[at]!;
  const line = done.lineOf[at]!;
  const kept =
    done.added === 0
      ? `it is kept apart already, in ${file}; nothing new`
      : apart.keptBefore === 0
        ? `it is kept apart, whole, in ${file} (its ${plural(done.total - at, 'event')} from line ${line} on are not in the journal)`
        : `its ${plural(done.added, 'new event')} are added to the record kept apart in ${file}`;
  const whose = keptRecordName(done.started);
  const todo = whatToDo(done, apart, typed);
  return `${done.file}:${line}: this record and the journal of incident ${done.id} part at ${stepNamed(done.runbook, first.step)}: the journal goes on there with ${safeLine(journalWent.person)} (${localDayAndTime(new Date(journalWent.ts))}), ${whose} with ${safeLine(first.person)} (${whereRecordStands(done.runbook, done.events)}); ${kept}. ${todo}; both records: ${typed.report(done.id)}`;
}

/** What is left to do once the two have parted, by which of them has ended. */
function whatToDo(done: Imported, apart: KeptApart, typed: Typed): string {
  const keptEnded = summarizeIncident(done.events).status === 'ended';
  const phone = done.started.kit !== undefined;
  if (keptEnded && apart.journalEnded) return 'Both have ended';
  if (keptEnded) {
    const close = typed.close(done.id, `ended ${phone ? 'on the phone' : 'elsewhere'} (its record is kept apart)`);
    return `${phone ? "The phone's walk" : 'That record'} has ended: if the incident is over, end the journal too: ${close}`;
  }
  if (apart.journalEnded)
    return `The journal has ended; a later download of ${phone ? "the phone's walk" : 'that record'} is added to the record kept apart`;
  return 'Carry the incident on in one place only from now on';
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
  const written = await writeRecord(dir, started, read, shown, io);
  return { ...imported, ...written, file: shown, lineOf: read.lineOf, runbook: entry.value };
}

/** Writes what the journal folder does not have yet: how many events that was, and whether they went apart. */
async function writeRecord(
  dir: string,
  started: StartedEvent,
  record: ReadJournal,
  shown: string,
  io: IO,
): Promise<{ added: number; apart?: KeptApart }> {
  const { events } = record;
  const id = started.incident;
  const writer = new JournalWriter(dir, id);
  if (!existsSync(writer.path)) {
    createOrSay(writer);
    return { added: written(writer, events) };
  }
  const lock = await lockIncident(dir, id, started.person, io);
  try {
    const have = readJournalFile(writer.path, displayPathOf(writer.path, io.cwd), true);
    const relation = relationOf(have.events, events);
    switch (relation.kind) {
      case 'within':
        return { added: 0 };
      case 'ahead':
        writer.continueAt(have);
        writeWhileLocked(writer, lock);
        return { added: written(writer, events.slice(relation.from)) };
      case 'parted': {
        const parting = {
          at: relation.at,
          journalWent: have.events[relation.at]!,
          journalEnded: summarizeIncident(have.events).status === 'ended',
        };
        return keepApart(dir, id, record, shown, lock, io, parting);
      }
      default:
        return assertNever(relation, 'record relation');
    }
  } finally {
    lock.release();
  }
}

/**
 * The record parted from the journal: it goes, whole, to kept-apart/<id>.jsonl
 * (under the incident's lock, which import holds), or, when a record of that
 * walk is kept there already, what it adds to that one.
 */
function keepApart(
  dir: string,
  id: string,
  record: ReadJournal,
  shown: string,
  lock: IncidentLock,
  io: IO,
  parting: Pick<KeptApart, 'at' | 'journalWent' | 'journalEnded'>,
): { added: number; apart: KeptApart } {
  const { events } = record;
  const writer = new JournalWriter(keptApartFolder(dir), id);
  const file = safeLine(displayPathOf(writer.path, io.cwd));
  if (!existsSync(writer.path)) {
    try {
      makeKeptApartFolder(dir);
    } catch (error) {
      throw new UserError(`cannot keep ${shown} apart in ${file}: ${(error as Error).message}`);
    }
    createOrSay(writer);
    writeWhileLocked(writer, lock);
    return { added: written(writer, events), apart: { ...parting, file, keptBefore: 0 } };
  }
  const kept = readJournalFile(writer.path, file, true);
  const relation = relationOf(kept.events, events);
  const apart = { ...parting, file, keptBefore: kept.events.length };
  switch (relation.kind) {
    case 'within':
      return { added: 0, apart };
    case 'ahead':
      writer.continueAt(kept);
      writeWhileLocked(writer, lock);
      return { added: written(writer, events.slice(relation.from)), apart };
    case 'parted':
      // A third way of the same incident (two phones with one walk?): nothing is taken, the file stays the person's.
      throw new UserError(
        `${shown}:${record.lineOf[relation.at]}: incident ${id} has gone on two ways already (its journal, and the record kept apart in ${file}), and this record differs from both from here on; nothing of it was added: keep this file, it is the only copy of what it holds`,
      );
    default:
      return assertNever(relation, 'record relation');
  }
}

function createOrSay(writer: JournalWriter): void {
  try {
    writer.create();
  } catch (error) {
    if (error instanceof JournalUnwritable) throw new UserError(safeLine(error.message));
    throw error;
  }
}

function written(writer: JournalWriter, events: JournalEvent[]): number {
  try {
    const status = writer.append(events);
    if (!status.ok) throw new UserError(`cannot write ${safeLine(writer.path)}: ${status.error ?? 'the disk refused'}`);
    return events.length;
  } finally {
    writer.close();
  }
}
