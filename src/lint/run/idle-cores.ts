// How busy the machine is now, from the kernel's count of every core's idle
// time (os.cpus()) over a stretch of this process's own work. The load
// average, which workerCount otherwise goes by, still counts work that ended
// up to a minute ago, so right after a build, or in a bench that runs one
// program after another, it calls an idle core busy.
import { cpus } from 'node:os';

export interface IdleWatch {
  since: number;
  idleMs: number;
}

export function watchIdle(): IdleWatch {
  return { since: performance.now(), idleMs: idleMsOfEveryCore() };
}

/** The machine as workerCount takes it, over the time since `watch`: its cores, and how many were busy with work other than this thread's. */
export function machineSince(watch: IdleWatch, cores: number): { cores: number; load: number } {
  return machineOver(idleMsOfEveryCore() - watch.idleMs, performance.now() - watch.since, cores);
}

/** The same, from the idle time counted over `elapsedMs`: what sat idle is free, and one core is this thread's. */
export function machineOver(idleMs: number, elapsedMs: number, cores: number): { cores: number; load: number } {
  const idleCores = idleMs / Math.max(1, elapsedMs);
  return { cores, load: Math.max(0, cores - 1 - idleCores) };
}

function idleMsOfEveryCore(): number {
  let ms = 0;
  for (const cpu of cpus()) ms += cpu.times.idle;
  return ms;
}
