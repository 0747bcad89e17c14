// The loader's reading of a file its quick check did not pass
// (certainly-valid.ts): the zod schemas find and word every problem, and the
// file is read around them. Only such a file needs zod and the schemas, so the
// build puts this module and what it imports in a bundle of its own
// (dist/checked-read.cjs, scripts/build.mjs), loaded the first time a file
// needs it: a library of valid files starts without it.
//
// Every export is a function (the build's stand-in calls them by name), and
// what they return is plain data and SourceFiles.
import type * as z from 'zod';
import * as schema from '../format/schema.js';
import * as exerciseSchema from '../format/exercise-schema.js';
import type { Runbook, Step, StepKind } from '../format/model.js';
import type { Exercise, Improvement } from '../format/exercise-schema.js';
import type { Config, Contact, System } from '../format/schema.js';
import type { Loaded } from './library.js';
import type { Position, Problem } from './problem.js';
import { fileFor, LeftOutElements, salvage } from './salvage.js';
import type { Path, SourceFile } from './source-file.js';
import { STEP_FORMS } from './step-keys.js';
import { touchesFlow, touchesSteps } from './touches-steps.js';
import { validate } from './validate.js';
import { safeLine } from '../text/sanitize.js';
import { didYouMean } from '../text/suggest.js';

/** What the schemas found in one file, and what could be read of it. */
export interface CheckedItems<T> {
  problems: Problem[];
  items: Loaded<T>[];
  /** Ids written on items that could not be read at all: not "unknown" to lint. */
  brokenIds: string[];
}

/** The item lists of the shared files, with the schema of the file and of one item. */
const LISTS = {
  contacts: { top: schema.ContactsFile, item: schema.Contact },
  systems: { top: schema.SystemsFile, item: schema.System },
  improvements: { top: exerciseSchema.ImprovementsFile, item: exerciseSchema.Improvement },
} as const;
type ListKey = keyof typeof LISTS;
/** What one item of each list is. */
export interface ItemOf {
  contacts: Contact;
  systems: System;
  improvements: Improvement;
}

/**
 * Contacts, systems and improvements are checked one item at a time, so one
 * bad entry does not hide the rest (and does not make every reference to them
 * "unknown"); an entry with a wrong field is kept without it, so a bad date
 * does not take a phone number away.
 */
export function checkItems<K extends ListKey>(
  top: Record<string, unknown>,
  file: SourceFile,
  listKey: K,
): CheckedItems<ItemOf[K]> {
  const { top: topSchema, item: itemSchema } = LISTS[listKey] as unknown as {
    top: z.ZodType;
    item: z.ZodType<ItemOf[K]>;
  };
  const list = top[listKey];
  // Check the file's own keys with the list replaced by an empty one; the items follow.
  const shell = { ...top, [listKey]: Array.isArray(list) ? [] : list };
  const problems = [...validate(topSchema, shell, file).problems];
  const out: CheckedItems<ItemOf[K]> = { problems, items: [], brokenIds: [] };
  if (!Array.isArray(list)) return out;
  list.forEach((raw, index) => {
    const path = [listKey, index];
    const checked = validate(itemSchema, raw, file, path);
    problems.push(...checked.problems);
    // The file's own object, in its own key order (zod's copy follows the schema's), as for a valid file.
    if (checked.value) {
      out.items.push({ value: raw as ItemOf[K], file, path });
      return;
    }
    const leftOut = new LeftOutElements();
    const read = salvage(itemSchema, raw, path, leftOut);
    if (read) out.items.push({ value: read.value, file: fileFor(file, leftOut), path, lost: read.lost });
    else {
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') out.brokenIds.push(id);
    }
  });
  return out;
}

/** coop.yaml's problems; its value when it has none that stop it being read. */
export function checkConfig(top: Record<string, unknown>, file: SourceFile): { value?: Config; problems: Problem[] } {
  const checked = validate(schema.Config, top, file);
  return { problems: checked.problems, ...(checked.value ? { value: top as Config } : {}) };
}

/** An exercise file's problems; its value when it has none (a file with a problem is left out whole). */
export function checkExercise(
  top: Record<string, unknown>,
  file: SourceFile,
): { value?: Exercise; problems: Problem[] } {
  const checked = validate(exerciseSchema.Exercise, top, file);
  const whole = checked.value && checked.problems.length === 0;
  return { problems: checked.problems, ...(whole ? { value: top as Exercise } : {}) };
}

