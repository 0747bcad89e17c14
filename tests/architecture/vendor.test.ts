// A package wrapped in src/vendor/ is bundled on its own and loaded only when
// used (scripts/build.mjs): a module elsewhere that imports it directly puts
// the whole package back into the CLI bundle that every start-up reads and
// compiles. Types may come from the package itself; they leave no code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const read = (path: string) => readFileSync(join(SRC, path), 'utf8');
const packagesIn = (source: string) => [...source.matchAll(/from '((?:@[^/']+\/)?[^./'][^']*)'/g)].map((m) => m[1]!);

const wrapped = new Set(
  readdirSync(join(SRC, 'vendor'))
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => packagesIn(read(join('vendor', f)))),
);
const modules = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.ts') && !f.startsWith('vendor/'));

describe('packages wrapped in src/vendor/', () => {
  it('are imported, other than for their types, only through their wrapper', () => {
    const direct = modules.flatMap((path) =>
      [...read(path).matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)]
        .map((m) => m[1]!)
        .filter((name) => wrapped.has(name))
        .map((name) => `${path} imports ${name}`),
    );
    expect(wrapped.has('yaml')).toBe(true);
    expect(direct).toEqual([]);
  });
});
