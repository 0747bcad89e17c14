// Reads a journal back. A last line cut short by a crash or a power cut is set
// aside (the caller warns about it) and everything before it is used; any
// other line that is not an event is an error naming the file and the line.
import { describeDiskError } from '../system/disk-errors.js';
import type { JournalEvent } from './events.js';
import { INVALID, journalEvent } from './record-parsers.generated.js';
import { eventOrProblem } from './event-problem.js';
import { JOURNAL_VERSION } from './format.js';
import { lineHash } from './chain.js';
import { UserError } from '../system/errors.js';
import { readRegularFile, type NotReadable } from '../system/read-regular-file.js';

/**
 * Far beyond any real incident (thousands of events), and room for the
 * 200,000 events of a power cut that lasts for weeks (about 67 MB with the
 * hash chain and the wording kept); refused before reading.
 */
export const MAX_JOURNAL_BYTES = 128 * 1024 * 1024;

export interface TornLine {
  line: number;
  /** The start of what was there, for the warning. */
  text: string;
}

export interface ReadJournal {
  events: JournalEvent[];
  /** The file's line number of each event (a blank line holds none). */
  lineOf: number[];
  /** Each event's line as it is stored, without its line break: what a resume keeps in memory (empty unless asked for). */
  text: string[];
  /** lineHash of each event's line (chain.ts), and the `prev` it carries: the chain, apart from the events. */
  hashes: string[];
  prevs: Array<string | undefined>;
  torn?: TornLine;
  /** Bytes of the file that hold whole events: a resume carries on from here. */
  validBytes: number;
  /** The size of the file as read, torn line and all: a resume cuts back to validBytes only from this size. */
  fileBytes: number;
  /** False when the last whole event lost its line break (coop stopped one byte short): a resume adds it. */
  endsWithLineBreak: boolean;
}

export class JournalError extends UserError {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${problem}`, 2);
    this.name = 'JournalError';
  }
}

/**
 * `keepText`: keep each line's text, which only a resume needs (to write the
 * journal again from memory); a listing or a report of large journals would
 * otherwise hold them twice.
 */
export function readJournalFile(path: string, displayPath = path, keepText = false): ReadJournal {
  const read = readRegularFile(path, MAX_JOURNAL_BYTES);
  if (read.ok) return parseJournal(read.bytes, displayPath, keepText);
  throw new JournalError(displayPath, 0, notAJournal(read));
}

/** Why a file in a journal folder was not read, in a person's words. */
function notAJournal(why: NotReadable): string {
  switch (why.kind) {
    case 'folder':
      return 'is a folder, not a journal';
    case 'not-regular':
      return 'is not a regular file (a named pipe, a device or a socket), so it is not a journal';
    case 'too-big':
      return `is ${why.size} bytes${why.growing ? ' or more (it grew while it was read)' : ''}, over the ${MAX_JOURNAL_BYTES}-byte limit for a journal; it is not one coop wrote`;
    case 'error':
      return `cannot be read: ${describeDiskError(why.error)}`;
  }
}

/** The writer puts `v` first, so even a torn line starts like this. */
const EVENT_START = '{"v":';

function looksTorn(text: string): boolean {
  const start = text.replace(/\0/g, '');
  return start === '' || start.startsWith(EVENT_START) || EVENT_START.startsWith(start);
}

export function parseJournal(bytes: Buffer, displayPath: string, keepText = true): ReadJournal {
  const found: Found[] = [];
  let validBytes = 0;
  let line = 0;
  for (let from = 0; from < bytes.length; ) {
    line++;
    const cut = bytes.indexOf(10, from);
    const to = cut === -1 ? bytes.length : cut;
    const start = from;
    const text = bytes.toString('utf8', start, to);
    from = to + 1;
    if (text.trim() !== '') {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        const isLast = from >= bytes.length;
        if (isLast && looksTorn(text))
          return result(found, displayPath, bytes, validBytes, keepText, { line, text: text.slice(0, 60) });
        throw new JournalError(
          displayPath,
          line,
          `is not a coop journal line (not JSON)${isLast ? '' : '; only a last line cut short by a crash can be set aside'}`,
        );
      }
      const { prev, event } = toEvent(data, displayPath, line);
      found.push({ event, prev, line, text: keepText ? text : '', hash: lineHash(bytes.subarray(start, to)) });
    }
    // The last line may lack its line break; never count past the file's end.
    validBytes = Math.min(from, bytes.length);
  }
  return result(found, displayPath, bytes, validBytes, keepText);
}

interface Found {
  event: JournalEvent;
  prev: string | undefined;
  line: number;
  text: string;
  hash: string;
}

function result(
  found: Found[],
  file: string,
  bytes: Buffer,
  validBytes: number,
  keepText: boolean,
  torn?: TornLine,
): ReadJournal {
  const read: ReadJournal = {
    events: checked(found, file),
    lineOf: found.map((f) => f.line),
    text: keepText ? found.map((f) => f.text) : [],
    hashes: found.map((f) => f.hash),
    prevs: found.map((f) => f.prev),
    validBytes,
    fileBytes: bytes.length,
    endsWithLineBreak: validBytes === 0 || bytes[validBytes - 1] === 10,
  };
  if (torn) read.torn = torn;
  return read;
}

/** The event, and apart from it the chain link the line carries (a string, or nothing). */
function toEvent(data: unknown, file: string, line: number): { event: JournalEvent; prev: string | undefined } {
  const version = (data as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version > JOURNAL_VERSION)
    throw new JournalError(
      file,
      line,
      `was written by a newer coop (journal version ${version}); update coop to read it`,
    );
  // The chain link is the line's, not the event's: the parse leaves it out of the event (it drops keys it does not know).
  const prev = (data as { prev?: unknown } | null)?.prev;
  // The parser written out from the event schemas; the schemas themselves for a line it does not take, to say why.
  const parsed = journalEvent(data);
  const read = parsed === INVALID ? eventOrProblem(data) : { event: parsed as JournalEvent };
  if ('problem' in read) throw new JournalError(file, line, `is not a coop journal event${read.problem}`);
  if (prev !== undefined && typeof prev !== 'string')
    throw new JournalError(file, line, 'is not a coop journal event (prev: the chain link must be a string)');
  return { event: read.event, prev };
}

function checked(events: Array<{ event: JournalEvent; line: number }>, file: string): JournalEvent[] {
  const first = events[0];
  if (!first) return [];
  if (first.event.type !== 'started' && first.event.type !== 'exercise-started')
    throw new JournalError(file, first.line, 'does not begin with a "started" event; it is not a coop journal');
  for (const { event, line } of events) {
    if (event.incident !== first.event.incident)
      throw new JournalError(
        file,
        line,
        `belongs to incident ${event.incident}, not ${first.event.incident}: two journals are mixed in one file`,
      );
  }
  return events.map((e) => e.event);
}
