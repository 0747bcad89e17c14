// The incident lock in-process: who may take it, when a lock left behind is
// stale, and that two coops never both hold it, however they race. Processes
// are posed by their identity (boot id, PID namespace, pid, start time); the
// heartbeat is the real one, on a worker thread, beating fast.
import { mkdirSync, readdirSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, HOLDER_FILE, IncidentLocked, type LockOptions } from '../../src/journal/lock.js';
import { tempDir } from '../helpers/paths.js';

const ID = '20261123-091503-loop-abcd';
const now = new Date('2026-11-23T09:15:03Z');
const HERE = { bootId: 'boot-1', pidNamespace: 'pid:[1]' };
/** A process of this boot and namespace; `runs` says which pids are alive. */
const here = (pid: number, alive: number[], over: Partial<LockOptions> = {}): LockOptions => ({
  person: `person-${pid}`,
  now,
  host: 'desk-1',
  identity: { ...HERE, pid, start: '1000' },
  runs: (p) => alive.includes(p),
  startOf: () => '1000',
  beatMs: 20,
  watchMs: 300,
  ...over,
});

async function lockedBy(dir: string, options: LockOptions): Promise<IncidentLocked> {
  try {
    (await acquireLock(dir, ID, options)).release();
  } catch (error) {
    if (error instanceof IncidentLocked) return error;
    throw error;
  }
  throw new Error('the lock was taken');
}

