// Loading a library of valid files needs no zod: the loader says yes to a
// valid file with the checks written out from the schemas
// (src/library/certainly-valid.ts), and only src/library/checked-read.ts,
// which the build bundles apart and loads when a file needs it, uses zod and
// the schemas. A module on the loader's way that imports either (other than
// for types) puts zod back into every bundle that loads a library.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
/** Loaded apart, only for a file the quick check does not pass. */
const APART = 'library/checked-read.ts';
const ZOD_SCHEMAS = ['format/schema.ts', 'format/exercise-schema.ts'];

/** The modules a module runs: its imports (static and dynamic) that are not only for types. */
function runtimeImportsOf(module: string): { modules: string[]; packages: string[] } {
  const text = readFileSync(join(SRC, module), 'utf8');
  const specifiers = [
    ...[...text.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)].map((m) => m[1]!),
    ...[...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!),
  ];
  const modules = specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) =>
      relative(SRC, resolve(dirname(join(SRC, module)), s))
        .split('\\')
        .join('/')
        .replace(/\.js$/, '.ts'),
    );
  return { modules, packages: specifiers.filter((s) => !s.startsWith('.') && !s.startsWith('node:')) };
}

/** Every module `from` runs, but APART and what only it runs, with the package imports of each. */
function reachedFrom(from: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const backlog = [from];
  while (backlog.length > 0) {
    const module = backlog.pop()!;
    if (reached.has(module) || module === APART) continue;
    const { modules, packages } = runtimeImportsOf(module);
    reached.set(module, packages);
    backlog.push(...modules);
  }
  return reached;
}

describe('loading a library', () => {
  it.each(['library/load.ts', 'library/open.ts', 'commands/list.ts', 'commands/show.ts', 'commands/contacts.ts'])(
    'from %s runs neither zod nor the schemas but through checked-read.ts',
    (from) => {
      const reached = reachedFrom(from);
      // Each of them does load a library.
      expect(reached.has('library/load.ts')).toBe(true);
      const zodUsers = [...reached].filter(([, packages]) => packages.includes('zod')).map(([m]) => m);
      const schemaUsers = ZOD_SCHEMAS.filter((s) => reached.has(s));
      expect(zodUsers).toEqual([]);
      expect(schemaUsers).toEqual([]);
    },
  );

  it('does read files with problems through checked-read.ts, which does use the schemas', () => {
    expect(runtimeImportsOf('library/load.ts').modules).toContain(APART);
    expect(runtimeImportsOf(APART).modules).toEqual(expect.arrayContaining(ZOD_SCHEMAS));
  });
});
