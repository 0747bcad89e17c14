// Whether a process a test started (or a command it ran started) is still
// running, read from /proc: Linux only, like the tests that use it.
import { readFileSync } from 'node:fs';

/** Still running: a zombie waiting for its parent to reap it has ended. */
export function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Waits until `pid` has ended; the test's own timeout catches one that never does. */
export async function ended(pid: number): Promise<true> {
  while (running(pid)) await new Promise((r) => setTimeout(r, 20));
  return true;
}