/** The schema of each kind's fields, as a file writes them (no `kind`: the file has none). */
type FieldsOf<K extends StepKind> = Omit<Extract<Step, { kind: K }>, 'kind'>;
const STEP_SCHEMAS: { [K in StepKind]: z.ZodType<FieldsOf<K>> } = {
  action: schema.ActionStep,
  decision: schema.DecisionStep,
  check: schema.CheckStep,
};
/** A Map, not an object: `'constructor' in {...}` is true through the prototype. */
const KIND_OF_KEY = new Map(STEP_FORMS.map(([kind, form]) => [form.key, kind]));
const KIND_KEYS = STEP_FORMS.map(([, form]) => form.key);
/** The keys of a step that say its kind (do, ask, run): one for a step that is readable as a kind. */
const kindKeysOf = (step: object): string[] => Object.keys(step).filter((k) => KIND_OF_KEY.has(k));
const orList = (words: readonly string[]) => `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;

export interface CheckedRunbook {
  /** As much of the runbook as could be read; the whole of it when `problems` is empty. */
  runbook: Runbook;
  /** Each marked with whether it stops a walk (touches-steps.ts). */
  problems: Problem[];
  lost: Path[];
  /** The file, seen through what was left out of the runbook. */
  file: SourceFile;
}

/**
 * A runbook is checked in two layers: its own keys, then each step against
 * the schema of the one kind its key (do, ask, run) says it is, so that a
 * mistake in a step is reported in that kind's terms, not as a failed union.
 * Every problem is found in one pass, and the runbook is read around them:
 * a wrong key is left out, a step that cannot be read keeps its place (so
 * every later step keeps its number and position) as a step that says so.
 */
export function checkRunbook(top: Record<string, unknown>, file: SourceFile, idFromName: string): CheckedRunbook {
  const steps = top.steps;
  const shell = { ...top, steps: Array.isArray(steps) ? steps.map(() => ({ do: 'x' })) : steps };
  const problems = [...validate(schema.Runbook, shell, file).problems];
  const leftOut = new LeftOutElements();
  const lost: Path[] = [];
  const model: Step[] = [];
  // The problems of steps whose place holder could not keep where they lead.
  const flowLost = new Set<Problem>();
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
      const holder = placeHolder(
        step,
        `This step could not be read (${file.displayPath}:${first.line}:${first.col}): ${first.message}`,
      );
      model.push(holder.step);
      if (!holder.flowKept) for (const problem of problems.slice(found)) flowLost.add(problem);
      lost.push(path);
    });
  const runbook =
    problems.length === 0
      ? { ...(top as unknown as Omit<Runbook, 'steps'>), steps: model }
      : { ...readAround(shell, idFromName, leftOut, lost), steps: model };
  const idUsable = schema.Id.safeParse(runbook.id).success;
  for (const problem of problems) {
    problem.touchesSteps = touchesSteps(problem, idUsable);
    problem.touchesFlow = flowLost.has(problem) || touchesFlow(problem);
  }
  return { runbook, problems, lost, file: fileFor(file, leftOut) };
}

/**
 * What stands in the place of a step that could not be read: an action that
 * says so. It keeps the step's id and where it leads, when those are sound,
 * so that lint's flow rules can judge the runbook around it in the same run:
 * an action's next, a decision's choices (as a decision whose question is the
 * same words). A check's outcomes are not kept: a place holder never runs a command.
 */
function placeHolder(step: unknown, says: string): { step: Step; flowKept: boolean } {
  const fields =
    step !== null && typeof step === 'object' && !Array.isArray(step) ? (step as Record<string, unknown>) : {};
  const idSound = fields.id === undefined || schema.Id.safeParse(fields.id).success;
  const id = fields.id !== undefined && idSound ? { id: fields.id as string } : {};
  const kinds = kindKeysOf(fields);
  const kind = kinds.length === 1 ? KIND_OF_KEY.get(kinds[0]!) : undefined;
  if (idSound && kind === 'decision') {
    const choices = CHOICES.safeParse(fields.choices);
    if (choices.success) return { step: { kind: 'decision', ask: says, choices: choices.data, ...id }, flowKept: true };
  }
  const action: Step = { kind: 'action', do: says, ...id };
  if (idSound && kind === 'action') {
    if (fields.next === undefined) return { step: action, flowKept: true };
    const next = schema.StepRef.safeParse(fields.next);
    if (next.success) return { step: { ...action, next: next.data }, flowKept: true };
  }
  return { step: action, flowKept: false };
}

const CHOICES = schema.Choice.array().min(1);

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
  const kindKeys = kindKeysOf(step);
  if (kindKeys.length === 0) {
    // A misspelled kind key ("doo") is the likeliest cause: point at it.
    const nearKey = keys.find((k) => didYouMean(k, KIND_KEYS));
    const where = nearKey ? file.locate([...path, nearKey], { key: true }) : file.locate(path);
    const hint = nearKey ? `; "${safeLine(nearKey)}" is not one of them${didYouMean(nearKey, KIND_KEYS)}` : '';
    const says = orList(STEP_FORMS.map(([, form]) => `${form.says} (${form.key}:)`));
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
  const form = STEP_SCHEMAS[kind];
  const checked = validate(form, step, file, path);
  problems.push(...checked.problems);
  // The file's own object, in its own key order (zod's copy follows the schema's): the loader adds only the kind.
  if (checked.value) return { step: { kind, ...step } as Step, lost: [] };
  const read = salvage(form, step, path, leftOut);
  return read && { step: { kind, ...(read.value as object) } as Step, lost: read.lost };
}
