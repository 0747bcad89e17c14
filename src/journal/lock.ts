// One writer per incident. `<incident-id>.lock` is a folder holding
// `holder.json`, which says who writes the incident; a second coop (another
// terminal, another person on a shared drive, a container with the same host
// name) is told who has it instead of interleaving lines with them.
//
// Written here rather than taken from proper-lockfile (4.1.2, last released
// 2021): its stale-lock take-over is stat-then-remove-then-mkdir, which lets
// two processes both hold a lock (its issue #121, open), and it judges
// staleness by comparing the lock's time with the local clock, which fails
// between machines whose clocks disagree. What this lock does instead:
//
// - The lock appears whole or not at all, on every file system: the folder
//   and its holder file are made under a name of their own, then renamed into
//   place. No hard links (FAT, exFAT and some SMB shares have none).
// - The holder is named by what is really unique (system/process-identity.ts):
//   a coop on the same boot and PID namespace judges it by its pid and start
//   time (a reused pid after a reboot is not the holder); any other coop
//   watches its heartbeat (lock-heartbeat.ts) for a few seconds.
// - A stale lock is taken over atomically: it is renamed to a name made from
//   its holder's token, which only one process can do; the loser finds the
//   name taken, or finds that what it moved is not the lock it judged, and
//   puts it back.
// - The writer asks `lost()` before every append, so a coop whose lock was
//   taken over (it was frozen, or asleep) stops instead of writing.
import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { nodeCrypto } from '../system/crypto.js';
import { processRuns, processStart, thisProcess, type ProcessIdentity } from '../system/process-identity.js';
import { readRegularFile } from '../system/read-regular-file.js';
import { isGroupFolder, shareFileWithGroup, shareFolderWithGroup } from '../system/shared-folder.js';
import { BEAT_MS, startHeartbeat, type Heartbeat } from './lock-heartbeat.js';
import { lockPath } from './paths.js';
import { localDayAndTime } from '../text/local-time.js';

export const HOLDER_FILE = 'holder.json';
/** How long a coop watches the heartbeat of a holder it cannot judge by its pid. */
export const WATCH_MS = 5000;
const POLL_MS = 200;
const HOLDER_MAX_BYTES = 4096;
const TOKEN = /^[0-9a-f]{32}$/;

export interface LockHolder extends ProcessIdentity {
  /** Random, unique to this holding: names the lock's files during a take-over. */
  token: string;
  host: string;
  person: string;
  /** ISO time the lock was taken. */
  since: string;
}

/** A lock file of an older coop (a file: no token, no heartbeat): `pid`, `host`, `person`, `since`. */
export type OldHolder = Pick<LockHolder, 'pid' | 'host' | 'person' | 'since'>;

export type LockedHow =
  /** Its holder runs: its pid and start time on this machine, or its heartbeat elsewhere. */
  | 'live'
  /** Left by an older coop, which keeps no heartbeat: coop cannot tell whether it still runs. */
  | 'old'
  /** Its holder file cannot be read. */
  | 'unreadable'
  /** Its holder is gone, but this account may not move the lock (a folder another login owns, or a sticky one). */
  | 'stuck';

/** A lock's time as people read every other time coop shows: the local clock (an older coop's text as it is). */
function localSince(since: string): string {
  const date = new Date(since);
  return Number.isNaN(date.getTime()) ? since : localDayAndTime(date);
}

export class IncidentLocked extends Error {
  constructor(
    readonly incidentId: string,
    readonly holder: OldHolder | undefined,
    readonly how: LockedHow,
  ) {
    super(
      !holder
        ? `incident ${incidentId} is open in another coop (its lock file cannot be read)`
        : how === 'stuck'
          ? `incident ${incidentId} was left open by ${holder.person} on ${holder.host} (process ${holder.pid}, which no longer runs) since ${localSince(holder.since)}, and this login may not take over its lock`
          : `incident ${incidentId} is open in another coop: ${holder.person} on ${holder.host} (process ${holder.pid}) since ${localSince(holder.since)}`,
    );
    this.name = 'IncidentLocked';
  }
}

export interface IncidentLock {
  path: string;
  /** Undefined while this coop holds the lock; otherwise what happened to it, in words. */
  lost(): string | undefined;
  release(): void;
}

