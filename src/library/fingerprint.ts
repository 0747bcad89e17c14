// What a library folder holds: every YAML file's name and bytes, its
// exercises/ included. The caches
// (library, lint) keep this snapshot and are used only when the folder holds
// exactly the same bytes again, so an edit, a new file or a removed one is
// always seen, whatever the clock or the file system's time resolution says.
// Comparing bytes needs no hash, and so no crypto module on the start-up
// path (measured: importing node:crypto is about 4 ms of a 100 ms start).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from './limits.js';
import { EXERCISES_FOLDER, isYamlFileName } from './paths.js';

declare const __COOP_BUILD_ID__: string;
/** Caches written by one build of coop are never read by another. */
export const BUILD_ID = typeof __COOP_BUILD_ID__ === 'string' ? __COOP_BUILD_ID__ : `dev-${process.pid}-${Date.now()}`;

/** Above this many bytes of YAML a folder is not cached: reading it costs little next to the work saved, but the cache file would be large. */
export const MAX_SNAPSHOT_BYTES = 4 * MAX_FILE_BYTES;

/** The folder's YAML files as name → base64 bytes, with the build and `extra` facts the cache depends on. */
export interface Snapshot {
  build: string;
  extra: string[];
  files: Record<string, string>;
}

/**
 * What the folder holds now; undefined when the folder or a file cannot be
 * read, or a file is one the loader refuses unread (too large, a pipe, a
 * folder): that library is never cached, and reading a 1 GiB file or waiting
 * on a named pipe would cost more than it saves.
 */
export function snapshotFolder(root: string, extra: readonly string[] = []): Snapshot | undefined {
  try {
    const files: Record<string, string> = {};
    let total = 0;
    const names = readdirSync(root).sort();
    // The exercises of the library are part of it: their files are named "exercises/<name>".
    const exercises = names.includes(EXERCISES_FOLDER) && statSync(join(root, EXERCISES_FOLDER)).isDirectory();
    const yamlFiles = [
      ...names.filter(isYamlFileName),
      ...(exercises
        ? readdirSync(join(root, EXERCISES_FOLDER))
            .filter(isYamlFileName)
            .sort()
            .map((name) => `${EXERCISES_FOLDER}/${name}`)
        : []),
    ];
    for (const name of yamlFiles) {
      const stat = statSync(join(root, name));
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
      const bytes = readFileSync(join(root, name));
      total += bytes.length;
      if (total > MAX_SNAPSHOT_BYTES) return undefined;
      files[name] = bytes.toString('base64');
    }
    return { build: BUILD_ID, extra: [root, ...extra], files };
  } catch {
    return undefined;
  }
}

export function sameSnapshot(a: Snapshot | undefined, b: Snapshot | undefined): boolean {
  if (!a || !b || a.build !== b.build || a.extra.length !== b.extra.length) return false;
  if (a.extra.some((x, i) => x !== b.extra[i])) return false;
  const names = Object.keys(a.files);
  if (names.length !== Object.keys(b.files).length) return false;
  return names.every((name) => a.files[name] === b.files[name]);
}

/** A short name for a cache file (FNV-1a, twice with different seeds): a clash only costs a cache miss. */
export function shortHash(text: string): string {
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return fnv(0x811c9dc5) + fnv(0x2f6c4d93);
}
