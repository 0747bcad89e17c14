// One record's journal, named by its id on the command line: the id is
// checked before any path is built from it, and a journal that is not there,
// cannot be read, is not the record of that id, or is the other kind of
// record (an exercise for an incident, or the other way round) is one plain
// line. Finding and reading are two steps, so a resume can take the lock between.
import { existsSync, readdirSync } from 'node:fs';
import type { IO } from '../system/io.js';
import { JOURNAL_EXTENSION, journalPath, notAnIdMessage } from './paths.js';
import { isIncidentId, runbookOfIncidentId } from './incident-id.js';
import { didYouMean } from '../text/suggest.js';
import { readJournalFile } from './reader.js';
import { displayPathOf } from '../library/paths.js';
import { safeLine } from '../text/sanitize.js';
import { UserError } from '../system/errors.js';
import { journalProblem, warnTorn, type JournalFile } from './folder.js';
import { coopCommand } from '../system/invocation.js';
import { isExerciseRecord } from './record-kind.js';

export interface IncidentJournalPath {
  id: string;
  path: string;
  display: string;
}

export function findIncidentJournal(id: string, dir: string, io: IO): IncidentJournalPath {
  return findRecord(id, dir, io, 'incident', `${coopCommand(io.env)} incidents lists the incidents there`);
}

export function findExerciseJournal(id: string, dir: string, io: IO): IncidentJournalPath {
  return findRecord(
    id,
    dir,
    io,
    'exercise record',
    `${coopCommand(io.env)} exercise report names the records of an exercise`,
  );
}

function findRecord(id: string, dir: string, io: IO, what: string, hint: string): IncidentJournalPath {
  if (!isIncidentId(id)) throw new UserError(notAnIdMessage(id, hint));
  const path = journalPath(dir, id);
  if (!existsSync(path)) {
    const ids = idsIn(dir);
    // A runbook's id where an incident's was meant (coop report power-loss): its records, by their ids.
    const ofRunbook = ids.filter((other) => runbookOfIncidentId(other) === id).sort((a, b) => b.localeCompare(a));
    const named =
      ofRunbook.length > 0
        ? `; ${id} is a runbook: name one of its ${what}s there, the newest first: ${ofRunbook.slice(0, 3).join(', ')}${ofRunbook.length > 3 ? ` (and ${ofRunbook.length - 3} more)` : ''}`
        : didYouMean(id, ids);
    throw new UserError(
      `no ${what} ${id} in ${safeLine(displayPathOf(dir, io.cwd))}${named}; ${hint} (or give --journal-dir)`,
    );
  }
  return { id, path, display: displayPathOf(path, io.cwd) };
}

/** The ids of the records in a journal folder, for "did you mean": none when it cannot be listed. */
function idsIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(JOURNAL_EXTENSION))
      .map((name) => name.slice(0, -JOURNAL_EXTENSION.length))
      .filter(isIncidentId);
  } catch {
    return [];
  }
}

/** Reads an incident's journal, warning on stderr about a torn last line; `forWriting` keeps the lines' text, for a resume. */
export function readIncidentJournal(found: IncidentJournalPath, io: IO, forWriting = false): JournalFile {
  const journal = readRecord(found, io, forWriting);
  if (isExerciseRecord(journal.read.events))
    throw new UserError(
      `${found.id} is the record of an exercise, not an incident: ${coopCommand(io.env)} exercise report ${found.id} shows it, ${coopCommand(io.env)} exercise resume ${found.id} carries it on`,
    );
  return journal;
}

/** Reads an exercise record, warning on stderr about a torn last line; `forWriting` as above. */
export function readExerciseJournal(found: IncidentJournalPath, io: IO, forWriting = false): JournalFile {
  const journal = readRecord(found, io, forWriting);
  if (!isExerciseRecord(journal.read.events))
    throw new UserError(
      `${found.id} is the journal of an incident or drill, not of an exercise: ${coopCommand(io.env)} report ${found.id} shows it`,
    );
  return journal;
}

function readRecord(found: IncidentJournalPath, io: IO, forWriting: boolean): JournalFile {
  const read = readJournalFile(found.path, found.display, forWriting);
  const problem = journalProblem(read, found.id, found.display);
  if (problem) throw new UserError(safeLine(problem));
  const journal = { ...found, read };
  warnTorn(journal, (t) => io.stderr.write(t));
  return journal;
}
