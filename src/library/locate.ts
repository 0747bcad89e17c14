// Which folder is the library: --runbooks DIR, then COOP_RUNBOOKS, then
// ./runbooks, then the library shipped inside the package (docs/runbook-format.md).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type LibrarySource = 'option' | 'environment' | 'working-folder' | 'shipped';

export interface LocatedLibrary {
  dir: string;
  source: LibrarySource;
}

/**
 * The package root: the bundle runs from dist/, the sources from src/library/,
 * so walk up to the folder that holds package.json.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'runbooks'))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..');
}

export function shippedLibrary(): string {
  return join(packageRoot(), 'runbooks');
}

export function locateLibrary(option: string | undefined, env: NodeJS.ProcessEnv, cwd: string): LocatedLibrary {
  if (option) return { dir: resolve(cwd, option), source: 'option' };
  if (env.COOP_RUNBOOKS) return { dir: resolve(cwd, env.COOP_RUNBOOKS), source: 'environment' };
  const local = resolve(cwd, 'runbooks');
  if (isDirectory(local)) return { dir: local, source: 'working-folder' };
  return { dir: shippedLibrary(), source: 'shipped' };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
