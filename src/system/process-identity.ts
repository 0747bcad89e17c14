// What tells one running process from every other, for a lock that must
// never let two writers in: a process id means something only within one
// boot of one kernel and one PID namespace (containers, `unshare --pid`), and
// a reboot hands the same numbers out again. So a holder is named by the
// kernel's boot id, its PID namespace, its pid and the time it started;
// another process can judge it by its pid only when all of those match its
// own. Where the system does not say (no /proc: macOS, Windows), those
// fields are left out and the lock judges the holder by its heartbeat.
import { readFileSync, readlinkSync } from 'node:fs';

export interface ProcessIdentity {
  pid: number;
  /** /proc/sys/kernel/random/boot_id: different after every boot, and on every machine (cloned or not). */
  bootId?: string;
  /** The PID namespace, like `pid:[4026531836]`: pids of another namespace are other processes. */
  pidNamespace?: string;
  /** When the process started, in clock ticks since boot (/proc/<pid>/stat): a reused pid starts later. */
  start?: string;
}

function quietly<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export function bootId(): string | undefined {
  return quietly(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()) || undefined;
}

export function pidNamespace(): string | undefined {
  return quietly(() => readlinkSync('/proc/self/ns/pid')) || undefined;
}

/** Field 22 of /proc/<pid>/stat; the command name before it may hold spaces and parentheses. */
export function processStart(pid: number | 'self'): string | undefined {
  const stat = quietly(() => readFileSync(`/proc/${pid}/stat`, 'utf8'));
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] || undefined;
}

export function thisProcess(): ProcessIdentity {
  const identity: ProcessIdentity = { pid: process.pid };
  const boot = bootId();
  const namespace = pidNamespace();
  const start = processStart('self');
  if (boot) identity.bootId = boot;
  if (namespace) identity.pidNamespace = namespace;
  if (start) identity.start = start;
  return identity;
}

/** Whether a process with this pid runs in this PID namespace (EPERM: it does, under another user). */
export function processRuns(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
