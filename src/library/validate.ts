// Checks plain data against a zod schema and turns each issue into a Problem
// that points at the offending value (or key) in its YAML file.
import type * as z from 'zod';
import { safeLine } from '../text/sanitize.js';
import { didYouMean } from '../text/suggest.js';
import type { LoaderCode, Problem } from './problem.js';
import type { Path, SourceFile } from './source-file.js';
import { valueAt } from './value-at.js';

export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: SourceFile,
  basePath: Path = [],
): { value?: z.infer<S>; problems: Problem[] } {
  // jitless: zod would otherwise generate and compile a parser for each object schema on first
  // use (new Function), which no code cache keeps: a cost at every start, larger than the
  // generated code saves on a library (measured: a first `coop list` 542M instructions to 505M;
  // a cold lint of 1,000 runbooks no slower, 1,559 to 1,490 ms CPU).
  const result = schema.safeParse(data, { jitless: true });
  if (result.success) return { value: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    problems.push(...problemsOf(issue, schema, data, file, basePath));
  }
  return { problems: dropExplainedMissingKeys(problems) };
}

function problemsOf(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  data: unknown,
  file: SourceFile,
  basePath: Path,
): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const fullPath = [...basePath, ...path];
  const at = (p: Path, key = false) => ({ file: file.displayPath, ...file.locate(p, { key }) });
  const label = labelOf(fullPath);
  // A message quotes keys and values from the file: one visible line, whatever they hold.
  // `about`: the value the problem concerns, which a missing key's position (its parent) is not.
  const make = (code: LoaderCode, message: string, p: Path = fullPath, key = false, about: Path = p): Problem => ({
    ...at(p, key),
    code,
    message: safeLine(message),
    path: about,
  });

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schemaAt(schema, path));
      const where = label ? ` in ${label}` : '';
      return issue.keys.map((key) =>
        make('unknown-key', `unknown key "${key}"${where}${didYouMean(key, known)}`, [...fullPath, key], true),
      );
    }
    case 'invalid_type': {
      const actual = valueAt(data, path);
      if (actual === undefined) {
        const key = fullPath[fullPath.length - 1];
        const parent = fullPath.slice(0, -1);
        const owner = labelOf(parent);
        return [
          make(
            'wrong-type',
            `missing required key "${String(key)}"${owner ? ` in ${owner}` : ''}`,
            parent,
            false,
            fullPath,
          ),
        ];
      }
      // A number where text belongs (a phone number, a version) is text once quoted: say how.
      const quote =
        issue.expected === 'string' && typeof actual === 'number' ? `; put it in quotes, like "${actual}"` : '';
      return [
        make(
          'wrong-type',
          `${label || 'the file'}: expected ${expectedName(issue.expected)}, got ${describe(actual)}${quote}`,
        ),
      ];
    }
    case 'invalid_value': {
      const actual = valueAt(data, path);
      const options = issue.values.map(String);
      return [
        make(
          'invalid-value',
          `${label}: "${String(actual)}" is not one of ${options.join(', ')}${didYouMean(String(actual), options)}`,
        ),
      ];
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      return [make('invalid-value', `${label}: ${issueMessage(issue, valueAt(data, path))}`)];
    default:
      return [make('wrong-type', `${label || 'the file'}: ${issue.message}`)];
  }
}

/**
 * "titel" misspelled gives two issues: an unknown key, and a missing "title".
 * The first already says `did you mean "title"?`: report only that one.
 */
function dropExplainedMissingKeys(problems: Problem[]): Problem[] {
  const suggested = new Set(
    problems
      .filter((p) => p.code === 'unknown-key')
      .map((p) => /did you mean "([^"]+)"\?$/.exec(p.message)?.[1])
      .filter(Boolean),
  );
  if (suggested.size === 0) return problems;
  return problems.filter((p) => {
    const missing = /^missing required key "([^"]+)"/.exec(p.message)?.[1];
    return !(p.code === 'wrong-type' && missing && suggested.has(missing));
  });
}

function issueMessage(issue: z.core.$ZodIssue, actual: unknown): string {
  const shown = typeof actual === 'string' ? `"${actual}" ` : '';
  if (issue.code === 'too_small' && issue.origin === 'number')
    return `${String(actual)} is too small (at least ${String(issue.minimum)})`;
  if (issue.code === 'too_big' && issue.origin === 'number')
    return `${String(actual)} is too large (at most ${String(issue.maximum)})`;
  if (issue.code === 'too_small' && issue.origin === 'array') return issue.message;
  return `${shown}${issue.message}`;
}

/** `steps[2].next`, as a person would point at it. */
export function labelOf(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p + 1}]` : out ? `.${p}` : p;
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value} (a yes/no value; quote it to make it text)`;
    case 'object':
      return 'a mapping of keys';
    default:
      return typeof value;
  }
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of keys';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    default:
      return expected;
  }
}

// zod keeps a schema's parts in `_zod.def`: walk it to find which keys an
// object at some path knows, for "did you mean".
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
};
function defOf(schema: z.ZodType | undefined): Def | undefined {
  return (schema as unknown as { _zod?: { def: Def } } | undefined)?._zod?.def;
}
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  for (let i = 0; i < 8; i++) {
    const def = defOf(s);
    if (def && (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType)
      s = def.innerType;
    else break;
  }
  return s;
}
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(schema);
  for (const p of path) {
    const def = defOf(s);
    if (!def) return undefined;
    if (def.type === 'object' && typeof p === 'string') s = unwrap(def.shape?.[p]);
    else if (def.type === 'array') s = unwrap(def.element);
    else return undefined;
  }
  return s;
}
function knownKeys(schema: z.ZodType | undefined): string[] {
  const def = defOf(schema);
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
