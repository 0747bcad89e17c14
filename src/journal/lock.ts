// One writer per incident: a lock file next to the journal says who holds it,
// so a second process (another terminal, another person on a shared drive) is
// told who is working on the incident instead of interleaving lines with them.
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { lockPath } from './paths.js';

export interface LockHolder {
  pid: number;
  host: string;
  person: string;
  /** ISO time the lock was taken. */
  since: string;
}

export class IncidentLocked extends Error {
  constructor(
    readonly incidentId: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(
      holder
        ? `incident ${incidentId} is open in another coop: ${holder.person} on ${holder.host} (process ${holder.pid}) since ${holder.since}`
        : `incident ${incidentId} is open in another coop (its lock file cannot be read)`,
    );
    this.name = 'IncidentLocked';
  }
}

export interface IncidentLock {
  path: string;
  release(): void;
}

export interface LockOptions {
  person: string;
  now: Date;
  pid?: number;
  host?: string;
  /** Whether a process of this machine still runs; replaceable in tests. */
  isAlive?: (pid: number) => boolean;
}

export function acquireLock(dir: string, incidentId: string, options: LockOptions): IncidentLock {
  const path = lockPath(dir, incidentId);
  const me: LockHolder = {
    pid: options.pid ?? process.pid,
    host: options.host ?? hostname(),
    person: options.person,
    since: options.now.toISOString(),
  };
  const isAlive = options.isAlive ?? processIsAlive;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path, me)) return { path, release: () => releaseLock(path, me) };
    const holder = readHolder(path);
    // A holder on this machine whose process is gone crashed or was killed: its lock is stale.
    const stale = holder !== undefined && holder.host === me.host && !isAlive(holder.pid);
    if (!stale) throw new IncidentLocked(incidentId, holder);
    try {
      unlinkSync(path);
    } catch {
      // Someone else cleared it first; try again.
    }
  }
  throw new IncidentLocked(incidentId, readHolder(path));
}

/** Writes the holder to a private file, then links it into place: the link either wins whole or fails. */
function tryCreate(path: string, me: LockHolder): boolean {
  const temp = `${path}.${me.pid}.${Date.now()}.tmp`;
  try {
    // Inside the try: a full disk may create the file and fail to fill it.
    writeFileSync(temp, `${JSON.stringify(me)}\n`, { mode: 0o600 });
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing to clean.
    }
  }
}

export function readHolder(path: string): LockHolder | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string') {
      return {
        pid: data.pid,
        host: data.host,
        person: String(data.person ?? 'someone'),
        since: String(data.since ?? 'an unknown time'),
      };
    }
  } catch {
    // Unreadable or garbled: the caller says so.
  }
  return undefined;
}

function releaseLock(path: string, me: LockHolder): void {
  const holder = readHolder(path);
  if (!holder || holder.pid !== me.pid || holder.host !== me.host) return;
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
