// The user's cache folder for coop: COOP_CACHE_DIR, else $XDG_CACHE_HOME/coop,
// else ~/.cache/coop. The XDG Base Directory specification says a relative
// XDG_CACHE_HOME is invalid and to be ignored. Shared by the library and lint
// caches (src/library/cache.ts) and by bin/coop.js for V8's code cache, which
// loads it (dist/launch.cjs) before anything else.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export function userCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.COOP_CACHE_DIR) return env.COOP_CACHE_DIR;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'coop');
  const home = homedir();
  return home ? join(home, '.cache', 'coop') : undefined;
}
