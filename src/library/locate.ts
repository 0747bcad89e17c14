// Which folder is the library: --runbooks DIR, then COOP_RUNBOOKS, then the
// nearest library found by looking upward from the working folder, as git and
// eslint find their own files, then the sample shipped inside the package
// (docs/runbook-format.md). Looking upward means coop finds the plan from
// inside runbooks/ or any sub-folder of a project, instead of quietly using
// the sample there.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../system/errors.js';
import { CONFIG_FILE } from './paths.js';

export type LibrarySource = 'option' | 'environment' | 'found' | 'shipped';

export interface LocatedLibrary {
  dir: string;
  source: LibrarySource;
}

/** The folder name that marks a project's library, looked for in the working folder and above. */
export const LIBRARY_FOLDER = 'runbooks';

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
  // An empty --runbooks (a script's unset variable) names no folder: not the one coop would find by itself.
  if (option === '') throw new UserError('--runbooks is empty; give the library folder, like --runbooks runbooks');
  if (option) return { dir: resolve(cwd, option), source: 'option' };
  if (env.COOP_RUNBOOKS) return { dir: resolve(cwd, env.COOP_RUNBOOKS), source: 'environment' };
  const found = findLibraryUpward(resolve(cwd));
  if (found) return { dir: found, source: 'found' };
  return { dir: shippedLibrary(), source: 'shipped' };
}

/**
 * From `start` up to the root, the first folder that is a library (it holds
 * coop.yaml) or holds one (a runbooks/ folder). At each level the folder
 * itself comes first, so inside a library with a coop.yaml a runbooks/
 * sub-folder of it is never taken for the plan.
 */
function findLibraryUpward(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (isFile(join(dir, CONFIG_FILE)) || isFile(join(dir, CONFIG_FILE.replace(/\.yaml$/, '.yml')))) return dir;
    if (isDirectory(join(dir, LIBRARY_FOLDER))) return join(dir, LIBRARY_FOLDER);
    if (dirname(dir) === dir) return undefined;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
