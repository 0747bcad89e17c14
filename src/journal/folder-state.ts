// What a journal folder holds, cheaply (each journal's name, size and time of
// last change, no byte read), apart from the reading of the journals
// (recovery-records.ts): a lint answered from its cache needs only this, and
// reading journals brings the event schemas and zod with it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JOURNAL_EXTENSION } from './paths.js';

/**
 * What the folder holds, cheaply (each journal's name, size and time of last
 * change, no byte read): a lint cached against it is used again only while
 * no journal was added, removed or written to.
 */
export function journalFolderState(journalDir: string): string {
  try {
    return readdirSync(journalDir)
      .filter((name) => name.endsWith(JOURNAL_EXTENSION))
      .sort()
      .map((name) => {
        const stat = statSync(join(journalDir, name));
        return `${name}:${stat.size}:${stat.mtimeMs}`;
      })
      .join('\n');
  } catch {
    return '';
  }
}
