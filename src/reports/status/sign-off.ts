// The review part of `coop status`: each runbook's last sign-off on record
// (coop review), the items it flagged as needing a change, open until the
// runbook's file changes, and whether the file has changed since it was
// signed off, told by the content hash the review recorded.
import { fileHash } from '../../journal/hash.js';
import type { ReviewRecord } from '../../journal/review-record.js';
import type { Library } from '../../library/library.js';
import { plural } from '../../text/plural.js';
import { safeLine } from '../../text/sanitize.js';

export interface LastSignOff {
  day: string;
  person: string;
  /** The review record's id (its file in the journal folder's reviews/). */
  record: string;
  /** Items flagged "needs a change" in that review, with what needs changing. */
  flagged: Array<{ text: string; note: string }>;
  /** The file is no longer the one signed off. */
  changedSince: boolean;
}

function changed(path: string, hash: string): boolean {
  try {
    return fileHash(path) !== hash;
  } catch {
    return true;
  }
}

/** The last sign-off of each runbook that has one, by runbook id. */
export function signOffsOf(library: Library, records: readonly ReviewRecord[]): Map<string, LastSignOff> {
  const last = new Map<string, ReviewRecord>();
  for (const record of records) {
    const earlier = last.get(record.runbook);
    if (!earlier || earlier.ts <= record.ts) last.set(record.runbook, record);
  }
  const signOffs = new Map<string, LastSignOff>();
  for (const entry of library.runbooks) {
    const record = last.get(entry.value.id);
    if (!record) continue;
    signOffs.set(entry.value.id, {
      day: record.day,
      person: record.person,
      record: record.id,
      flagged: record.items
        .filter((item) => item.answer === 'change')
        .map((item) => ({ text: item.text, note: item.note ?? '' })),
      changedSince: changed(entry.file.absolutePath, record.runbookHash),
    });
  }
  return signOffs;
}

/** The commands the status page tells a person to type, each as it must be typed where status ran. */
export interface StatusHints {
  review(runbook: string): string;
  /**
   * Where the library is the sample shipped with coop, which review does not
   * change: the command that copies it to a folder of one's own, typed before
   * `review`, which then names the copy.
   */
  copyFirst?: string;
  drill(runbook: string): string;
  lint(file: string): string;
}

/** What the status page says about reviews: items still open, runbooks changed since their sign-off. */
export function signOffLines(
  runbooks: ReadonlyArray<{ id: string; signOff?: LastSignOff }>,
  hints: StatusHints,
  prose: (text: string, first: string, rest: string) => string[],
): string[] {
  const lines: string[] = [];
  for (const { id, signOff } of runbooks) {
    if (!signOff) continue;
    const by = `${signOff.day} by ${safeLine(signOff.person)}`;
    if (signOff.changedSince)
      // The command on a line of its own, whole: the words around it are set to the terminal's width.
      lines.push(
        ...prose(`${safeLine(id)}: changed since its sign-off on ${by}; review it again:`, '  ', '    '),
        `    ${safeLine(hints.review(id))}`,
      );
    else if (signOff.flagged.length > 0) {
      lines.push(
        ...prose(
          `${safeLine(id)}: signed off ${by} with ${plural(signOff.flagged.length, 'item')} open until the runbook is changed:`,
          '  ',
          '    ',
        ),
      );
      for (const item of signOff.flagged)
        lines.push(...prose(`${safeLine(item.text)} Change: ${safeLine(item.note)}`, '    - ', '      '));
    }
  }
  return lines;
}
