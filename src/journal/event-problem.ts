// What is wrong with a journal line that is not an event, in the words of the
// event schemas (events.ts). Only a damaged or foreign line needs them, so the
// build bundles this module apart with zod (scripts/build.mjs), and a journal
// of valid events is read with the parser written out from the same schemas
// (record-parsers.generated.ts).
import type * as z from 'zod';
import { JournalEvent } from './events.js';
import { valueAt } from '../library/value-at.js';

/**
 * A line's data read by the event schemas themselves: the event, or, after
 * "is not a coop journal event", why, as a short clause.
 */
export function eventOrProblem(data: unknown): { event: JournalEvent } | { problem: string } {
  const parsed = JournalEvent.safeParse(data);
  if (parsed.success) return { event: parsed.data };
  return { problem: whatIsWrong(data, parsed.error.issues[0]) };
}

function whatIsWrong(data: unknown, issue: z.core.$ZodIssue | undefined): string {
  // zod lists every type it knows when the type is wrong: say what the line has instead.
  if (issue?.path.length === 1 && issue.path[0] === 'type') {
    const type = (data as { type?: unknown } | null)?.type;
    const has =
      type === undefined
        ? 'no type'
        : typeof type === 'string'
          ? `type "${type.slice(0, 40)}", which coop never writes`
          : 'a type that is not text';
    return `: it has ${has}`;
  }
  if (issue?.path.length)
    return ` (${issue.path.join('.')}: ${valueAt(data, issue.path) === undefined ? 'missing' : issue.message})`;
  return issue ? ` (${issue.message})` : '';
}
