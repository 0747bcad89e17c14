// A span of time as people read it, in the walk, reports and lint messages.

/** 45s, 12m 05s, 2h 05m, 3d 04h: the two largest units, enough to act on. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const p = (n: number) => String(n).padStart(2, '0');
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${p(s % 60)}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${p(Math.floor((s % 3600) / 60))}m`;
  return `${Math.floor(s / 86400)}d ${p(Math.floor((s % 86400) / 3600))}h`;
}
