// Taking an incident's lock, with what to do when someone else holds it. Two
// coops writing one journal would interleave their lines, so the second is
// stopped and told who has the incident. Before it, whether this login may
// write the journal at all (a colleague's, in a folder not shared with them).
import { accessSync, constants } from 'node:fs';
import { describeDiskError } from '../system/disk-errors.js';
import { acquireLock, IncidentLocked, WATCH_MS, type IncidentLock } from './lock.js';
import type { JournalWriter } from './writer.js';
import { journalPath, lockPath } from './paths.js';
import type { IO } from '../system/io.js';
import { displayPathOf } from '../library/paths.js';
import { safeLine } from '../text/sanitize.js';
import { ProseError, UserError } from '../system/errors.js';

/** COOP_LOCK_WATCH_SECONDS: how long to watch the heartbeat of a lock held elsewhere (slow shared drives want more). */
export function lockWatchMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.COOP_LOCK_WATCH_SECONDS);
  return env.COOP_LOCK_WATCH_SECONDS && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : WATCH_MS;
}

/** The lock, or IncidentLocked (for the caller to say) and the file system's errors. */
export function takeIncidentLock(dir: string, id: string, person: string, io: IO): Promise<IncidentLock> {
  return acquireLock(dir, id, {
    person,
    now: io.now(),
    watchMs: lockWatchMs(io.env),
    onWatch: (holder, ms) =>
      io.stderr.write(
        `coop: incident ${id} is locked by ${safeLine(holder.person)} on ${safeLine(holder.host)} (process ${holder.pid}); watching ${ms / 1000} s for its heartbeat to tell whether that coop still runs\n`,
      ),
  });
}

export async function lockIncident(dir: string, id: string, person: string, io: IO): Promise<IncidentLock> {
  mayWriteJournal(dir, id, io);
  try {
    return await takeIncidentLock(dir, id, person, io);
  } catch (error) {
    const file = displayPathOf(lockPath(dir, id), io.cwd);
    if (error instanceof IncidentLocked) {
      // A live holder is known to run; an old coop's lock or an unreadable one cannot be judged.
      if (error.how === 'stuck')
        throw new UserError(
          `${safeLine(error.message)}: ask ${safeLine(error.holder?.person ?? 'them')} to resume it, or someone allowed to delete ${file}; to hand incidents over between logins, give the journal folder to a group (docs/journal.md, "A shared folder")`,
        );
      const hint =
        error.how === 'live'
          ? ''
          : `; if that coop is no longer running, delete ${file} and resume again${error.how === 'old' ? ' (it was left by an older coop, which coop cannot check)' : ''}`;
      const message = `${safeLine(error.message)}; one coop at a time writes an incident: wait until they pause it, or ask them to${hint}`;
      // Without the path to delete, nothing in it is to be typed: a terminal may break it at spaces.
      throw hint ? new UserError(message) : new ProseError(message);
    }
    throw new UserError(
      `cannot lock incident ${id} in ${safeLine(displayPathOf(dir, io.cwd))}: ${describeDiskError(error)}; resuming needs a journal folder coop can write`,
    );
  }
}

/**
 * A journal this login may not write (another's, in a folder not shared with
 * a group) is said before its lock is taken and before any step: otherwise
 * every answer would be kept only on the screen.
 */
function mayWriteJournal(dir: string, id: string, io: IO): void {
  const file = journalPath(dir, id);
  try {
    accessSync(file, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') return; // missing: the writer makes it, or says why
    throw new UserError(
      `cannot write ${safeLine(displayPathOf(file, io.cwd))}: ${describeDiskError(error)}; carry the incident on from the login that started it, or give the journal folder to a group of the people who carry incidents on (docs/journal.md, "A shared folder")`,
    );
  }
}

/** The writer checks before every append that this coop still holds the incident. */
export function writeWhileLocked(writer: JournalWriter, lock: IncidentLock): void {
  writer.writeOnlyWhile(() => {
    const why = lock.lost();
    return why && `the lock of incident ${writer.incidentId} is no longer this coop's: ${why}`;
  });
}
