// Whether a runbook file is still the one an incident began with: the
// `started` event keeps its content hash (docs/journal.md).
import type { StartedEvent } from './events.js';
import { fileHash } from './hash.js';

export function runbookChangedSince(started: StartedEvent, file: string): boolean {
  try {
    return fileHash(file) !== started.runbookHash;
  } catch {
    // The file cannot be read now: it is not the one the incident began with, as far as anyone can tell.
    return true;
  }
}
