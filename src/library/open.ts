// The fast way in for commands that only read runbooks: a cached library when
// the folder has not changed, else the real loader (imported only then).
import type { Library } from './library.js';
import { cacheDir, readCachedLibrary, writeCachedLibrary } from './cache.js';
import { snapshotFolder } from './fingerprint.js';

export async function openLibraryAt(dir: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Library> {
  // The folder is read once for the cache: the same snapshot checks the entry and, taken before loading, keys the new one.
  const snapshot = cacheDir(env) ? snapshotFolder(dir) : undefined;
  const cached = readCachedLibrary(dir, cwd, env, snapshot);
  if (cached) return cached;
  const { loadLibrary } = await import('./load.js');
  const library = loadLibrary(dir, { cwd });
  writeCachedLibrary(library, env, snapshot);
  return library;
}
