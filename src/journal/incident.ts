// One incident's journal, named by its id on the command line: the id is
// checked before any path is built from it, and a journal that is not there,
// cannot be read, or is not the record of that incident is one plain line.
// Finding and reading are two steps, so a resume can take the lock between.
import { existsSync } from 'node:fs';
import type { IO } from '../system/io.js';
import { journalPath } from './paths.js';
import { readJournalFile } from './reader.js';
import { displayPathOf } from '../library/paths.js';
import { safeLine } from '../text/sanitize.js';
import { UserError } from '../system/errors.js';
import { journalProblem, warnTorn, type JournalFile } from './folder.js';

export interface IncidentJournalPath {
  id: string;
  path: string;
  display: string;
}

export function findIncidentJournal(id: string, dir: string, io: IO): IncidentJournalPath {
  const path = journalPath(dir, id);
  if (!existsSync(path))
    throw new UserError(
      `no incident ${id} in ${safeLine(displayPathOf(dir, io.cwd))}; coop incidents lists the incidents there (or give --journal-dir)`,
    );
  return { id, path, display: displayPathOf(path, io.cwd) };
}

/** Reads it, warning on stderr about a torn last line; `forWriting` keeps the lines' text, for a resume. */
export function readIncidentJournal(found: IncidentJournalPath, io: IO, forWriting = false): JournalFile {
  const read = readJournalFile(found.path, found.display, forWriting);
  const problem = journalProblem(read, found.id, found.display);
  if (problem) throw new UserError(safeLine(problem));
  const journal = { ...found, read };
  warnTorn(journal, (t) => io.stderr.write(t));
  return journal;
}
