// Which agency libraries a rollup reads (docs/rollup.md): a folder named on
// the command line is one library when it holds YAML files, else a folder of
// libraries, one per sub-folder (as a state's share or a checkout of every
// agency's repository is laid out); --from FILE lists library folders, one a
// line. A library that turns out unreadable is still a source: the report
// gives it a row that says so instead of leaving a gap.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { displayPathOf, isYamlFileName } from '../../library/paths.js';
import { describeReadError } from '../../system/disk-errors.js';
import { UserError } from '../../system/errors.js';
import { safeLine } from '../../text/sanitize.js';

export interface AgencySource {
  /** The library folder, absolute. */
  dir: string;
  /** The folder's own name: how the shared journal layout finds the agency's journals. */
  name: string;
  /** The journal folder a --from line gives for this library, absolute. */
  journals?: string;
}

function entriesOf(dir: string): import('node:fs').Dirent[] | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
}

/** A sub-folder that may be a library: a folder, or a link that may lead to one (a broken link is a row too). */
function mayBeLibrary(entry: import('node:fs').Dirent): boolean {
  return !entry.name.startsWith('.') && (entry.isDirectory() || entry.isSymbolicLink());
}

/** The libraries of one folder named on the command line. */
function librariesIn(dir: string): AgencySource[] {
  const entries = entriesOf(dir);
  const one = [{ dir, name: basename(dir) }];
  // Unreadable, or a library itself: one row.
  if (!entries || entries.some((e) => isYamlFileName(e.name))) return one;
  const folders = entries
    .filter(mayBeLibrary)
    .map((e) => e.name)
    .sort();
  return folders.length ? folders.map((name) => ({ dir: resolve(dir, name), name })) : one;
}

/** Folders from the command line; a folder that is not there is a mistake to fix before anything is read (exit 2). */
export function sourcesFromFolders(folders: readonly string[], cwd: string): AgencySource[] {
  return folders.flatMap((folder) => {
    const dir = resolve(cwd, folder);
    try {
      statSync(dir);
    } catch (error) {
      throw new UserError(
        `${safeLine(folder)} ${describeReadError(error)}; give an agency's library folder, or a folder holding one per sub-folder`,
      );
    }
    return librariesIn(dir);
  });
}

/**
 * The libraries a --from file lists: one folder a line, relative to the
 * file's own folder; after a tab, that library's journal folder. Blank lines
 * and lines starting with # are skipped. A listed folder that is missing is
 * a row that says so, not a refusal: one agency's moved share must not hide
 * the state's view.
 */
export function sourcesFromList(file: string, cwd: string): AgencySource[] {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `the list ${safeLine(displayPathOf(path, cwd))} ${describeReadError(error)}; give a text file with one library folder a line (--from FILE)`,
    );
  }
  const base = dirname(path);
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
    .map((line): AgencySource => {
      const [folder = '', journals] = line.split('\t').map((part) => part.trim());
      const dir = resolve(base, folder);
      return journals ? { dir, name: basename(dir), journals: resolve(base, journals) } : { dir, name: basename(dir) };
    });
}

/** Each library once, in the order first named. */
export function uniqueSources(sources: readonly AgencySource[]): AgencySource[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.dir) && seen.add(s.dir));
}
