// The record kept apart from an incident's journal (coop import keeps a
// phone's record there when it parted from the journal: docs/journal.md, "A
// record kept apart"), for the commands that show it beside the journal. One
// that cannot be read is said on stderr and left out: the journal is still the
// incident's record, and the file stays where it is, to be looked at.
import type { IO } from '../system/io.js';
import { displayPathOf } from '../library/paths.js';
import { keptApartPath, readKeptApart } from '../journal/kept-apart.js';
import { JournalError, type ReadJournal } from '../journal/reader.js';
import { safeLine } from '../text/sanitize.js';
import { journalProblem } from '../journal/folder.js';

export interface KeptApartFile {
  read: ReadJournal;
  /** Its path as shown. */
  display: string;
}

export function keptApartFile(journalDir: string, id: string, io: IO): KeptApartFile | undefined {
  const display = displayPathOf(keptApartPath(journalDir, id), io.cwd);
  const leftOut = (problem: string) => {
    io.stderr.write(`coop: warning: ${safeLine(problem)}; the record kept apart from incident ${id} is left out\n`);
    return undefined;
  };
  try {
    const read = readKeptApart(journalDir, id, display);
    if (!read) return undefined;
    const problem = journalProblem(read, id, display);
    return problem ? leftOut(problem) : { read, display };
  } catch (error) {
    if (!(error instanceof JournalError)) throw error;
    return leftOut(error.message);
  }
}
