// What `coop lint [paths...]` was asked to look at: whole library folders, or
// single files judged against the contacts and systems of their folder.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CONTACTS_FILE, EXERCISES_FOLDER, isSharedFileName, isYamlFileName } from '../library/paths.js';
import { describeReadError } from '../system/disk-errors.js';
import { UserError } from '../system/errors.js';

export interface Target {
  /** The library folder, absolute. */
  dir: string;
  /** Only these files of it (absolute); undefined for the whole library. */
  files?: string[];
}

/** A shared file (contacts, systems, coop.yaml) is linted with its folder's rules but no runbook. */
export function isSharedFile(path: string): boolean {
  return isSharedFileName(path);
}

/** An exercise file: inside a library's exercises/ folder. */
export function isExerciseFile(path: string): boolean {
  return basename(dirname(path)) === EXERCISES_FOLDER;
}

/** The library a file belongs to: its folder, or for an exercise the folder above exercises/. */
function libraryOf(file: string): string {
  return isExerciseFile(file) ? dirname(dirname(file)) : dirname(file);
}

/**
 * A library's exercises/ folder given on its own: its files, judged against
 * the library above it. A folder of that name with a contacts.yaml is a
 * library itself.
 */
function exerciseFilesOf(dir: string): string[] | undefined {
  if (basename(dir) !== EXERCISES_FOLDER || existsSync(join(dir, CONTACTS_FILE))) return undefined;
  return readdirSync(dir)
    .filter(isYamlFileName)
    .sort()
    .map((name) => join(dir, name));
}

/** Folders and files from the command line, grouped by library; throws UserError (2) for a path lint cannot use. */
export function targetsOf(paths: readonly string[], cwd: string): Target[] {
  const whole = new Set<string>();
  const files = new Map<string, string[]>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch (error) {
      throw new UserError(`${path} ${describeReadError(error)}; give a library folder or a runbook .yaml file`, 2);
    }
    const exercises = isDirectory ? exerciseFilesOf(absolute) : undefined;
    if (isDirectory && !exercises) whole.add(absolute);
    else if (exercises || isYamlFileName(absolute)) {
      for (const file of exercises ?? [absolute]) {
        const list = files.get(libraryOf(file)) ?? [];
        if (!list.includes(file)) list.push(file);
        files.set(libraryOf(file), list);
      }
    } else
      throw new UserError(
        `${path} is neither a library folder nor a .yaml file; give a library folder or a runbook .yaml file`,
        2,
      );
  }
  const targets: Target[] = [...whole].map((dir) => ({ dir }));
  // A file inside a folder that is linted whole is already covered.
  for (const [dir, list] of files) if (!whole.has(dir)) targets.push({ dir, files: list });
  return targets;
}
