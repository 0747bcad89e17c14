// Times as a report shows them: local time, the zone said once, the date only
// where it changes, so a timeline reads like a log someone kept by hand.
import { localDay, localDayAndTime } from '../../text/local-time.js';

/** "UTC", "UTC+02:00", "UTC-06:00": the zone of the local times, at `date`. */
export function zoneLabel(date: Date): string {
  const offset = -date.getTimezoneOffset();
  if (offset === 0) return 'UTC';
  const abs = Math.abs(offset);
  const p = (n: number) => String(n).padStart(2, '0');
  return `UTC${offset > 0 ? '+' : '-'}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}

export function when(iso: string): string {
  return localDayAndTime(new Date(iso));
}

/** One time a row: "2026-11-23 09:15" where the day changes from the row before, "09:41" after that. */
export function timeColumn(times: string[]): string[] {
  let day = '';
  return times.map((iso) => {
    const date = new Date(iso);
    const full = localDayAndTime(date);
    const today = localDay(date);
    if (today === day) return full.slice(today.length + 1);
    day = today;
    return full;
  });
}
