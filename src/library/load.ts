// The one loader: a folder of YAML files in, a typed Library out, with every
// problem of every file collected in one pass (never stopping at the first).
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import {
  CONFIG_FILE,
  CONTACTS_FILE,
  displayPathOf,
  EXERCISES_FOLDER,
  IMPROVEMENTS_FILE,
  isSharedFileName,
  isYamlFileName,
  SYSTEMS_FILE,
} from './paths.js';

export { CONFIG_FILE, CONTACTS_FILE, displayPathOf, IMPROVEMENTS_FILE, isYamlFileName, SYSTEMS_FILE };
import type * as z from 'zod';
import type { Problem } from './problem.js';
import { readYamlFile } from './read-yaml.js';
import { describeReadError } from '../system/disk-errors.js';
import * as schema from '../format/schema.js';
import * as exerciseSchema from '../format/exercise-schema.js';
import type { Runbook, Step, StepKind } from '../format/model.js';
import type { Library, Loaded } from './library.js';
import type { SourceFile } from './source-file.js';
import { validate } from './validate.js';
import { fileFor, LeftOutElements, salvage } from './salvage.js';
import { touchesSteps } from './touches-steps.js';
import { certainlyValidRunbook } from './runbook-check.js';
import type { Path } from './source-file.js';
import type { Position } from './problem.js';
import { UserError } from '../system/errors.js';
import { safeLine } from '../text/sanitize.js';
import { didYouMean } from '../text/suggest.js';

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
  const display = (name: string) => displayPathOf(join(absRoot, name), cwd);
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
  for (const name of names) {
    const absolutePath = join(library.root, name);
    const displayPath = displayPathOf(absolutePath, cwd);
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
    message: `holds ${what}; it must be a mapping of keys, like "id: power-loss"`,
  });
  return undefined;
}

/**
 * Contacts and systems are checked one item at a time, so one bad entry does
 * not hide the rest (and does not make every reference to them "unknown");
 * an entry with a wrong field is kept without it, so a bad date does not
 * take a phone number away.
 */
function loadItems<T extends { id: string }>(
  library: Library,
  result: ReadResult,
  topSchema: z.ZodType,
  listKey: 'contacts' | 'systems' | 'improvements',
  itemSchema: z.ZodType<T>,
  brokenIds: Set<string>,
): { items: Loaded<T>[]; top?: Record<string, unknown>; file?: SourceFile } {
  if (!usable(result)) return { items: [] };
  const file = result.file;
  const top = requireMapping(library, result);
  if (!top) return { items: [], file };
  const list = top[listKey];
  // Check the file's own keys with the list replaced by an empty one; the items follow.
  const shell = { ...top, [listKey]: Array.isArray(list) ? [] : list };
  library.problems.push(...validate(topSchema, shell, file).problems);
  const items: Loaded<T>[] = [];
  if (!Array.isArray(list)) return { items, top, file };
  list.forEach((raw, index) => {
    const path = [listKey, index];
    const checked = validate(itemSchema, raw, file, path);
    library.problems.push(...checked.problems);
    if (checked.value) {
      items.push({ value: checked.value, file, path });
      return;
    }
    const leftOut = new LeftOutElements();
    const read = salvage(itemSchema, raw, path, leftOut);
    if (read) items.push({ value: read.value, file: fileFor(file, leftOut), path, lost: read.lost });
    else {
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') brokenIds.add(id);
    }
  });
  return { items, top, file };
}

function loadContacts(library: Library, result: ReadResult): void {
  const { items, top, file } = loadItems(
    library,
    result,
    schema.ContactsFile,
    'contacts',
    schema.Contact,
    library.brokenContactIds,
  );
  library.contacts = items;
  library.contactsFile = file;
  if (typeof top?.organization === 'string') library.organization = top.organization;
}

function loadSystems(library: Library, result: ReadResult): void {
  const { items, file } = loadItems(
    library,
    result,
    schema.SystemsFile,
    'systems',
    schema.System,
    library.brokenSystemIds,
  );
  library.systems = items;
  library.systemsFile = file;
}

