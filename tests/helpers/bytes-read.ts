// How much a piece of code reads, for "refused before reading it" without a
// clock: Linux counts every byte a process reads through read() and pread()
// (rchar in /proc/self/io). Elsewhere there is no such count.
import { existsSync, readFileSync } from 'node:fs';

export const CAN_COUNT_READS = existsSync('/proc/self/io');

function readSoFar(): number {
  return Number(/^rchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))![1]);
}

/** Bytes this process read while `work` ran (reading the count itself costs about 100). */
export function bytesReadBy(work: () => void): number {
  const before = readSoFar();
  work();
  return readSoFar() - before;
}
