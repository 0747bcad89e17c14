// Reads a journal back. A last line cut short by a crash or a power cut is set
// aside (the caller warns about it) and everything before it is used; any
// other line that is not an event is an error naming the file and the line.
import { readFileSync, statSync } from 'node:fs';
import { describeDiskError } from '../system/disk-errors.js';
import { JournalEvent } from './events.js';
import { JOURNAL_VERSION } from './format.js';
import { UserError } from '../system/errors.js';

/** Far beyond any real incident (thousands of events); refused before reading. */
export const MAX_JOURNAL_BYTES = 64 * 1024 * 1024;

export interface TornLine {
  line: number;
  /** The start of what was there, for the warning. */
  text: string;
}

export interface ReadJournal {
  events: JournalEvent[];
  torn?: TornLine;
  /** Bytes of the file that hold whole events: a resume carries on from here. */
  validBytes: number;
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

export function readJournalFile(path: string, displayPath = path): ReadJournal {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_JOURNAL_BYTES)
      throw new JournalError(
        displayPath,
        0,
        `is ${size} bytes, over the ${MAX_JOURNAL_BYTES}-byte limit for a journal; it is not one coop wrote`,
      );
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof JournalError) throw error;
    throw new JournalError(displayPath, 0, `cannot be read: ${describeDiskError(error)}`);
  }
  return parseJournal(bytes, displayPath);
}

/** The writer puts `v` first, so even a torn line starts like this. */
const EVENT_START = '{"v":';

function looksTorn(text: string): boolean {
  const start = text.replace(/\0/g, '');
  return start === '' || start.startsWith(EVENT_START) || EVENT_START.startsWith(start);
}

export function parseJournal(bytes: Buffer, displayPath: string): ReadJournal {
  const lines = bytes.toString('utf8').split('\n');
  // A file that ends with a line break splits into a last empty string.
  if (lines[lines.length - 1] === '') lines.pop();
  const events: Array<{ event: JournalEvent; line: number }> = [];
  let validBytes = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (raw.trim() !== '') {
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch {
        const isLast = i === lines.length - 1;
        if (isLast && looksTorn(raw))
          return { events: checked(events, displayPath), torn: { line, text: raw.slice(0, 60) }, validBytes };
        throw new JournalError(
          displayPath,
          line,
          `is not a coop journal line (not JSON)${isLast ? '' : '; only a last line cut short by a crash can be set aside'}`,
        );
      }
      events.push({ event: toEvent(data, displayPath, line), line });
    }
    // The last line may lack its line break; never count past the file's end.
    validBytes = Math.min(validBytes + Buffer.byteLength(raw, 'utf8') + 1, bytes.length);
  }
  return { events: checked(events, displayPath), validBytes };
}

function toEvent(data: unknown, file: string, line: number): JournalEvent {
  const version = (data as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version > JOURNAL_VERSION)
    throw new JournalError(
      file,
      line,
      `was written by a newer coop (journal version ${version}); update coop to read it`,
    );
  const parsed = JournalEvent.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length
    ? ` (${issue.path.join('.')}: ${issue.message})`
    : issue
      ? ` (${issue.message})`
      : '';
  throw new JournalError(file, line, `is not a coop journal event${where}`);
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
