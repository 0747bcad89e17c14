// A journal is checked before it is believed. These are the checks that need
// nothing but the journal: the order of its lines, the hash chain, its times
// and what every event must agree on with the first. They look only at the
// envelope every event carries (and at `started` and `ended`, which begin and
// end every incident, or `exercise-started`, which begins an exercise
// record), so a new event type needs nothing here. The checks
// that need the runbook (a step it has, an answer it offers) are the replay's
// (walk/checked-journal.ts). Every problem names its line.
import { OLDEST_JOURNAL_VERSION } from './format.js';
import type { JournalEvent } from './events.js';
import type { ReadJournal } from './reader.js';

export interface Inconsistency {
  line: number;
  problem: string;
}

/** Where an event's time is earlier than the one before it, though the lines are in order: clocks that disagree. */
export interface ClockBack {
  line: number;
  previousLine: number;
  backMs: number;
}

/** none: a version 1 journal (an older coop); from: lines before `line` were written by an older coop. */
export type ChainCover = { kind: 'whole' } | { kind: 'none' } | { kind: 'from'; line: number };

export interface JournalCheck {
  inconsistencies: Inconsistency[];
  clockBack: ClockBack[];
  chain: ChainCover;
  /** The index in `events` of the first `ended`: what follows it is not part of the incident. */
  endIndex?: number;
  /** The first `ts` that is not a time, if any: times cannot be compared then. */
  notATime?: string;
}

/** ISO 8601 with a date, a time and a zone, as coop writes it. */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

export function timeOf(ts: string): number | undefined {
  if (!ISO_TIME.test(ts)) return undefined;
  const ms = Date.parse(ts);
  return Number.isFinite(ms) ? ms : undefined;
}

/** The index of the first `ended` event that stands (one followed by `reopened`, from `coop resume --reopen`, does not), if any. */
export function endIndexOf(events: readonly JournalEvent[]): number | undefined {
  const i = events.findIndex((e, at) => e.type === 'ended' && events[at + 1]?.type !== 'reopened');
  return i === -1 ? undefined : i;
}

type Checked = Pick<ReadJournal, 'events' | 'lineOf' | 'hashes' | 'prevs'>;

export function checkJournal(read: Checked): JournalCheck {
  const { events, lineOf } = read;
  const found: Inconsistency[] = [];
  const clockBack: ClockBack[] = [];
  const say = (i: number, problem: string) => found.push({ line: lineOf[i]!, problem });
  const first = events[0];
  const check: JournalCheck = { inconsistencies: found, clockBack, chain: chainCover(read) };
  if (first?.type !== 'started' && first?.type !== 'exercise-started') return check;
  const endIndex = endIndexOf(events);
  if (endIndex !== undefined) check.endIndex = endIndex;
  if (first.seq !== 1) say(0, `its seq is ${first.seq}, not 1: lines before it are missing`);

  let lastTime: { ms: number; index: number } | undefined;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (i > 0) {
      if (event.type === first.type)
        say(
          i,
          `a second "${first.type}" event; the ${first.type === 'started' ? 'incident' : 'exercise'} began at line ${lineOf[0]}`,
        );
      if (endIndex !== undefined && i > endIndex)
        say(i, `comes after the incident ended (line ${lineOf[endIndex]}): nothing can follow the end`);
      const seqProblem = seqAfter(events[i - 1]!.seq, event.seq, lineOf[i - 1]!);
      if (seqProblem) say(i, seqProblem);
      if (event.runbook !== first.runbook)
        say(i, `belongs to runbook ${event.runbook}, not ${first.runbook} as the incident began`);
    }
    const drill = 'drill' in event ? event.drill : undefined;
    const began = 'drill' in first ? first.drill : undefined;
    if (i > 0 && drill !== undefined && drill !== began)
      say(
        i,
        `says drill: ${drill}, but the incident began (line ${lineOf[0]}) as ${began ? 'a drill' : 'a real incident'}: a flag was changed`,
      );
    if (event.type === 'answered' && event.choices && !event.choices.includes(event.answer))
      say(
        i,
        `its answer ${JSON.stringify(event.answer)} is not one of the choices it offered (${event.choices.join(', ')})`,
      );
    const ms = timeOf(event.ts);
    if (ms === undefined) {
      say(i, `its time ${JSON.stringify(event.ts)} is not a time (like 2026-11-23T09:15:03.120Z)`);
      check.notATime ??= event.ts;
    } else {
      const inOrder = i > 0 && event.seq === events[i - 1]!.seq + 1 && lastTime?.index === i - 1;
      if (inOrder && lastTime && ms < lastTime.ms)
        clockBack.push({ line: lineOf[i]!, previousLine: lineOf[i - 1]!, backMs: lastTime.ms - ms });
      lastTime = { ms, index: i };
    }
  }
  found.push(...chainBreaks(read));
  found.sort((a, b) => a.line - b.line);
  return check;
}

function seqAfter(before: number, seq: number, beforeLine: number): string | undefined {
  if (seq === before + 1) return undefined;
  if (seq === before) return `its seq ${seq} repeats line ${beforeLine}'s: a line written twice?`;
  if (seq < before) return `its seq ${seq} comes after seq ${before} (line ${beforeLine}): the lines are out of order`;
  const missing = seq - before - 1;
  return `its seq jumps from ${before} (line ${beforeLine}) to ${seq}: ${missing === 1 ? 'an event is' : `${missing} events are`} missing`;
}

function chainCover(read: Checked): ChainCover {
  const firstChained = read.events.findIndex((e) => e.v > OLDEST_JOURNAL_VERSION);
  if (firstChained === -1) return { kind: 'none' };
  return firstChained === 0 ? { kind: 'whole' } : { kind: 'from', line: read.lineOf[firstChained]! };
}

/**
 * Every event written with the chain carries the hash of the line before;
 * the first line carries none. A link that does not match is reported at the
 * line that was changed when the seq says no line is missing between them,
 * and at the line whose link breaks otherwise.
 */
function chainBreaks(read: Checked): Inconsistency[] {
  const { events, lineOf, hashes, prevs } = read;
  const found: Inconsistency[] = [];
  let chained = false;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const prev = prevs[i];
    if (event.v === OLDEST_JOURNAL_VERSION) {
      if (chained) found.push({ line: lineOf[i]!, problem: 'has no hash chain link, though the lines before it do' });
      continue;
    }
    chained = true;
    if (i === 0) {
      if (prev !== undefined)
        found.push({
          line: lineOf[0]!,
          problem: 'carries a hash chain link (prev), but it is the first line: lines before it were removed',
        });
      continue;
    }
    if (prev === hashes[i - 1]) continue;
    const before = lineOf[i - 1]!;
    if (prev === undefined)
      found.push({ line: lineOf[i]!, problem: 'has no hash chain link (prev): coop did not write this line' });
    else if (event.seq === events[i - 1]!.seq + 1)
      found.push({
        line: before,
        problem: `was changed after it was written: line ${lineOf[i]} carries the hash of another line ${before}`,
      });
    else
      found.push({
        line: lineOf[i]!,
        problem: `does not follow line ${before} in the hash chain: a line between them was removed or inserted, or one of them was changed`,
      });
  }
  return found;
}
