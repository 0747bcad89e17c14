// One incident's journal, named by its id on the command line: the id is
// checked before any path is built from it, and a journal that is not there,
// cannot be read, or is not the record of that incident is one plain line.
import { existsSync } from 'node:fs';
import type { IO } from '../io.js';
import { journalPath, locateJournalDir } from '../journal/paths.js';
import { readJournalFile } from '../journal/reader.js';
import { displayPathOf } from '../library/paths.js';
import { safeLine } from '../render/sanitize.js';
import { UserError } from '../util/errors.js';
import { journalProblem, warnTorn, type JournalFile } from './journal-folder.js';

export function journalOf(id: string, journalDirOption: string | undefined, io: IO): JournalFile {
  const { dir } = locateJournalDir(journalDirOption, io.env, io.cwd);
  const path = journalPath(dir, id);
  if (!existsSync(path)) throw new UserError(`no incident ${id} in ${safeLine(displayPathOf(dir, io.cwd))}; coop incidents lists the incidents there (or give --journal-dir)`);
  const display = displayPathOf(path, io.cwd);
  const read = readJournalFile(path, display);
  const problem = journalProblem(read, id, display);
  if (problem) throw new UserError(safeLine(problem));
  const journal = { id, path, display, read };
  warnTorn(journal, (t) => io.stderr.write(t));
  return journal;
}
