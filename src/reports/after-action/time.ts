// Times as a report shows them: local time, the zone said once, the date only
// where it changes, so a timeline reads like a log someone kept by hand. When
// the zone's offset changes during the incident (daylight saving time), every
// time after the change says its zone, so "01:20, then 01:10" is not read as
// time going backwards. A time the journal holds that is not a time says so.
import { timeOf, type ClockBack } from '../../journal/consistency.js';
import { localDayAndTime } from '../../text/local-time.js';
import { formatDuration } from '../../text/duration.js';

/** "UTC", "UTC+02:00", "UTC-06:00": the zone of the local times, at `date`. */
export function zoneLabel(date: Date): string {
  const offset = -date.getTimezoneOffset();
  if (offset === 0) return 'UTC';
  const abs = Math.abs(offset);
  const p = (n: number) => String(n).padStart(2, '0');
  return `UTC${offset > 0 ? '+' : '-'}${p(Math.floor(abs / 60))}:${p(abs % 60)}`;
}

function notATime(iso: string): string {
  return `${JSON.stringify(iso)} (not a time)`;
}

/** The zone's offset at a time, in minutes; NaN for what is not a time. */
function offsetAt(iso: string): number {
  const ms = timeOf(iso);
  return ms === undefined ? Number.NaN : new Date(ms).getTimezoneOffset();
}

// A report asks for the start's offset once per row: kept for the last start asked about.
let reference = { iso: '', offset: Number.NaN };
function referenceOffset(iso: string): number {
  if (reference.iso !== iso) reference = { iso, offset: offsetAt(iso) };
  return reference.offset;
}

/** "2026-11-23 09:15", with its zone when it is not the zone of `start` (the start of the incident). */
export function when(iso: string, start?: string): string {
  const ms = timeOf(iso);
  if (ms === undefined) return notATime(iso);
  const date = new Date(ms);
  const shown = localDayAndTime(date);
  if (start === undefined) return shown;
  const offset = referenceOffset(start);
  return Number.isNaN(offset) || offset === date.getTimezoneOffset() ? shown : `${shown} (${zoneLabel(date)})`;
}

/** Whether the zone's offset differs anywhere from the first time's. */
export function zoneChanges(times: readonly string[]): boolean {
  let first = Number.NaN;
  for (const iso of times) {
    const offset = offsetAt(iso);
    if (Number.isNaN(offset)) continue;
    if (Number.isNaN(first)) first = offset;
    else if (offset !== first) return true;
  }
  return false;
}

/**
 * One time a row: "2026-11-23 09:15" where the day changes from the row
 * before, "09:41" after that, and the zone where it changes from the row before.
 */
export function timeColumn(times: string[]): string[] {
  let day = '';
  let offset = Number.NaN;
  return times.map((iso) => {
    const ms = timeOf(iso);
    if (ms === undefined) return notATime(iso);
    const date = new Date(ms);
    const full = localDayAndTime(date);
    const today = full.slice(0, 10);
    const shown = today === day ? full.slice(11) : full;
    day = today;
    const here = date.getTimezoneOffset();
    const changed = !Number.isNaN(offset) && here !== offset;
    offset = here;
    return changed ? `${shown} (${zoneLabel(date)})` : shown;
  });
}

/** Why times in a journal cannot be compared: a clock that went back, or a time that is not one. */
export function clocksDisagree(clockBack: readonly ClockBack[], notATime: string | undefined): string | undefined {
  const back = clockBack[0];
  if (back)
    return `the clocks disagree: the time at line ${back.line} is ${formatDuration(back.backMs)} before the time at line ${back.previousLine} (a hand-over between computers whose clocks differ?)`;
  return notATime === undefined
    ? undefined
    : `the journal holds a time that is not a time (${JSON.stringify(notATime)})`;
}
