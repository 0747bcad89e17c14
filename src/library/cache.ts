// A cache of libraries that loaded without a single problem, so that the
// commands people run during an outage (incident, show, list) start without
// loading the YAML parser and zod: measured, they are most of start-up.
//
// An entry is used only when every YAML file of the folder has the same name,
// size, inode and modification times as when it was written, and coop is the
// very same build. It holds no positions: lint and anything that reports
// problems always loads for real.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Position } from './problem.js';
import type { Library, Loaded } from './library.js';
import type { Path, SourceFile } from './source-file.js';
import { displayPathOf, isYamlFileName } from './paths.js';

declare const __COOP_BUILD_ID__: string;
const BUILD_ID = typeof __COOP_BUILD_ID__ === 'string' ? __COOP_BUILD_ID__ : `dev-${process.pid}-${Date.now()}`;

export function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.COOP_NO_CACHE) return undefined;
  if (env.COOP_CACHE_DIR) return env.COOP_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : undefined);
  return base ? join(base, 'coop') : undefined;
}

/** A file of a cached library: its name, and no positions (they were not kept). */
class CachedSourceFile implements SourceFile {
  readonly text = '';
  constructor(
    readonly displayPath: string,
    readonly absolutePath: string,
  ) {}
  locate(_path: Path): Position {
    return { line: 1, col: 1 };
  }
  lineText(): string {
    return '';
  }
}

interface Stored<T> {
  value: T;
  file: string;
  path: Array<string | number>;
}

interface Entry {
  key: string;
  organization?: string;
  contacts: Stored<Library['contacts'][number]['value']>[];
  systems: Stored<Library['systems'][number]['value']>[];
  runbooks: Stored<Library['runbooks'][number]['value']>[];
  config: Library['config'];
  files: string[];
}

/** What the folder looks like now: every YAML file's name, size, inode and times. */
function fingerprint(root: string): string | undefined {
  try {
    const parts = [BUILD_ID, root];
    for (const name of readdirSync(root).sort()) {
      if (!isYamlFileName(name)) continue;
      const s = statSync(join(root, name));
      parts.push(`${name}:${s.size}:${s.ino}:${s.mtimeMs}:${s.ctimeMs}`);
    }
    return createHash('sha256').update(parts.join('\n')).digest('hex');
  } catch {
    return undefined;
  }
}

function entryPath(dir: string, root: string): string {
  return join(dir, `library-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`);
}

export function readCachedLibrary(root: string, cwd: string, env: NodeJS.ProcessEnv): Library | undefined {
  const dir = cacheDir(env);
  if (!dir) return undefined;
  const key = fingerprint(root);
  if (!key) return undefined;
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(entryPath(dir, root), 'utf8')) as Entry;
  } catch {
    return undefined;
  }
  if (entry.key !== key) return undefined;
  const files = new Map(entry.files.map((name) => [name, new CachedSourceFile(displayPathOf(join(root, name), cwd), join(root, name))]));
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
    files: [...files.values()],
    problems: [],
    fromCache: true,
  };
}

/** Keeps a library that loaded cleanly; a cache that cannot be written is simply not kept. */
export function writeCachedLibrary(library: Library, env: NodeJS.ProcessEnv): void {
  if (library.problems.length > 0 || library.brokenRunbooks.length > 0) return;
  const dir = cacheDir(env);
  if (!dir) return;
  const key = fingerprint(library.root);
  if (!key) return;
  const name = (f: SourceFile) => f.absolutePath.slice(library.root.length + 1);
  const store = <T>(l: Loaded<T>): Stored<T> => ({ value: l.value, file: name(l.file), path: [...l.path] });
  const entry: Entry = {
    key,
    organization: library.organization,
    contacts: library.contacts.map(store),
    systems: library.systems.map(store),
    runbooks: library.runbooks.map(store),
    config: library.config,
    files: library.files.map(name),
  };
  try {
    mkdirSync(dir, { recursive: true });
    const target = entryPath(dir, library.root);
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(entry));
    renameSync(temp, target);
  } catch {
    // A read-only home or a full disk costs speed, never correctness.
  }
}
