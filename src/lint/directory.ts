// Which contact, system, runbook and exercise ids references may name, and whether the files that
// define them were read well enough to call a reference "unknown".
import { basename } from 'node:path';
import type { Library } from '../library/library.js';
import { SYSTEMS_FILE } from '../library/paths.js';
import type { SourceFile } from '../library/source-file.js';
import type { Directory, IdSet } from './rule.js';

export function directoryOf(library: Library): Directory {
  return {
    // No contacts.yaml is itself a loader problem: references are not judged against nothing.
    contacts: idSet(library, library.contactsFile, library.contacts, library.brokenContactIds, true),
    systems: idSet(
      library,
      library.systemsFile,
      library.systems,
      library.brokenSystemIds,
      systemsFileHasProblem(library),
    ),
    runbooks: {
      ids: new Set(library.runbooks.map((r) => r.value.id)),
      broken: new Set(library.brokenRunbooks.map((r) => r.id)),
      state: 'loaded',
    },
    exercises: {
      ids: new Set(library.exercises.map((e) => e.value.id)),
      broken: new Set(library.brokenExercises.map((e) => e.id)),
      state: 'loaded',
    },
  };
}

function idSet(
  library: Library,
  file: SourceFile | undefined,
  items: Array<{ value: { id: string } }>,
  broken: Set<string>,
  brokenWithoutFile: boolean,
): IdSet {
  const ids = new Set(items.map((item) => item.value.id));
  let state: IdSet['state'];
  if (!file) state = brokenWithoutFile ? 'broken' : 'absent';
  // The file parsed but held no usable list (not a mapping, the list not a list).
  else if (items.length === 0 && hasProblemIn(library, new Set([file.displayPath]))) state = 'broken';
  else state = 'loaded';
  return { ids, broken, state };
}

const SYSTEMS_FILE_NAMES = new Set([SYSTEMS_FILE, SYSTEMS_FILE.replace(/\.yaml$/, '.yml')]);

/**
 * By file name, not by a path built here: problems carry the loader's shown
 * paths, which are relative to the working folder (just "systems.yaml" when
 * coop runs inside the library), and the library's own shown root is not.
 */
function systemsFileHasProblem(library: Library): boolean {
  return library.problems.some((p) => SYSTEMS_FILE_NAMES.has(basename(p.file).toLowerCase()));
}

function hasProblemIn(library: Library, files: Set<string>): boolean {
  return library.problems.some((p) => files.has(p.file));
}
