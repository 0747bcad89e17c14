// The fast way in for commands that only read runbooks: a cached library when
// the folder has not changed, else the real loader (imported only then).
import type { Library } from './library.js';
import { readCachedLibrary, writeCachedLibrary } from './cache.js';

export async function openLibraryAt(dir: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Library> {
  const cached = readCachedLibrary(dir, cwd, env);
  if (cached) return cached;
  const { loadLibrary } = await import('./load.js');
  const library = loadLibrary(dir, { cwd });
  writeCachedLibrary(library, env);
  return library;
}
