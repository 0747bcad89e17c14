// The one loader: a folder of YAML files in, a typed Library out, with every
// problem of every file collected in one pass (never stopping at the first).
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import {
  CONFIG_FILE,
  CONTACTS_FILE,
  displayPathOf,
  displayPathsIn,
  EXERCISES_FOLDER,
  firstLineExample,
  IMPROVEMENTS_FILE,
  isSharedFileName,
  isYamlFileName,
  SYSTEMS_FILE,
} from './paths.js';

export { CONFIG_FILE, CONTACTS_FILE, displayPathOf, IMPROVEMENTS_FILE, isYamlFileName, SYSTEMS_FILE };
import type { Problem } from './problem.js';
import { readYamlFile } from './read-yaml.js';
import { describeReadError } from '../system/disk-errors.js';
import type { Exercise } from '../format/exercise-schema.js';
import type { Runbook, Step } from '../format/model.js';
import type { Config } from '../format/schema.js';
import type { Library, Loaded } from './library.js';
import type { SourceFile } from './source-file.js';
import { certainlyValid, type CheckedFile } from './certainly-valid.js';
import { checkConfig, checkExercise, checkItems, checkRunbook, type ItemOf } from './checked-read.js';
import { STEP_FORMS } from './step-keys.js';
import { UserError } from '../system/errors.js';

export interface LoadOptions {
  /** Folder the shown paths are relative to; default the process's. */
  cwd?: string;
  /** Load only these runbook files (absolute paths) instead of every one. */
  onlyRunbooks?: string[];
}

/** Reads the library in `root`. Throws UserError only when the folder itself cannot be read. */
export function loadLibrary(root: string, options: LoadOptions = {}): Library {
  const cwd = options.cwd ?? process.cwd();
  const absRoot = resolve(cwd, root);
  const displayRoot = displayPathOf(absRoot, cwd) || '.';
  let names: string[];
  try {
    if (!statSync(absRoot).isDirectory())
      throw new UserError(`runbook library ${displayRoot} is not a folder; give the folder that holds contacts.yaml`);
    names = readdirSync(absRoot).sort();
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `runbook library ${displayRoot} ${describeReadError(error)}; give the folder that holds contacts.yaml (--runbooks DIR)`,
    );
  }

  const library: Library = {
    root: absRoot,
    displayRoot,
    contacts: [],
    systems: [],
    runbooks: [],
    brokenRunbooks: [],
    brokenContactIds: new Set(),
    brokenSystemIds: new Set(),
    config: {},
    exercises: [],
    brokenExercises: [],
    improvements: [],
    files: [],
    problems: [],
  };
  const display = displayPathsIn(absRoot, cwd);
  const read = (name: string) => {
    const result = readYamlFile(join(absRoot, name), display(name));
    library.problems.push(...result.problems);
    if (result.file) library.files.push(result.file);
    return result;
  };

  const contactsName = pickFile(names, 'contacts');
  if (contactsName) loadContacts(library, read(contactsName));
  else
    library.problems.push({
      file: display(CONTACTS_FILE),
      line: 1,
      col: 1,
      code: 'file-unreadable',
      message: `does not exist; a library needs a ${CONTACTS_FILE} listing the people to call`,
    });

  const systemsName = pickFile(names, 'systems');
  if (systemsName) loadSystems(library, read(systemsName));

  const configName = pickFile(names, 'coop');
  if (configName) loadConfig(library, read(configName));

  const improvementsName = pickFile(names, 'improvements');
  if (improvementsName) loadImprovements(library, read(improvementsName));
  if (names.includes(EXERCISES_FOLDER)) loadExercises(library, cwd);

  const only = options.onlyRunbooks ? new Set(options.onlyRunbooks.map((p) => resolve(cwd, p))) : undefined;
  const runbookNames = runbookFileNames(names).filter((name) => !only || only.has(join(absRoot, name)));
  loadRunbooks(library, runbookNames, cwd);
  return library;
}

/** The runbook files among a folder's entries: every YAML file but the shared ones. */
export function runbookFileNames(names: readonly string[]): string[] {
  return names.filter((name) => isYamlFileName(name) && !isSharedFileName(name));
}

/**
 * Reads runbook files (names inside `library.root`) into a library whose
 * shared files are already loaded: lint reads a large library in batches so
 * it never holds every parsed file at once.
 */
export function loadRunbooks(library: Library, names: readonly string[], cwd: string): void {
  const shown = displayPathsIn(library.root, cwd);
  for (const name of names) {
    const absolutePath = join(library.root, name);
    const displayPath = shown(name);
    const result = readYamlFile(absolutePath, displayPath);
    library.problems.push(...result.problems);
    if (result.file) library.files.push(result.file);
    loadRunbook(library, name, displayPath, result);
  }
}

function pickFile(names: string[], stem: string): string | undefined {
  return names.find((n) => n === `${stem}.yaml`) ?? names.find((n) => n === `${stem}.yml`);
}

type ReadResult = ReturnType<typeof readYamlFile>;

function usable(result: ReadResult): result is ReadResult & { file: SourceFile } {
  return result.file !== undefined && result.problems.length === 0;
}

function requireMapping(
  library: Library,
  result: ReadResult & { file: SourceFile },
): Record<string, unknown> | undefined {
  const data = result.data;
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  const what = Array.isArray(data) ? 'a list' : `a single value`;
  library.problems.push({
    file: result.file.displayPath,
    ...result.file.locate([]),
    code: 'wrong-type',
    message: `holds ${what}; it must be a mapping of keys, like "${firstLineExample(result.file.displayPath)}"`,
  });
  return undefined;
}