function loadImprovements(library: Library, result: ReadResult): void {
  const { items, file } = loadItems(
    library,
    result,
    exerciseSchema.ImprovementsFile,
    'improvements',
    exerciseSchema.Improvement,
    new Set(),
  );
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
  for (const name of names) {
    const displayPath = displayPathOf(join(folder, name), cwd);
    const result = readYamlFile(join(folder, name), displayPath);
    library.problems.push(...result.problems);
    if (result.file) library.files.push(result.file);
    const broken = () => library.brokenExercises.push({ id: basename(name, extname(name)), file: displayPath });
    const top = usable(result) ? requireMapping(library, result) : undefined;
    if (!top) {
      broken();
      continue;
    }
    const checked = validate(exerciseSchema.Exercise, top, result.file!);
    library.problems.push(...checked.problems);
    if (checked.value && checked.problems.length === 0)
      library.exercises.push({ value: checked.value, file: result.file!, path: [] });
    else broken();
  }
}

function loadConfig(library: Library, result: ReadResult): void {
  if (!usable(result)) return;
  library.configFile = result.file;
  const top = requireMapping(library, result);
  if (!top) return;
  const checked = validate(schema.Config, top, result.file);
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
  const file = result.file;
  const top = requireMapping(library, result);
  if (!top) {
    unread(library.problems.slice(problemsFrom));
    return;
  }
  const read = readRunbook(top, file, idFromName);
  const idUsable = schema.Id.safeParse(read.runbook.id).success;
  for (const problem of read.problems) problem.touchesSteps = touchesSteps(problem, idUsable);
  library.problems.push(...read.problems);
  library.runbooks.push({
    value: read.runbook,
    file: fileFor(file, read.leftOut),
    path: [],
    ...(read.lost.length > 0 ? { lost: read.lost } : {}),
  });
}

/** The fields of one kind of step, as its schema checks them in a file (no `kind`: the file has none). */
type FieldsOf<K extends StepKind> = Omit<Extract<Step, { kind: K }>, 'kind'>;

/**
 * Each kind of step as a file writes it: the key that tells it
 * (docs/runbook-format.md), what that key says, and the schema of the kind's
 * fields. The one place a step's kind is decided: a kind missing here does
 * not compile.
 */
