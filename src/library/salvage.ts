// What can still be read of a value its schema rejects: the value without the
// parts the schema's issues point at. One mistake then hides neither the rest
// of a file from lint nor a runbook's steps from a person in an outage. The
// problems themselves are validate.ts's; this only decides what is left.
import type * as z from 'zod';
import type { Position } from './problem.js';
import type { Path, SourceFile } from './source-file.js';
import { valueAt } from './value-at.js';

/**
 * List elements left out of the values read from one file, by the path of
 * their list in the file: a value read without its third element still names
 * the file's fourth as its third, and positions must find the fourth.
 */
export class LeftOutElements {
  private readonly byList = new Map<string, number[]>();
  /** Lists added to since they were last sorted: sorted once, when next read, not on every element. */
  private readonly unsorted = new Set<number[]>();

  get empty(): boolean {
    return this.byList.size === 0;
  }

  /** The file's path of a value at `path` of what was read. */
  toFile(path: Path): Path {
    const out: Array<string | number> = [];
    for (const segment of path) {
      if (typeof segment !== 'number') {
        out.push(segment);
        continue;
      }
      let index = segment;
      for (const gone of this.sorted(JSON.stringify(out))) {
        if (gone <= index) index++;
        else break;
      }
      out.push(index);
    }
    return out;
  }

  add(listPath: Path, index: number): void {
    const key = JSON.stringify(listPath);
    const list = this.byList.get(key) ?? [];
    this.byList.set(key, list);
    list.push(index);
    this.unsorted.add(list);
  }

  private sorted(key: string): readonly number[] {
    const list = this.byList.get(key);
    if (!list) return [];
    if (this.unsorted.delete(list)) list.sort((a, b) => a - b);
    return list;
  }
}

/** A file seen through values read with elements left out: positions find the file's own elements. */
export class SalvagedFile implements SourceFile {
  constructor(
    private readonly file: SourceFile,
    private readonly leftOut: LeftOutElements,
  ) {}
  get displayPath(): string {
    return this.file.displayPath;
  }
  get absolutePath(): string {
    return this.file.absolutePath;
  }
  get text(): string {
    return this.file.text;
  }
  locate(path: Path, options?: { key?: boolean }): Position {
    return this.file.locate(this.leftOut.toFile(path), options);
  }
  lineText(line: number): string {
    return this.file.lineText(line);
  }
}

/** The file itself when nothing was left out of a list, else the file seen through what was. */
export function fileFor(file: SourceFile, leftOut: LeftOutElements): SourceFile {
  return leftOut.empty ? file : new SalvagedFile(file, leftOut);
}

export interface Salvaged<T> {
  value: T;
  /** The file's paths of what was left out, relative to the value. */
  lost: Path[];
}

/** Rounds of removal before giving up: each removes what the last left wrong (a required key gone takes its holder). */
const MAX_ROUNDS = 8;

/**
 * `data` (at `base` in its file) without what `schema` rejects: a key it does
 * not know or whose value is wrong is left out; a wrong list element is taken
 * out of its list (and recorded in `leftOut`); a mapping that lacks a
 * required key is left out whole. A list of one written as its one item
 * (`warnings: Do not ...`) is read as that list: what not to do must reach
 * the person even from a file with that mistake (the problem is still said). Undefined when the value itself cannot be
 * had (its own required key is missing or wrong).
 */
export function salvage<S extends z.ZodType>(
  schema: S,
  data: unknown,
  base: Path,
  leftOut: LeftOutElements,
): Salvaged<z.infer<S>> | undefined {
  const current = copyPlain(data);
  const lost: Path[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = schema.safeParse(current);
    // The pruned copy, not zod's: it keeps the file's key order (zod's follows the schema's).
    if (result.success) return { value: current as z.infer<S>, lost };
    const targets: Path[] = [];
    let wrapped = false;
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (
        path.length > 0 &&
        issue.code === 'invalid_type' &&
        issue.expected === 'array' &&
        isItem(valueAt(current, path))
      ) {
        setAt(current, path, [valueAt(current, path)]);
        wrapped = true;
      } else if (issue.code === 'unrecognized_keys') for (const key of issue.keys) targets.push([...path, key]);
      else if (valueAt(current, path) === undefined) targets.push(path.slice(0, -1));
      else targets.push(path);
    }
    if (targets.some((t) => t.length === 0)) return undefined;
    // A wrap moves no index: what else this round found wrong is removed as found; a round that only wrapped checks again.
    if (wrapped && targets.length === 0) continue;
    // Last first, so that no removal moves what another points at.
    const ordered = outermostOnly(targets.sort(comparePaths)).reverse();
    // Every target of a round names the same copy: translate them all before the first removal.
    const inFile = ordered.map((t) => leftOut.toFile([...base, ...t]));
    ordered.forEach((target, i) => {
      const holder = valueAt(current, target.slice(0, -1)) as Record<string | number, unknown> | unknown[];
      const last = target[target.length - 1]!;
      const filePath = inFile[i]!;
      if (Array.isArray(holder) && typeof last === 'number') {
        holder.splice(last, 1);
        leftOut.add(filePath.slice(0, -1), filePath[filePath.length - 1] as number);
      } else delete (holder as Record<string | number, unknown>)[last];
      lost.push(filePath.slice(base.length));
    });
  }
  return undefined;
}

/** A copy of plain data to prune; own keys like "__proto__" stay data (fromEntries defines, never sets). */
function copyPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyPlain);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyPlain(v)]));
  return value;
}

/** A value that could be the one item of a list: text, a number, a yes/no (never a mapping, which may be anything). */
function isItem(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function setAt(data: unknown, path: Path, value: unknown): void {
  const holder = valueAt(data, path.slice(0, -1)) as Record<string | number, unknown>;
  holder[path[path.length - 1]!] = value;
}

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Sorted paths without repeats and without those inside another (gone with
 * it): in sorted order a path's descendants follow it, so the last one kept
 * is the only one to compare with.
 */
function outermostOnly(sorted: Path[]): Path[] {
  const kept: Path[] = [];
  for (const path of sorted) {
    const outer = kept[kept.length - 1];
    if (outer && outer.length <= path.length && outer.every((segment, i) => path[i] === segment)) continue;
    kept.push(path);
  }
  return kept;
}
