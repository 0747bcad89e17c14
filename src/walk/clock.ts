// Time as the walkthrough shows it: time since the incident started, and
// time left before each system's recovery time objective (RTO) runs out.
import { durationMs } from '../format/model.js';
import type { SystemView } from '../library/view.js';

/** 45s, 12m 05s, 2h 05m, 3d 04h: the two largest units, enough to act on. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const p = (n: number) => String(n).padStart(2, '0');
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${p(s % 60)}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${p(Math.floor((s % 3600) / 60))}m`;
  return `${Math.floor(s / 86400)}d ${p(Math.floor((s % 86400) / 3600))}h`;
}

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
