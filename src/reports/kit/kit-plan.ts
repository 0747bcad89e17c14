// What the go-kit carries of the plan: each runbook as the walk engine reads
// it (so the browser walks the same steps by the same rules) and as every
// view shows it (numbered steps, contacts with their numbers), with the
// content hashes that let `coop import` tell the record belongs to this
// library. Plain data: it is written into the page as JSON.
import { basename } from 'node:path';
import { byTitle, type Runbook } from '../../format/model.js';
import { fileHash, contentHash } from '../../journal/hash.js';
import { contactMap, type Library } from '../../library/library.js';
import { contactView, runbookView, type ContactView, type RunbookView } from '../../library/view.js';
import { localDay } from '../../text/local-time.js';
import { reviewOverdue } from '../../format/review.js';

export interface KitRunbook {
  runbook: Runbook;
  view: RunbookView;
  /** `sha256:` of the runbook file, as `coop incident` records it in the started event. */
  hash: string;
  overdue: boolean;
}

export interface KitPlan {
  organization?: string;
  /** When the kit was made, ISO 8601, and the local day. */
  exported: string;
  exportedDay: string;
  /** `sha256:` over every file of the library: which plan this kit is a copy of. */
  library: string;
  coopVersion: string;
  runbooks: KitRunbook[];
  contacts: ContactView[];
  /** Files of the library that could not be read, so are missing or partial in the kit. */
  problemFiles: string[];
}

/** One hash for the whole library: each file's name and the hash of its bytes, in name order. */
export function libraryHash(library: Library): string {
  const lines = library.files
    .map((f) => `${basename(f.absolutePath)} ${fileHash(f.absolutePath)}`)
    .sort()
    .join('\n');
  return contentHash(lines);
}

export function kitPlan(library: Library, now: Date, coopVersion: string): KitPlan {
  const today = localDay(now);
  const contacts = contactMap(library);
  // In the order the terminal offers them in, by title.
  const runbooks = [...library.runbooks]
    .sort((a, b) => byTitle(a.value, b.value))
    .map((entry) => {
      const view = runbookView(library, entry);
      return {
        runbook: entry.value,
        view,
        hash: fileHash(entry.file.absolutePath),
        overdue: reviewOverdue(view, today),
      };
    });
  const problemFiles = [
    ...new Set([...library.problems.map((p) => p.file), ...library.brokenRunbooks.map((b) => b.file)]),
  ];
  return {
    ...(library.organization !== undefined ? { organization: library.organization } : {}),
    exported: now.toISOString(),
    exportedDay: today,
    library: libraryHash(library),
    coopVersion,
    runbooks,
    contacts: library.contacts.map((c) => contactView(c.value.id, contacts)),
    problemFiles,
  };
}
