// Loading a library of valid files, or reading journals of valid events,
// needs no zod: the loader says yes to a valid file with the checks written
// out from the schemas (src/library/certainly-valid.ts), the journal reader
// parses an event with the parser written out from the event schemas, and
// only the modules the build bundles apart and loads when a run needs them
// use zod and the schemas: src/library/checked-read.ts for a file with
// problems, src/journal/event-problem.ts for a line that is not an event, and
// lint's reading of journals and of a library's copy of the schemas. A module on the way that
// imports either (other than for types) puts zod back into every bundle that
// loads a library.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
/** Bundled apart (scripts/build.mjs, BUNDLED_APART) and loaded only when a run needs them. */
const APART = [
  'library/checked-read.ts',
  'journal/recovery-records.ts',
  'commands/stale-schemas.ts',
  'journal/event-problem.ts',
];
const ZOD_SCHEMAS = [
  'format/schema.ts',
  'format/exercise-schema.ts',
  'journal/events.ts',
  'journal/review-record-schema.ts',
];

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

/** Every module `from` runs, but those of APART and what only they run, with the package imports of each. */
function reachedFrom(from: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const backlog = [from];
  while (backlog.length > 0) {
    const module = backlog.pop()!;
    if (reached.has(module) || APART.includes(module)) continue;
    const { modules, packages } = runtimeImportsOf(module);
    reached.set(module, packages);
    backlog.push(...modules);
  }
  return reached;
}

describe('loading a library', () => {
  it.each([
    'library/load.ts',
    'library/open.ts',
    'commands/list.ts',
    'commands/show.ts',
    'commands/contacts.ts',
    'commands/lint.ts',
    'commands/incident.ts',
    'commands/resume.ts',
    'commands/status.ts',
    'commands/incidents.ts',
    'commands/report.ts',
  ])('from %s runs neither zod nor a schema but through the modules bundled apart', (from) => {
    const reached = reachedFrom(from);
    // Each of them does load a library.
    expect(reached.has('library/load.ts')).toBe(true);
    const zodUsers = [...reached].filter(([, packages]) => packages.includes('zod')).map(([m]) => m);
    const schemaUsers = ZOD_SCHEMAS.filter((s) => reached.has(s));
    expect(zodUsers).toEqual([]);
    expect(schemaUsers).toEqual([]);
  });

  it('does read files with problems through checked-read.ts, which does use the schemas', () => {
    expect(runtimeImportsOf('library/load.ts').modules).toContain('library/checked-read.ts');
    expect(runtimeImportsOf('library/checked-read.ts').modules).toEqual(
      expect.arrayContaining(['format/schema.ts', 'format/exercise-schema.ts']),
    );
  });

  it('does read a line that is not an event through event-problem.ts, which does use the event schemas', () => {
    expect(runtimeImportsOf('journal/reader.ts').modules).toContain('journal/event-problem.ts');
    expect(runtimeImportsOf('journal/event-problem.ts').modules).toContain('journal/events.ts');
  });

  it('has the build bundle apart each module the test passes over', () => {
    const build = readFileSync(resolve(SRC, '../scripts/build.mjs'), 'utf8');
    for (const module of APART) expect(build, module).toContain(`'src/${module}'`);
  });
});
