// Time as the walkthrough shows it: time since the incident started, and
// time left before each system's recovery time objective (RTO) runs out.
import { durationMs } from '../format/model.js';
import type { SystemView } from '../library/view.js';

export interface RtoClock {
  system: string;
  rto: string;
  /** Negative once the RTO is exceeded. */
  leftMs: number;
}

/** One clock per system of the runbook that has an RTO, tightest first. */
export function rtoClocks(systems: SystemView[], startedAt: string, now: Date): RtoClock[] {
  const elapsed = now.getTime() - Date.parse(startedAt);
  return systems
    .filter((s): s is SystemView & { rto: string } => s.rto !== undefined)
    .map((s) => ({ system: s.name, rto: s.rto, leftMs: durationMs(s.rto) - elapsed }))
    .sort((a, b) => a.leftMs - b.leftMs);
}
