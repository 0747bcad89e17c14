// Reads every journal of a journal folder. The folder may be a shared drive
// that several people write to, so one bad file (torn, corrupt, someone
// else's) never hides the others: it is set aside with the reason, and the
// command says so on stderr.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeDiskError } from '../system/disk-errors.js';
import { isIncidentId, JOURNAL_EXTENSION } from './paths.js';
import { JournalError, readJournalFile, type ReadJournal } from './reader.js';
import { displayPathOf } from '../library/paths.js';
import { isExerciseRecord } from './record-kind.js';
import { safeLine } from '../text/sanitize.js';
import { UserError } from '../system/errors.js';

export interface JournalFile {
  id: string;
  path: string;
  /** The path as shown to people. */
  display: string;
  read: ReadJournal;
}

export interface UnreadableJournal {
  file: string;
  /** The reader's one-line reason, starting with the file (and line). */
  problem: string;
}

export interface JournalFolder {
  dir: string;
  display: string;
  /** False when the folder is not there yet: no incident was ever recorded in it. */
  exists: boolean;
  /** The incidents and drills. */
  journals: JournalFile[];
  /** The records of facilitated exercises (`coop exercise run`), kept apart: they are not incidents. */
  exercises: JournalFile[];
  unreadable: UnreadableJournal[];
}

export function readJournalFolder(dir: string, cwd: string): JournalFolder {
  const display = displayPathOf(dir, cwd);
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith(JOURNAL_EXTENSION))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { dir, display, exists: false, journals: [], exercises: [], unreadable: [] };
    throw new UserError(`cannot read the journal folder ${safeLine(display)}: ${describeDiskError(error)}`);
  }
  const folder: JournalFolder = { dir, display, exists: true, journals: [], exercises: [], unreadable: [] };
  for (const name of names) {
    const id = name.slice(0, -JOURNAL_EXTENSION.length);
    const path = join(dir, name);
    const shown = displayPathOf(path, cwd);
    // An id is checked before anything is built from it (docs/journal.md).
    if (!isIncidentId(id)) {
      folder.unreadable.push({
        file: shown,
        problem: `${shown}: its name is not an incident id (like 20261123-091503-power-loss-k3f9.jsonl)`,
      });
      continue;
    }
    try {
      const read = readJournalFile(path, shown);
      const problem = journalProblem(read, id, shown);
      if (problem) folder.unreadable.push({ file: shown, problem });
      else
        (isExerciseRecord(read.events) ? folder.exercises : folder.journals).push({ id, path, display: shown, read });
    } catch (error) {
      if (!(error instanceof JournalError)) throw error;
      folder.unreadable.push({ file: shown, problem: error.message });
    }
  }
  return folder;
}

/** What makes a journal that reads as events still unusable as the record of the incident its name says. */
export function journalProblem(read: ReadJournal, id: string, shown: string): string | undefined {
  const first = read.events[0];
  if (!first) return `${shown}: has no events (coop stopped before the incident's first line was written)`;
  if (first.incident !== id)
    return `${shown}:1: holds incident ${safeLine(first.incident)}, not ${id} as its name says; was it renamed?`;
  return undefined;
}

/** One warning line per journal that was set aside, so a listing stays usable. */
export function warnUnreadable(folder: JournalFolder, write: (text: string) => unknown): void {
  for (const bad of folder.unreadable) write(`coop: warning: ${safeLine(bad.problem)}; left out\n`);
}

/** One warning line per journal whose last line was cut short by a crash. */
export function warnTorn(journal: JournalFile, write: (text: string) => unknown): void {
  const torn = journal.read.torn;
  if (torn)
    write(
      `coop: warning: ${safeLine(journal.display)}:${torn.line}: the last line was cut short (coop stopped while writing it); it is set aside and everything before it is used\n`,
    );
}
