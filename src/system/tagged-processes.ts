// Processes a command started can leave its process group (`setsid`, a
// daemon's double fork) and outlive it. Each inherits the environment,
// though, so a variable set for the command alone marks everything it
// started, wherever it went: the way Jenkins finds a build's leftovers.
// Linux shows every process's environment in /proc; elsewhere only the
// process group can be ended.
import { readdirSync, readFileSync } from 'node:fs';

/** The environment variable that marks a check command and every process it starts. */
export const TAG_VARIABLE = 'COOP_CHECK_RUN';

/** A value no other run shares: this coop's pid, and a count. */
let runs = 0;
export function newTag(): string {
  runs += 1;
  return `${process.pid}-${runs}`;
}

/** The processes whose environment holds TAG_VARIABLE=tag (none where /proc cannot tell). */
export function taggedProcesses(tag: string): number[] {
  const marker = Buffer.from(`\0${TAG_VARIABLE}=${tag}\0`);
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Leading NUL so that a variable ending in this one's name does not count.
      const environ = Buffer.concat([Buffer.from([0]), readFileSync(`/proc/${entry}/environ`), Buffer.from([0])]);
      if (environ.includes(marker)) found.push(Number(entry));
    } catch {
      // Gone meanwhile, or another user's: not ours.
    }
  }
  return found;
}
