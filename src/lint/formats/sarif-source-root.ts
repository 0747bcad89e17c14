// Where SARIF's %SRCROOT% is: the top of the git work tree the lint ran in,
// whatever sub-folder it ran from, because code scanning resolves a result's
// path against the repository's root. Outside a work tree, the working folder.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder at or above `cwd` holding `.git` (a folder, or a file in a worktree or submodule). */
export function sourceRootOf(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}
