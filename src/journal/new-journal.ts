// A new record's journal: its file created (never over another) and its lock
// taken before anything is written, so a folder that cannot be written is
// known before step 1 or the first inject. An id that turns out to be taken
// (two records of one runbook or exercise in one second with the same
// suffix) is drawn again.
import { rmSync } from 'node:fs';
import { describeDiskError } from '../system/disk-errors.js';
import type { IO } from '../system/io.js';
import { takeIncidentLock, writeWhileLocked } from './incident-lock.js';
import { IncidentLocked, type IncidentLock } from './lock.js';
import { JournalUnwritable, JournalWriter } from './writer.js';

export type NewJournal =
  | { ok: true; writer: JournalWriter; lock: IncidentLock }
  /** The writer keeps the events in memory, for a person who carries on unrecorded. */
  | { ok: false; writer: JournalWriter; unwritable: JournalUnwritable };

const ATTEMPTS = 5;

export async function createJournal(dir: string, newId: () => string, person: string, io: IO): Promise<NewJournal> {
  for (let attempt = 0; ; attempt++) {
    const writer = new JournalWriter(dir, newId());
    try {
      writer.create();
      const lock = await takeIncidentLock(dir, writer.incidentId, person, io);
      writeWhileLocked(writer, lock);
      return { ok: true, writer, lock };
    } catch (error) {
      if (!(error instanceof JournalUnwritable)) {
        // The file was made but its lock could not be: leave no empty journal behind.
        writer.close();
        rmSync(writer.path, { force: true });
      }
      const taken = (error as NodeJS.ErrnoException).code === 'EEXIST' || error instanceof IncidentLocked;
      if (taken && attempt < ATTEMPTS) continue;
      const unwritable =
        error instanceof JournalUnwritable ? error : new JournalUnwritable(writer.path, describeDiskError(error));
      return { ok: false, writer, unwritable };
    }
  }
}
