// The typed library every command works from: what the loader built out of a
// folder, with the way back from each value to its file, line and column.
import type { Config, Contact, System } from '../format/schema.js';
import type { Runbook } from '../format/model.js';
import type { Exercise, Improvement } from '../format/exercise-schema.js';
import type { Problem } from './problem.js';
import type { Path, SourceFile } from './source-file.js';

/** A value of the library and where it was written. */
export interface Loaded<T> {
  value: T;
  file: SourceFile;
  /** Path of the value inside its file, for `file.locate`. */
  path: Path;
}

export interface Library {
  /** The folder, absolute. */
  root: string;
  /** The folder as shown to people. */
  displayRoot: string;
  organization?: string;
  contacts: Loaded<Contact>[];
  systems: Loaded<System>[];
  runbooks: Loaded<Runbook>[];
  /** Runbook files that could not be loaded, by the id their file name gives. */
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

export function contactMap(library: Library): Map<string, Contact> {
  return new Map(library.contacts.map((c) => [c.value.id, c.value]));
}

export function systemMap(library: Library): Map<string, System> {
  return new Map(library.systems.map((s) => [s.value.id, s.value]));
}
