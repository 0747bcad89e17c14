// A cache of libraries that loaded without a single problem, so that the
// commands people run during an outage (incident, show, list) start without
// loading the YAML parser and zod: measured, they are most of start-up.
//
// An entry is used only when every YAML file of the folder has the same name
// and content as when it was written, and coop is the very same build. It holds no positions: lint and anything that reports
// problems always loads for real.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from './problem.js';
import type { Library, Loaded } from './library.js';
import type { Path, SourceFile } from './source-file.js';
import { sameSnapshot, shortHash, snapshotFolder, type Snapshot } from './fingerprint.js';
import { displayPathOf } from './paths.js';
import { makeFolder } from '../system/make-folder.js';
import { userCacheDir } from '../system/cache-dir.js';

/** Where the library and lint caches live; undefined when COOP_NO_CACHE turns them off. */
export function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  return env.COOP_NO_CACHE ? undefined : userCacheDir(env);
}

/** A file read back from a cache: its name, no positions (they were not kept), and the source lines a cached lint kept, if any. */
export class CachedSourceFile implements SourceFile {
  readonly text = '';
  constructor(
    readonly displayPath: string,
    readonly absolutePath: string,
    private readonly lines: Record<number, string> = {},
  ) {}
  locate(_path: Path): Position {
    return { line: 1, col: 1 };
  }
  lineText(line: number): string {
    return this.lines[line] ?? '';
  }
}

interface Stored<T> {
  value: T;
  file: string;
  path: Array<string | number>;
}

/**
 * The shape of an entry. A build reads only its own entries already, but the
 * runbooks it holds are the model, not the file: raise this when the model
 * changes (2: each step carries its `kind`), so no entry of another shape is
 * ever taken for a library.
 */
const ENTRY_FORMAT = 2;

interface Entry {
  format: typeof ENTRY_FORMAT;
  snapshot: Snapshot;
  organization?: string;
  contacts: Stored<Library['contacts'][number]['value']>[];
  systems: Stored<Library['systems'][number]['value']>[];
  runbooks: Stored<Library['runbooks'][number]['value']>[];
  exercises: Stored<Library['exercises'][number]['value']>[];
  improvements: Stored<Library['improvements'][number]['value']>[];
  config: Library['config'];
  files: string[];
}

function entryPath(dir: string, root: string): string {
  return join(dir, `library-${shortHash(root)}.json`);
}

/**
 * `snapshot` is what the folder holds now; a caller that may load and write
 * the library next takes it once, before loading, and passes it to both, so
 * an edit made during the load is never cached under the new bytes.
 */
export function readCachedLibrary(
  root: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  snapshot = snapshotFolder(root),
): Library | undefined {
  const dir = cacheDir(env);
  if (!dir) return undefined;
  const entry = readCacheFile<Entry>(entryPath(dir, root));
  if (entry?.format !== ENTRY_FORMAT || !sameSnapshot(entry.snapshot, snapshot)) return undefined;
  const files = new Map(
    entry.files.map((name) => [name, new CachedSourceFile(displayPathOf(join(root, name), cwd), join(root, name))]),
  );
  const revive = <T>(s: Stored<T>): Loaded<T> => ({ value: s.value, path: s.path, file: files.get(s.file)! });
  return {
    root,
    displayRoot: displayPathOf(root, cwd) || '.',
    organization: entry.organization,
    contacts: entry.contacts.map(revive),
    systems: entry.systems.map(revive),
    runbooks: entry.runbooks.map(revive),
    brokenRunbooks: [],
    brokenContactIds: new Set(),
    brokenSystemIds: new Set(),
    config: entry.config,
    exercises: entry.exercises.map(revive),
    brokenExercises: [],
    improvements: entry.improvements.map(revive),
    files: [...files.values()],
    problems: [],
    fromCache: true,
  };
}

/** Keeps a library that loaded cleanly; a cache that cannot be written is simply not kept. */
export function writeCachedLibrary(
  library: Library,
  env: NodeJS.ProcessEnv,
  snapshot = snapshotFolder(library.root),
): void {
  if (library.problems.length > 0 || library.brokenRunbooks.length > 0 || library.brokenExercises.length > 0) return;
  const dir = cacheDir(env);
  if (!dir || !snapshot) return;
  const name = (f: SourceFile) => f.absolutePath.slice(library.root.length + 1);
  const store = <T>(l: Loaded<T>): Stored<T> => ({ value: l.value, file: name(l.file), path: [...l.path] });
  const entry: Entry = {
    format: ENTRY_FORMAT,
    snapshot,
    organization: library.organization,
    contacts: library.contacts.map(store),
    systems: library.systems.map(store),
    runbooks: library.runbooks.map(store),
    exercises: library.exercises.map(store),
    improvements: library.improvements.map(store),
    config: library.config,
    files: library.files.map(name),
  };
  writeCacheFile(dir, entryPath(dir, library.root), entry);
}

/** Writes a cache entry atomically; a read-only home or a full disk costs speed, never correctness. */
export function writeCacheFile(dir: string, path: string, data: unknown): void {
  try {
    makeFolder(dir);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, path);
  } catch {
    // Not kept: the next run reads the files again.
  }
}

/** A cache entry, or undefined when there is none or it cannot be read. */
export function readCacheFile<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
