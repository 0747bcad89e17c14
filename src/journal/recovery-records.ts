// What lint may judge a plan against: how long each incident and drill on
// record took from its start to its end, read from the journal folder, so a
// recovery time objective (RTO) that the office has not met is found (lint's
// recovery-exceeded-rto). A folder that is not there, or that cannot be read
// (another person's, on a shared machine), holds none for lint: lint judges
// the library and must not fail on the journals; a journal that cannot be
// read is left out, as every command leaves it out.
import { UserError } from '../system/errors.js';
import { readJournalFolder, type JournalFolder } from './folder.js';
import { summarizeIncident } from './summary.js';

export interface RecoveryRecord {
  incident: string;
  runbook: string;
  drill: boolean;
  startedAt: string;
  /** From start to end. */
  durationMs: number;
}

/** The incidents and drills of the folder that have ended; none started by mistake (coop close --mistake). */
export function recoveryRecords(journalDir: string, cwd: string): RecoveryRecord[] {
  let folder: JournalFolder;
  try {
    folder = readJournalFolder(journalDir, cwd);
  } catch (error) {
    if (error instanceof UserError) return [];
    throw error;
  }
  return folder.journals
    .map((j) => summarizeIncident(j.read.events))
    .filter((s) => s.status === 'ended' && !s.startedByMistake)
    .map((s) => ({
      incident: s.id,
      runbook: s.runbook,
      drill: s.drill,
      startedAt: s.startedAt,
      durationMs: s.durationMs,
    }));
}
