import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';

/** Shows `path` relative to `cwd` when it lies inside it, absolute otherwise. */
export function displayPathOf(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && isInside(rel) ? rel : path;
}

/**
 * displayPathOf for the files of one folder, by their names: the folder's
 * relative path is worked out once (a library's runbooks are read by the
 * thousand, and `relative` resolves both of its paths each time).
 */
export function displayPathsIn(folder: string, cwd: string): (name: string) => string {
  const rel = relative(cwd, folder);
  if (rel === '') return (name) => name;
  return isInside(rel) ? (name) => rel + sep + name : (name) => join(folder, name);
}

/** A relative path that stays inside the folder it is relative to (`..x.yaml` is a name inside it, `../x` is not). */
function isInside(rel: string): boolean {
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export function isYamlFileName(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return ext === '.yaml' || ext === '.yml';
}

export const CONTACTS_FILE = 'contacts.yaml';
export const SYSTEMS_FILE = 'systems.yaml';
export const CONFIG_FILE = 'coop.yaml';
export const IMPROVEMENTS_FILE = 'improvements.yaml';
/** The subfolder of a library that holds its exercises, one file each. */
export const EXERCISES_FOLDER = 'exercises';

const SHARED_FILES = new Set(
  [CONTACTS_FILE, SYSTEMS_FILE, CONFIG_FILE, IMPROVEMENTS_FILE].flatMap((name) => [
    name,
    name.replace(/\.yaml$/, '.yml'),
  ]),
);

/** A library's shared file (contacts, systems, coop.yaml, improvements, or .yml), by its name or its path: never a runbook. */
export function isSharedFileName(path: string): boolean {
  return SHARED_FILES.has(basename(path).toLowerCase());
}

/**
 * What a library file's first line might be, for a message about a file that
 * is empty or not a mapping: its own kind's key, not a runbook's.
 */
export function firstLineExample(path: string): string {
  const name = basename(path)
    .toLowerCase()
    .replace(/\.yml$/, '.yaml');
  switch (name) {
    case CONTACTS_FILE:
      return 'contacts:';
    case SYSTEMS_FILE:
      return 'systems:';
    case CONFIG_FILE:
      return 'exercise_every_months: 12';
    case IMPROVEMENTS_FILE:
      return 'improvements:';
    default:
      return basename(dirname(path)) === EXERCISES_FOLDER ? 'id: power-loss-tabletop' : 'id: power-loss';
  }
}