const STEP_FORMS: { [K in StepKind]: { key: string; says: string; schema: z.ZodType<FieldsOf<K>> } } = {
  action: { key: 'do', says: 'what to do', schema: schema.ActionStep },
  decision: { key: 'ask', says: 'what to ask', schema: schema.DecisionStep },
  check: { key: 'run', says: 'what to run', schema: schema.CheckStep },
};
const FORMS = Object.entries(STEP_FORMS) as Array<[StepKind, (typeof STEP_FORMS)[StepKind]]>;
/** A Map, not an object: `'constructor' in {...}` is true through the prototype. */
const KIND_OF_KEY = new Map(FORMS.map(([kind, form]) => [form.key, kind]));
const KIND_KEYS = FORMS.map(([, form]) => form.key);
const orList = (words: readonly string[]) => `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

interface ReadRunbook {
  /** As much of the runbook as could be read; the whole of it when `problems` is empty. */
  runbook: Runbook;
  problems: Problem[];
  lost: Path[];
  leftOut: LeftOutElements;
}

/**
 * A runbook is checked in two layers: its own keys, then each step against
 * the schema of the one kind its key (do, ask, run) says it is, so that a
 * mistake in a step is reported in that kind's terms, not as a failed union.
 * Every problem is found in one pass, and the runbook is read around them:
 * a wrong key is left out, a step that cannot be read keeps its place (so
 * every later step keeps its number and position) as a step that says so.
 * A file the compiled check of the whole runbook passes (runbook-check.ts)
 * has no problem to find: it is read as it is.
 */
function readRunbook(top: Record<string, unknown>, file: SourceFile, idFromName: string): ReadRunbook {
  const steps = top.steps;
  if (Array.isArray(steps) && certainlyValidRunbook(top))
    return {
      runbook: { ...(top as unknown as Omit<Runbook, 'steps'>), steps: steps.map(stepOfValidFile) },
      problems: [],
      lost: [],
      leftOut: new LeftOutElements(),
    };
  const shell = { ...top, steps: Array.isArray(steps) ? steps.map(() => ({ do: 'x' })) : steps };
  const problems = [...validate(schema.Runbook, shell, file).problems];
  const leftOut = new LeftOutElements();
  const lost: Path[] = [];
  const model: Step[] = [];
  if (Array.isArray(steps))
    steps.forEach((step, index) => {
      const path = ['steps', index];
      const found = problems.length;
      const read = readStep(step, path, file, problems, leftOut);
      if (read) {
        model.push(read.step);
        lost.push(...read.lost.map((p) => [...path, ...p]));
        return;
      }
      // The step's first problem, where a person holding the steps can look it up.
      const first = problems[found]!;
      const id = (step as { id?: unknown } | null)?.id;
      model.push({
        kind: 'action',
        do: `This step could not be read (${file.displayPath}:${first.line}:${first.col}): ${first.message}`,
        ...(schema.Id.safeParse(id).success ? { id: id as string } : {}),
      });
      lost.push(path);
    });
  if (problems.length === 0)
    return { runbook: { ...(top as unknown as Omit<Runbook, 'steps'>), steps: model }, problems, lost, leftOut };
  return { runbook: { ...readAround(shell, idFromName, leftOut, lost), steps: model }, problems, lost, leftOut };
}

/**
 * The runbook's own keys without the wrong ones. An id and a title it must
 * have: the file name's id (what people type) and the id stand in for them.
 */
function readAround(
  shell: Record<string, unknown>,
  idFromName: string,
  leftOut: LeftOutElements,
  lost: Path[],
): Omit<Runbook, 'steps'> {
  const id = schema.Id.safeParse(shell.id).success ? (shell.id as string) : idFromName;
  const title = schema.Runbook.shape.title.safeParse(shell.title).success ? (shell.title as string) : id;
  if (id !== shell.id) lost.push(['id']);
  if (title !== shell.title) lost.push(['title']);
  // Stand-ins for what is taken from elsewhere, so that only the other keys can be left out.
  const stand = { ...shell, id: 'x', title: 'x', steps: [{ do: 'x' }] };
  const read = salvage(schema.Runbook, stand, [], leftOut)!;
  lost.push(...read.lost);
  const { steps: _steps, ...rest } = read.value;
  return { ...rest, id, title };
}

/** A step of a file its schema accepted: of the one kind whose key it has. */
function stepOfValidFile(step: Record<string, unknown>): Step {
  const kind = FORMS.find(([, form]) => Object.hasOwn(step, form.key))![0];
  return { kind, ...step } as Step;
}

/** One step, as much of it as could be read; undefined when it cannot stand as a step (its problems say why). */
function readStep(
  step: unknown,
  path: Path,
  file: SourceFile,
  problems: Problem[],
  leftOut: LeftOutElements,
): { step: Step; lost: Path[] } | undefined {
  const index = path[1] as number;
  const problem = (where: Position, message: string): void => {
    problems.push({ file: file.displayPath, ...where, code: 'step-kind', message, path });
  };
  if (step === null || typeof step !== 'object' || Array.isArray(step)) {
    problems.push({
      file: file.displayPath,
      ...file.locate(path),
      code: 'wrong-type',
      message: `steps[${index + 1}]: expected a mapping with ${orList(KIND_KEYS)}, got ${step === null ? 'nothing' : Array.isArray(step) ? 'a list' : 'a single value'}`,
      path,
    });
    return undefined;
  }
  const keys = Object.keys(step);
  const kindKeys = keys.filter((k) => KIND_OF_KEY.has(k));
  if (kindKeys.length === 0) {
    // A misspelled kind key ("doo") is the likeliest cause: point at it.
    const nearKey = keys.find((k) => didYouMean(k, KIND_KEYS));
    const where = nearKey ? file.locate([...path, nearKey], { key: true }) : file.locate(path);
    const hint = nearKey ? `; "${safeLine(nearKey)}" is not one of them${didYouMean(nearKey, KIND_KEYS)}` : '';
    const says = orList(FORMS.map(([, form]) => `${form.says} (${form.key}:)`));
    problem(where, `steps[${index + 1}] has none of ${orList(KIND_KEYS)}; a step says ${says}${hint}`);
    return undefined;
  }
  if (kindKeys.length > 1) {
    problem(
      file.locate([...path, kindKeys[1]!], { key: true }),
      `steps[${index + 1}] has both ${kindKeys[0]} and ${kindKeys[1]}; a step is exactly one kind: split it into two steps`,
    );
    return undefined;
  }
  const kind = KIND_OF_KEY.get(kindKeys[0]!)!;
  const form = STEP_FORMS[kind].schema;
  const checked = validate(form, step, file, path);
  problems.push(...checked.problems);
  // The file's own object, in its own key order (zod's copy follows the schema's): the loader adds only the kind.
  if (checked.value) return { step: { kind, ...step } as Step, lost: [] };
  const read = salvage(form, step, path, leftOut);
  return read && { step: { kind, ...(read.value as object) } as Step, lost: read.lost };
}