describe('the incident lock', () => {
  it('names the time it was taken on the local clock, as every other time coop shows', async () => {
    const dir = tempDir();
    const first = await acquireLock(dir, ID, here(101, [101, 202]));
    const zone = process.env.TZ;
    process.env.TZ = 'America/Chicago';
    try {
      expect((await lockedBy(dir, here(202, [101, 202]))).message).toMatch(/ since 2026-11-23 03:15$/);
    } finally {
      process.env.TZ = zone;
      first.release();
    }
  });

  it('is held by one coop; a second is told who holds it; once released, nothing is left in the folder', async () => {
    const dir = tempDir();
    const first = await acquireLock(dir, ID, here(101, [101, 202]));
    const refused = await lockedBy(dir, here(202, [101, 202]));
    expect(refused.message).toBe(
      `incident ${ID} is open in another coop: person-101 on desk-1 (process 101) since 2026-11-23 09:15`,
    );
    expect(refused.how).toBe('live');
    first.release();
    expect(readdirSync(dir)).toEqual([]);
    (await acquireLock(dir, ID, here(202, [202]))).release();
  });

  it('is taken over when the holder on this machine is gone (killed, crashed)', async () => {
    const dir = tempDir();
    await acquireLock(dir, ID, here(101, [101]));
    const lock = await acquireLock(dir, ID, here(202, [202]));
    expect(lock.lost()).toBeUndefined();
    lock.release();
  });

  it('says a stale lock this login may not move is left by a coop that no longer runs, not held by one', async () => {
    const dir = tempDir();
    await acquireLock(dir, ID, here(101, [101]));
    const denied = () => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    };
    const refused = await lockedBy(dir, here(202, [202], { moveStale: denied }));
    expect(refused.how).toBe('stuck');
    expect(refused.message).toBe(
      `incident ${ID} was left open by person-101 on desk-1 (process 101, which no longer runs) since 2026-11-23 09:15, and this login may not take over its lock`,
    );
  });

  it('is taken over when its pid runs again but is another process (it started at another time)', async () => {
    const dir = tempDir();
    await acquireLock(dir, ID, here(101, [101]));
    const lock = await acquireLock(dir, ID, here(202, [101, 202], { startOf: () => '9999' }));
    lock.release();
  });

  it.each([
    ['pid 0', 0],
    ['pid -1', -1],
  ])('a holder with %s is not a live process', async (_name, pid) => {
    const dir = tempDir();
    await acquireLock(dir, ID, here(pid, [pid]));
    (await acquireLock(dir, ID, here(202, [pid, 202], { runs: undefined }))).release();
  });

  it('a holder that cannot be judged by its pid (another boot, machine or PID namespace) is watched: no heartbeat, stale', async () => {
    const dir = tempDir();
    // Left by a coop on a machine that was switched off (or before a reboot): nothing beats it.
    leftBehind(dir, { token: 'a'.repeat(32), pid: 101, host: 'desk-1', person: 'Pat', since: 'x', bootId: 'boot-0' });
    const watched: string[] = [];
    const lock = await acquireLock(
      dir,
      ID,
      here(202, [101, 202], { onWatch: (h, ms) => watched.push(`${h.person} ${ms}`) }),
    );
    expect(watched).toEqual(['Pat 300']);
    lock.release();
  });

  it('a holder in another PID namespace whose heartbeat moves is live, whatever its pid means here', async () => {
    const dir = tempDir();
    const other = await acquireLock(
      dir,
      ID,
      here(1, [], { identity: { pid: 1, bootId: 'boot-1', pidNamespace: 'pid:[2]' } }),
    );
    const refused = await lockedBy(dir, here(202, [202], { watchMs: 2000 }));
    expect(refused.how).toBe('live');
    other.release();
  });

  it('two coops taking over one stale lock at once: exactly one gets it', async () => {
    const dir = tempDir();
    await acquireLock(dir, ID, here(101, [101]));
    let reachedGate!: () => void;
    const atGate = new Promise<void>((r) => (reachedGate = r));
    let openGate!: () => void;
    const gate = new Promise<void>((r) => (openGate = r));
    // B judges the lock stale, then is slowed down just before it takes it over...
    const slow = lockedBy(
      dir,
      here(202, [202, 303], {
        beforeTakeOver: () => {
          reachedGate();
          return gate;
        },
      }),
    );
    await atGate;
    // ...while A takes it over and holds it.
    const fast = await acquireLock(dir, ID, here(303, [202, 303]));
    openGate();
    const refused = await slow;
    expect(refused.holder).toMatchObject({ pid: 303, person: 'person-303' });
    expect(fast.lost()).toBeUndefined();
    fast.release();
  });

  it('says when it was taken over by someone else, so its coop stops writing', async () => {
    const dir = tempDir();
    const mine = await acquireLock(dir, ID, here(101, [101], { identity: { ...HERE, pid: 101, start: '1' } }));
    // Frozen (asleep) long enough to be judged stale from elsewhere, and taken over:
    (await acquireLock(dir, ID, here(202, [202], { startOf: () => '2' }))).release = () => {};
    expect(mine.lost()).toMatch(/^person-202 on desk-1 \(process 202\) took it over at /);
    mine.release();
    // Its release leaves the new holder's lock alone.
    expect(readdirSync(dir)).toContain(`${ID}.lock`);
  });

  it('a lock folder whose holder cannot be read still counts as held', async () => {
    const dir = tempDir();
    leftBehind(dir, { pid: 'garbled' });
    const refused = await lockedBy(dir, here(202, [202]));
    expect(refused.message).toMatch(/its lock file cannot be read/);
    expect(refused.how).toBe('unreadable');
  });

  it('the lock file of an older coop is reported, never taken over (it keeps no heartbeat)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, `${ID}.lock`), JSON.stringify({ pid: 101, host: 'desk-1', person: 'Pat', since: 'x' }));
    const refused = await lockedBy(dir, here(202, [202]));
    expect(refused).toMatchObject({ how: 'old', holder: { pid: 101, host: 'desk-1', person: 'Pat' } });
  });

  it('beats: the holder file changes time while the lock is held', async () => {
    const dir = tempDir();
    const lock = await acquireLock(dir, ID, here(101, [101]));
    const file = join(dir, `${ID}.lock`, HOLDER_FILE);
    await expectBeating(file);
    lock.release();
  });

  it('beats every lock a process holds, each until it is released, and then closes its holder file', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const held = [await acquireLock(a, ID, here(101, [101])), await acquireLock(b, ID, here(101, [101]))];
    const files = [a, b].map((dir) => join(dir, `${ID}.lock`, HOLDER_FILE));
    // Descriptors open on anything in the two folders: a released lock's holder file is moved and deleted
    // first, and stays open until its beat has stopped.
    const openHere = () =>
      readdirSync('/proc/self/fd').filter((fd) => {
        try {
          const target = readlinkSync(`/proc/self/fd/${fd}`);
          return target.startsWith(`${a}/`) || target.startsWith(`${b}/`);
        } catch {
          return false; // closed while looking
        }
      }).length;
    expect(openHere()).toBe(2);
    await Promise.all(files.map(expectBeating));
    held[0]!.release();
    // The other lock beats on without it.
    await expectBeating(files[1]!);
    held[1]!.release();
    await expect.poll(openHere, { timeout: 5000 }).toBe(0);
  });
});

/** The holder file's time moves on: its lock's heartbeat beats. */
async function expectBeating(file: string): Promise<void> {
  const first = statSync(file).mtimeMs;
  await expect.poll(() => statSync(file).mtimeMs, { timeout: 5000 }).not.toBe(first);
}

/** A lock folder as a coop that is gone left it. */
function leftBehind(dir: string, holder: object): void {
  mkdirSync(join(dir, `${ID}.lock`));
  writeFileSync(join(dir, `${ID}.lock`, HOLDER_FILE), JSON.stringify(holder));
}