/**
 * A shared file of items (contacts, systems, improvements): all of them as
 * written when the quick check passes the file, else as checked-read.ts
 * reads them around their problems.
 */
function loadItems<K extends 'contacts' | 'systems' | 'improvements'>(
  library: Library,
  result: ReadResult,
  listKey: K,
  kind: CheckedFile,
  brokenIds: Set<string>,
): { items: Loaded<ItemOf[K]>[]; top?: Record<string, unknown>; file?: SourceFile } {
  if (!usable(result)) return { items: [] };
  const file = result.file;
  const top = requireMapping(library, result);
  if (!top) return { items: [], file };
  if (certainlyValid(kind, top)) {
    const list = top[listKey] as ItemOf[K][];
    return { items: list.map((value, index) => ({ value, file, path: [listKey, index] })), top, file };
  }
  const checked = checkItems(top, file, listKey);
  library.problems.push(...checked.problems);
  for (const id of checked.brokenIds) brokenIds.add(id);
  return { items: checked.items, top, file };
}

function loadContacts(library: Library, result: ReadResult): void {
  const { items, top, file } = loadItems(library, result, 'contacts', 'contactsFile', library.brokenContactIds);
  library.contacts = items;
  library.contactsFile = file;
  if (typeof top?.organization === 'string') library.organization = top.organization;
}

function loadSystems(library: Library, result: ReadResult): void {
  const { items, file } = loadItems(library, result, 'systems', 'systemsFile', library.brokenSystemIds);
  library.systems = items;
  library.systemsFile = file;
}

function loadImprovements(library: Library, result: ReadResult): void {
  const { items, file } = loadItems(library, result, 'improvements', 'improvementsFile', new Set());
  library.improvements = items;
  library.improvementsFile = file;
}

/**
 * The exercises/ subfolder: one exercise a file, named after its id. A file
 * with a problem is left out whole (its problems say why), as a runbook is.
 */
function loadExercises(library: Library, cwd: string): void {
  const folder = join(library.root, EXERCISES_FOLDER);
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) return;
    names = readdirSync(folder).filter(isYamlFileName).sort();
  } catch (error) {
    library.problems.push({
      file: displayPathOf(folder, cwd),
      line: 1,
      col: 1,
      code: 'file-unreadable',
      message: `${describeReadError(error)}; the exercises of the library cannot be read`,
    });
    return;
  }
  const shown = displayPathsIn(folder, cwd);
  for (const name of names) {
    const displayPath = shown(name);
    const result = readYamlFile(join(folder, name), displayPath);
    library.problems.push(...result.problems);
    if (result.file) library.files.push(result.file);
    const broken = () => library.brokenExercises.push({ id: basename(name, extname(name)), file: displayPath });
    const top = usable(result) ? requireMapping(library, result) : undefined;
    if (!top) {
      broken();
      continue;
    }
    if (certainlyValid('exercise', top)) {
      library.exercises.push({ value: top as Exercise, file: result.file!, path: [] });
      continue;
    }
    const checked = checkExercise(top, result.file!);
    library.problems.push(...checked.problems);
    if (checked.value) library.exercises.push({ value: checked.value, file: result.file!, path: [] });
    else broken();
  }
}

function loadConfig(library: Library, result: ReadResult): void {
  if (!usable(result)) return;
  library.configFile = result.file;
  const top = requireMapping(library, result);
  if (!top) return;
  if (certainlyValid('config', top)) {
    library.config = top as Config;
    return;
  }
  const checked = checkConfig(top, result.file);
  library.problems.push(...checked.problems);
  if (checked.value) library.config = checked.value;
}

function loadRunbook(library: Library, name: string, displayPath: string, result: ReadResult): void {
  const idFromName = basename(name, extname(name));
  const problemsFrom = library.problems.length;
  // Nothing of the file could be read: each of its problems stops a walk.
  const unread = (problems: Problem[]): void => {
    for (const problem of problems) problem.touchesSteps = true;
    library.brokenRunbooks.push({ id: idFromName, file: displayPath });
  };
  if (!usable(result)) {
    unread(result.problems);
    return;
  }
  const top = requireMapping(library, result);
  if (!top) {
    unread(library.problems.slice(problemsFrom));
    return;
  }
  const steps = top.steps;
  // A file the quick check passes has no problem to find: it is read as it is.
  if (Array.isArray(steps) && certainlyValid('runbook', top)) {
    library.runbooks.push({
      value: { ...(top as unknown as Omit<Runbook, 'steps'>), steps: steps.map(stepOfValidFile) },
      file: result.file,
      path: [],
    });
    return;
  }
  const read = checkRunbook(top, result.file, idFromName);
  library.problems.push(...read.problems);
  library.runbooks.push({
    value: read.runbook,
    file: read.file,
    path: [],
    ...(read.lost.length > 0 ? { lost: read.lost } : {}),
  });
}

/**
 * A step of a file its schema accepted: of the one kind whose key it has. A
 * loop, not find() with a closure: it is asked of every step of a library,
 * mostly before V8 has optimised it.
 */
function stepOfValidFile(step: Record<string, unknown>): Step {
  let i = 0;
  while (!Object.hasOwn(step, STEP_FORMS[i]![1].key)) i++;
  return { kind: STEP_FORMS[i]![0], ...step } as Step;
}