export interface LockOptions {
  person: string;
  now: Date;
  /** Who this process is; tests pose as another process, machine or PID namespace. */
  identity?: ProcessIdentity;
  host?: string;
  /** Whether a pid runs, and when it started: replaceable in tests. */
  runs?: (pid: number) => boolean;
  startOf?: (pid: number) => string | undefined;
  watchMs?: number;
  beatMs?: number;
  /** Told before a watch, so the person knows why coop waits. */
  onWatch?: (holder: LockHolder, ms: number) => void;
  /** Called between judging a lock stale and taking it over: tests slow a taker down here. */
  beforeTakeOver?: () => Promise<void> | void;
  /** How a stale lock is moved away: tests, which run as root, refuse it as a folder of another login would. */
  moveStale?: (from: string, to: string) => void;
}

type Seen =
  | { kind: 'absent' }
  | { kind: 'old'; holder: OldHolder | undefined }
  | { kind: 'unreadable' }
  | { kind: 'held'; holder: LockHolder; beat: number };

export async function acquireLock(dir: string, incidentId: string, options: LockOptions): Promise<IncidentLock> {
  const path = lockPath(dir, incidentId);
  const me: LockHolder = {
    ...(options.identity ?? thisProcess()),
    token: nodeCrypto().randomBytes(16).toString('hex'),
    host: options.host ?? hostname(),
    person: options.person,
    since: options.now.toISOString(),
  };
  const takenOver: string[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    if (create(dir, path, me)) return holding(dir, path, me, takenOver, options.beatMs ?? BEAT_MS);
    const seen = look(path);
    if (seen.kind === 'absent') continue;
    if (seen.kind === 'old') throw new IncidentLocked(incidentId, seen.holder, 'old');
    if (seen.kind === 'unreadable') {
      // A lock being released is renamed away whole; this is a moment of someone else's, or garbage.
      if (attempt < 2) {
        await sleep(POLL_MS);
        continue;
      }
      throw new IncidentLocked(incidentId, undefined, 'unreadable');
    }
    let verdict: 'live' | 'stale' | 'unknown' | 'changed' = judgeByPid(seen.holder, me, options);
    if (verdict === 'unknown') {
      const watchMs = options.watchMs ?? WATCH_MS;
      options.onWatch?.(seen.holder, watchMs);
      verdict = await watchHeartbeat(path, seen, watchMs);
      if (verdict === 'changed') continue;
    }
    if (verdict === 'live') throw new IncidentLocked(incidentId, seen.holder, 'live');
    await options.beforeTakeOver?.();
    const moved = takeOver(path, seen.holder, options.moveStale ?? renameSync);
    if (moved === 'not allowed') throw new IncidentLocked(incidentId, seen.holder, 'stuck');
    if (moved) takenOver.push(moved);
  }
  const last = look(path);
  throw new IncidentLocked(incidentId, last.kind === 'held' || last.kind === 'old' ? last.holder : undefined, 'live');
}

