// The differential check of the two readers (src/library/read-events.ts
// against yaml, src/library/read-yaml.ts): where the fast reader reads a
// text at all, yaml must read it without a problem, to the same data, and
// every value and key must be located at the same line and column.
import { isDeepStrictEqual } from 'node:util';
import { readWithEvents } from '../../src/library/read-events.js';
import { readWithYaml } from '../../src/library/read-yaml.js';
import { YamlSourceFile } from '../../src/library/yaml-source-file.js';
import type { Path } from '../../src/library/source-file.js';

export interface Reading {
  /** False when the fast reader left the text to yaml (nothing to compare). */
  fast: boolean;
  /** What differs, one line each; empty when the readers agree. */
  differences: string[];
  /** Paths whose positions were compared. */
  paths: number;
}

export function compareReaders(text: string): Reading {
  const fast = readWithEvents(text);
  if (!fast) return { fast: false, differences: [], paths: 0 };
  const reference = readWithYaml(text, '/f.yaml', 'f.yaml');
  if (reference.problems.length > 0)
    return {
      fast: true,
      paths: 0,
      differences: reference.problems.map(
        (p) => `yaml refuses what the fast reader read: ${p.line}:${p.col} ${p.message}`,
      ),
    };
  const differences: string[] = [];
  if (!isDeepStrictEqual(fast.data, reference.data))
    differences.push(`data: ${JSON.stringify(fast.data)} != yaml's ${JSON.stringify(reference.data)}`);
  const fastFile = new YamlSourceFile('f.yaml', '/f.yaml', text, fast.ranges);
  const paths = pathsOf(reference.data);
  for (const path of paths) {
    for (const key of [false, true]) {
      const mine = fastFile.locate(path, { key });
      const theirs = reference.file!.locate(path, { key });
      if (!isDeepStrictEqual(mine, theirs))
        differences.push(
          `${JSON.stringify(path)}${key ? ' (key)' : ''}: ${JSON.stringify(mine)} != yaml's ${JSON.stringify(theirs)}`,
        );
    }
  }
  return { fast: true, differences, paths: paths.length };
}

/** Every path into the data, and one that runs past it under each collection. */
function pathsOf(data: unknown): Path[] {
  const out: Path[] = [[]];
  const stack: Array<{ value: unknown; path: Path }> = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        out.push([...path, i]);
        stack.push({ value: item, path: [...path, i] });
      });
      out.push([...path, value.length]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        out.push([...path, key]);
        stack.push({ value: item, path: [...path, key] });
      }
      out.push([...path, 'no-such-key', 0]);
    }
  }
  return out;
}
