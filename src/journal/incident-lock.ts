// Taking an incident's lock for a resume, with what to do when someone else
// holds it. Two coops writing one journal would interleave their lines, so
// the second is stopped and told who has the incident.
import { hostname } from 'node:os';
import { describeDiskError } from '../system/disk-errors.js';
import { acquireLock, IncidentLocked, type IncidentLock } from './lock.js';
import { lockPath } from './paths.js';
import type { IO } from '../system/io.js';
import { displayPathOf } from '../library/paths.js';
import { safeLine } from '../text/sanitize.js';
import { UserError } from '../system/errors.js';

export function lockIncident(dir: string, id: string, person: string, io: IO): IncidentLock {
  try {
    return acquireLock(dir, id, { person, now: io.now() });
  } catch (error) {
    const file = displayPathOf(lockPath(dir, id), io.cwd);
    if (error instanceof IncidentLocked) {
      // On this machine a live process holds it; on another, coop cannot tell whether it still runs.
      const elsewhere = error.holder !== undefined && error.holder.host !== hostname();
      const hint =
        elsewhere || error.holder === undefined
          ? `; if that coop is no longer running, delete ${file} and resume again`
          : '';
      throw new UserError(
        `${safeLine(error.message)}; one coop at a time writes an incident: wait until they pause it, or ask them to${hint}`,
      );
    }
    throw new UserError(
      `cannot lock incident ${id} in ${safeLine(displayPathOf(dir, io.cwd))}: ${describeDiskError(error)}; resuming needs a journal folder coop can write`,
    );
  }
}