/** Makes the lock under a name of its own, then renames it into place: it appears whole, or not at all. */
function create(dir: string, path: string, me: LockHolder): boolean {
  const temp = `${path}.new-${me.token}`;
  const group = isGroupFolder(dir);
  try {
    mkdirSync(temp, { mode: 0o777 });
    if (group) shareFolderWithGroup(temp);
    const fd = openSync(join(temp, HOLDER_FILE), 'wx', 0o666);
    try {
      if (group) shareFileWithGroup(fd);
      writeSync(fd, `${JSON.stringify(me)}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    return true;
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    // The lock is there (a folder with a holder, an old lock file): someone has it.
    if (look(path).kind !== 'absent') return false;
    throw error;
  }
}

function look(path: string): Seen {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch {
    return { kind: 'absent' };
  }
  if (!stat.isDirectory()) return { kind: 'old', holder: oldHolder(path) };
  const read = readRegularFile(join(path, HOLDER_FILE), HOLDER_MAX_BYTES);
  const holder = read.ok ? parseHolder(read.bytes) : undefined;
  return holder && read.ok ? { kind: 'held', holder, beat: read.mtimeMs } : { kind: 'unreadable' };
}

function parseJson(bytes: Buffer): Record<string, unknown> | undefined {
  try {
    const data = JSON.parse(bytes.toString('utf8')) as unknown;
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Who, where and since when: what every lock file names, an older coop's too. */
function namedIn(d: Record<string, unknown> | undefined): OldHolder | undefined {
  if (!d || !Number.isInteger(d.pid) || typeof d.host !== 'string') return undefined;
  return {
    pid: d.pid as number,
    host: d.host,
    person: String(d.person ?? 'someone'),
    since: String(d.since ?? 'an unknown time'),
  };
}

function parseHolder(bytes: Buffer): LockHolder | undefined {
  const d = parseJson(bytes);
  const named = namedIn(d);
  if (!d || !named || typeof d.token !== 'string' || !TOKEN.test(d.token)) return undefined;
  const holder: LockHolder = { token: d.token, ...named };
  if (typeof d.bootId === 'string') holder.bootId = d.bootId;
  if (typeof d.pidNamespace === 'string') holder.pidNamespace = d.pidNamespace;
  if (typeof d.start === 'string') holder.start = d.start;
  return holder;
}

function oldHolder(path: string): OldHolder | undefined {
  const read = readRegularFile(path, HOLDER_MAX_BYTES);
  return namedIn(read.ok ? parseJson(read.bytes) : undefined);
}

/** A holder of this boot and PID namespace is judged by its pid; any other only by its heartbeat. */
function judgeByPid(holder: LockHolder, me: LockHolder, options: LockOptions): 'live' | 'stale' | 'unknown' {
  const here =
    holder.bootId !== undefined &&
    holder.bootId === me.bootId &&
    holder.pidNamespace !== undefined &&
    holder.pidNamespace === me.pidNamespace;
  if (!here) return 'unknown';
  if (!(options.runs ?? processRuns)(holder.pid)) return 'stale';
  const start = (options.startOf ?? processStart)(holder.pid);
  // The pid runs, but it started after the holder did: the number was given to another process.
  if (holder.start !== undefined && start !== undefined && start !== holder.start) return 'stale';
  return 'live';
}

async function watchHeartbeat(
  path: string,
  seen: Extract<Seen, { kind: 'held' }>,
  ms: number,
): Promise<'live' | 'stale' | 'changed'> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    await sleep(Math.min(POLL_MS, Math.max(1, end - performance.now())));
    const now = look(path);
    if (now.kind !== 'held' || now.holder.token !== seen.holder.token) return 'changed';
    if (now.beat !== seen.beat) return 'live';
  }
  return 'stale';
}

/**
 * Renames the stale lock to a name made from its holder's token. Only one
 * process can: for the next, the name is taken (a folder that is not empty)
 * or the lock is gone. If what was moved is not the stale holder's (it was
 * released and taken afresh in between), it is put back.
 */
function takeOver(
  path: string,
  stale: LockHolder,
  move: (from: string, to: string) => void,
): string | 'not allowed' | undefined {
  const dest = `${path}.stale-${stale.token}`;
  try {
    move(path, dest);
  } catch (error) {
    // Another coop moved it first, or this login may not move it at all: the folder is another's.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' ? 'not allowed' : undefined;
  }
  const moved = look(dest);
  if (moved.kind === 'held' && moved.holder.token === stale.token) return dest;
  try {
    renameSync(dest, path);
  } catch {
    // Someone made a new lock meanwhile: the one moved by mistake finds out at its next write.
  }
  return undefined;
}

function holding(dir: string, path: string, me: LockHolder, takenOver: string[], beatMs: number): IncidentLock {
  let heartbeat = beating(path, beatMs);
  let released = false;
  return {
    path,
    lost() {
      const now = look(path);
      if (now.kind === 'held' && now.holder.token === me.token) return undefined;
      // Removed with the journal's folder (the writer puts the journal back from memory): put the lock back too.
      if (now.kind === 'absent' && create(dir, path, me)) {
        heartbeat?.stop();
        heartbeat = beating(path, beatMs);
        return undefined;
      }
      if (now.kind === 'held')
        return `${now.holder.person} on ${now.holder.host} (process ${now.holder.pid}) took it over at ${localSince(now.holder.since)}`;
      return 'someone else holds it now';
    },
    release() {
      if (released) return;
      released = true;
      heartbeat?.stop();
      // Take it out of place whole, then clear it away; someone else's lock is never touched.
      const now = look(path);
      if (now.kind === 'held' && now.holder.token === me.token) {
        const away = `${path}.released-${me.token}`;
        try {
          renameSync(path, away);
          takenOver.push(away);
          const moved = look(away);
          // Taken over in the moment between looking and moving: give it back.
          if (moved.kind !== 'held' || moved.holder.token !== me.token) {
            renameSync(away, path);
            takenOver.pop();
          }
        } catch {
          // Already gone, or someone holds it afresh.
        }
      }
      for (const old of takenOver) {
        try {
          rmSync(old, { recursive: true, force: true });
        } catch {
          // A stale lock of another login's, in a folder this one may rename in but not empty: it stays, out of the way.
        }
      }
    },
  };
}

function beating(path: string, beatMs: number): Heartbeat | undefined {
  try {
    const fd = openSync(join(path, HOLDER_FILE), 'r');
    return startHeartbeat(fd, beatMs, () => closeSync(fd));
  } catch {
    // No heartbeat: a coop elsewhere will judge this lock stale; this one then stops at its next write.
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
