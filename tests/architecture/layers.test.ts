// The folders of src/ are layers, lowest first: a module imports only from its
// own layer or the layers below it, and no two modules import each other,
// even through others. docs/DEVELOPING.md says what each layer is for.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAYERS = [
  'text',
  'system',
  'format',
  'library',
  'render',
  'journal',
  'lint',
  'walk',
  'reports',
  'edit',
  'commands',
  'main',
] as const;
/** Wrappers of heavy packages, bundled apart (scripts/build.mjs): any layer may load them; they import nothing of coop's. */
const VENDOR = 'vendor';

const SRC = resolve(import.meta.dirname, '../../src');
const modules = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.split('\\').join('/'));

/** Every relative import of a module (static, dynamic and type-only), as paths under src/ ending in .ts. */
function importsOf(module: string): string[] {
  const text = readFileSync(join(SRC, module), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)) {
    found.push(
      relative(SRC, resolve(dirname(join(SRC, module)), m[1]!))
        .split('\\')
        .join('/')
        .replace(/\.js$/, '.ts'),
    );
  }
  return found;
}

const layerOf = (module: string) => module.split('/')[0]!;
const graph = new Map(modules.map((m) => [m, importsOf(m)]));

describe('the layers of src/', () => {
  it('has a layer for every folder', () => {
    const folders = new Set(modules.map(layerOf));
    expect([...folders].filter((f) => f !== VENDOR && !(LAYERS as readonly string[]).includes(f))).toEqual([]);
  });

  it('imports only downwards', () => {
    const upward: string[] = [];
    for (const [module, imports] of graph) {
      const own = layerOf(module);
      for (const target of imports) {
        const theirs = layerOf(target);
        if (own === VENDOR) upward.push(`${module} -> ${target} (vendor modules import nothing of coop's)`);
        else if (theirs !== VENDOR && LAYERS.indexOf(theirs as never) > LAYERS.indexOf(own as never))
          upward.push(`${module} (${own}) -> ${target} (${theirs})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('resolves every import to a module of src/', () => {
    const missing = [...graph].flatMap(([module, imports]) =>
      imports.filter((t) => !graph.has(t)).map((t) => `${module} -> ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no import cycles', () => {
    // Tarjan's strongly connected components: a component of more than one module is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    let counter = 0;
    const visit = (v: string) => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!graph.has(w)) continue;
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const m of graph.keys()) if (!index.has(m)) visit(m);
    expect(cycles).toEqual([]);
  });
});
