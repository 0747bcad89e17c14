// The typed library every command works from: what the loader built out of a
// folder, with the way back from each value to its file, line and column.
import type { Config, Contact, System } from '../format/schema.js';
import type { Runbook } from '../format/model.js';
import type { Exercise, Improvement } from '../format/exercise-schema.js';
import { byPlace, type Problem } from './problem.js';
import type { Path, SourceFile } from './source-file.js';

/** A value of the library and where it was written. */
export interface Loaded<T> {
  value: T;
  file: SourceFile;
  /** Path of the value inside its file, for `file.locate`. */
  path: Path;
  /**
   * What the loader could not read and left out of `value` (salvage.ts), as
   * the file's paths relative to it; absent when the value was read whole.
   */
  lost?: readonly Path[];
}

export interface Library {
  /** The folder, absolute. */
  root: string;
  /** The folder as shown to people. */
  displayRoot: string;
  organization?: string;
  contacts: Loaded<Contact>[];
  systems: Loaded<System>[];
  /** Every runbook of which anything could be read: with problems, as much of it as could be (its file's problems say what is missing). */
  runbooks: Loaded<Runbook>[];
  /** Runbook files of which nothing could be read (not text, not YAML, not a mapping), by the id their file name gives. */
  brokenRunbooks: Array<{ id: string; file: string }>;
  /** Ids written on contacts or systems that failed to load: not "unknown" to lint. */
  brokenContactIds: Set<string>;
  brokenSystemIds: Set<string>;
  config: Config;
  /** exercises/<id>.yaml: the exercises of the plan. */
  exercises: Loaded<Exercise>[];
  /** Exercise files that could not be loaded, by the id their file name gives. */
  brokenExercises: Array<{ id: string; file: string }>;
  /** improvements.yaml: the corrective actions of the improvement plan. */
  improvements: Loaded<Improvement>[];
  improvementsFile?: SourceFile;
  contactsFile?: SourceFile;
  systemsFile?: SourceFile;
  configFile?: SourceFile;
  files: SourceFile[];
  problems: Problem[];
  /** Read from the cache (src/library/cache.ts): no positions, and known to have no problems. */
  fromCache?: boolean;
}

export function findRunbook(library: Library, id: string): Loaded<Runbook> | undefined {
  return library.runbooks.find((r) => r.value.id === id);
}

export function findExercise(library: Library, id: string): Loaded<Exercise> | undefined {
  return library.exercises.find((e) => e.value.id === id);
}

/**
 * True when the loader could not read all of the value at `path` (inside the
 * loaded value): a key's absence is then not the file's, and a rule that
 * looks for the key must not say it is missing. Ask about a key, not a list
 * element: the file's element numbers are not the value's.
 */
export function isLost(entry: Pick<Loaded<unknown>, 'lost'>, path: Path): boolean {
  if (!entry.lost) return false;
  const within = (inner: Path, outer: Path) => outer.every((segment, i) => inner[i] === segment);
  return entry.lost.some((lost) => within(lost, path) || within(path, lost));
}

/** The loader's problems in a runbook's file, the one nearest the top of the file first. */
export function runbookProblems(library: Library, entry: Loaded<Runbook>): Problem[] {
  return library.problems.filter((p) => p.file === entry.file.displayPath).sort(byPlace);
}

export function contactMap(library: Library): Map<string, Contact> {
  return new Map(library.contacts.map((c) => [c.value.id, c.value]));
}

export function systemMap(library: Library): Map<string, System> {
  return new Map(library.systems.map((s) => [s.value.id, s.value]));
}
