// How busy the machine is now, from the kernel's count of every core's idle
// time (os.cpus()) over a stretch of this process's own work. The load
// average, which workerCount otherwise goes by, still counts work that ended
// up to a minute ago, so right after a build, or in a bench that runs one
// program after another, it calls an idle core busy. This process's own
// other threads (V8's garbage collector marks on another core while the main
// thread reads YAML) are not other work: what it used is taken off.
import { cpus } from 'node:os';

export interface IdleWatch {
  since: number;
  idleMs: number;
  ownMs: number;
}

export function watchIdle(): IdleWatch {
  return { since: performance.now(), idleMs: idleMsOfEveryCore(), ownMs: ownCpuMs() };
}

/** The machine as workerCount takes it, over the time since `watch`: its cores, and how many were busy with work other than this process's. */
export function machineSince(watch: IdleWatch, cores: number): { cores: number; load: number } {
  return machineOver(
    idleMsOfEveryCore() - watch.idleMs,
    performance.now() - watch.since,
    cores,
    ownCpuMs() - watch.ownMs,
  );
}

/**
 * The same, from the idle time counted over `elapsedMs` and the CPU time this
 * process used meanwhile (`ownMs`, every thread of it): the busy time left
 * over is other programs'; this process's main thread takes one core.
 */
export function machineOver(
  idleMs: number,
  elapsedMs: number,
  cores: number,
  ownMs = elapsedMs,
): { cores: number; load: number } {
  const elapsed = Math.max(1, elapsedMs);
  const othersBusyMs = Math.max(0, cores * elapsed - idleMs - ownMs);
  return { cores, load: othersBusyMs / elapsed };
}

function idleMsOfEveryCore(): number {
  let ms = 0;
  for (const cpu of cpus()) ms += cpu.times.idle;
  return ms;
}

function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
