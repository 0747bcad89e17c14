// Writes zod's own compiled checks of coop's schemas out as source code:
// - src/format/schema-checks.generated.ts: the assert-only check of each
//   library file's schema (src/format/schema.ts, exercise-schema.ts);
// - src/journal/record-parsers.generated.ts: the parsers of a journal line's
//   event (src/journal/events.ts) and of a review record
//   (src/journal/review-record-schema.ts), which give the value as zod's
//   parse does.
//
// Why: a valid file needs only a yes, and a valid event only its parse. zod
// compiles those with `new Function` when a process first asks, which no code
// cache keeps, and building the schemas means loading zod (123 KB of every
// bundle that loads a library or reads a journal) and constructing every
// schema at each start. With the checks written out here, coop reads valid
// files and journals without zod, and loads zod and the schemas (bundled
// apart, scripts/build.mjs) only for a file or a line they do not pass, to
// find and word its problems.
//
// Run it after changing a schema: tests/library/schema-checks.test.ts and
// tests/journal/record-parsers.test.ts fail until you do, and also hold each
// check to its schema.
//
// How: the schemas are bundled (they are TypeScript) with zod left out, so
// they and this script share one zod. zod builds a check as
// `new Function(...constantNames, body)` and calls that with the constants'
// values (regular expressions, sets of allowed words, a few helpers); this
// script watches that call to learn both, and writes each constant as source:
// coop's own values as imports of the module that exports them, zod's helpers
// as their source (checked against zod's own on sample input before they are
// written), the rest as literals. A constant it cannot write stops it.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The files written: where, what each export is compiled from (a module of
 * SOURCES and its export), whether it only says yes (assert-only) or parses,
 * and coop's modules whose exports a check may use (a constant that is one of
 * them is imported from there, relative to the file).
 */
export const GENERATED = [
  // zod's helpers that the checks call, and INVALID, once for both files below.
  { file: 'src/format/zod-helpers.generated.ts', helpers: true },
  {
    file: 'src/format/schema-checks.generated.ts',
    helpersFrom: './zod-helpers.generated.js',
    assertOnly: true,
    checks: {
      runbook: 'schema.Runbook',
      contactsFile: 'schema.ContactsFile',
      systemsFile: 'schema.SystemsFile',
      config: 'schema.Config',
      exercise: 'exercise.Exercise',
      improvementsFile: 'exercise.ImprovementsFile',
    },
    own: { values: './values.js', scenarioTime: './scenario-time.js' },
  },
  {
    file: 'src/journal/record-parsers.generated.ts',
    helpersFrom: '../format/zod-helpers.generated.js',
    assertOnly: false,
    checks: { journalEvent: 'events.JournalEvent', reviewRecord: 'reviewRecord.ReviewRecord' },
    own: {},
  },
];

/** The modules the schemas come from, and those whose exports a check may use. */
const SOURCES = {
  schema: 'src/format/schema.ts',
  exercise: 'src/format/exercise-schema.ts',
  events: 'src/journal/events.ts',
  reviewRecord: 'src/journal/review-record-schema.ts',
  values: 'src/format/values.ts',
  scenarioTime: 'src/format/scenario-time.ts',
};

/** The text of one generated file (an entry of GENERATED) for the schemas as they are now. */
export async function generatedSource(entry) {
  const { modules, zod } = await loadSchemas();
  if (entry.helpers) return helpersFileSource(zod);
  const imports = new Map(); // module path -> names
  const helpers = new Map(); // names of the helpers the checks call
  const own = Object.fromEntries(Object.entries(entry.own).map(([m, path]) => [path, modules[m]]));
  const checks = [];
  for (const [name, path] of Object.entries(entry.checks)) {
    const [module, exported] = path.split('.');
    const { names, values, body } = compiledParts(zod, modules[module][exported], entry.assertOnly);
    const args = values.map((value, i) => constantSource(value, names[i], { own, zod, imports, helpers }));
    const says = entry.assertOnly ? 'INVALID, or true for a valid value' : 'INVALID, or the value as zod parses it';
    checks.push(
      `/** ${SOURCES[module]} ${exported}: ${says}. */`,
      `export const ${name}: (input: unknown) => unknown = ((${names.join(', ')}) => {\n  ${body.trim()}\n})(${args.join(', ')});`,
      '',
    );
  }
  const importLines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => `import { ${[...names].sort().join(', ')} } from '${module}';`);
  const what = entry.assertOnly
    ? [
        'Each check is the code zod compiles for `z.compile(schema)`, assert-only:',
        'it returns true for a value the schema accepts, and INVALID for one it',
        'may not (then ask the schema itself, which says what is wrong).',
      ]
    : [
        'Each check is the code zod compiles for `z.compile(schema)`, as a parser:',
        "it returns the value as zod's parse gives it (unknown keys left out), and",
        'INVALID for one it may not take (then ask the schema itself, which says what is wrong).',
      ];
  const fromHelpers = ['INVALID', ...[...helpers.keys()].sort()];
  return [
    ...header(zod, what),
    `import { ${fromHelpers.join(', ')} } from '${entry.helpersFrom}';`,
    ...importLines,
    '',
    "/** What a check returns for a value it does not pass (zod's own symbol). */",
    'export { INVALID };',
    '',
    ...checks,
  ].join('\n');
}

function header(zod, what) {
  return [
    '// Generated by scripts/gen-checks.mjs from the zod schemas: do not edit; run',
    '// `node scripts/gen-checks.mjs` after changing a schema.',
    ...what.map((line) => `// ${line}`),
    `// zod ${zod.version}.`,
    '// @ts-nocheck',
  ];
}

/** The helpers file: INVALID and every helper of ZOD_HELPERS, each written out once. */
function helpersFileSource(zod) {
  const what = [
    "What zod's compiled checks call (zod's own helpers, written out and held",
    "to zod's on sample input) and return (INVALID), for the checks of",
    'src/format/schema-checks.generated.ts and src/journal/record-parsers.generated.ts.',
  ];
  return [
    ...header(zod, what),
    '',
    "/** What a check returns for a value it does not pass (zod's own symbol). */",
    "export const INVALID: unique symbol = Symbol.for('zod.compile.invalid') as never;",
    '',
    ...ZOD_HELPERS.map((helper) => helperSource(helper, zod)),
  ].join('\n');
}

/** The constants and the body of the function zod compiles for `schema`. */
function compiledParts(zod, schema, assertOnly) {
  const RealFunction = globalThis.Function;
  let made;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args) {
      const factory = Reflect.construct(target, args);
      const parts = { names: args.slice(0, -1), body: args.at(-1) };
      return (...values) => {
        made = { ...parts, values };
        return factory(...values);
      };
    },
  });
  try {
    zod.core.compileFn(schema, { assertOnly });
  } finally {
    globalThis.Function = RealFunction;
  }
  if (!made || !/^return \(input\) => \{\n[\s\S]*\n\}$/.test(made.body))
    throw new Error('gen-checks: zod no longer compiles a check as new Function(...names, "return (input) => {...}")');
  if (made.names[0] !== 'INVALID') throw new Error("gen-checks: zod's first constant is no longer INVALID");
  // The outer function takes the constants; INVALID is the module's own (the same symbol: Symbol.for).
  return {
    names: made.names.slice(1),
    values: made.values.slice(1),
    body: made.body,
  };
}

/** Source for one constant of a compiled check; records the imports and helpers it needs. */
function constantSource(value, name, { own, zod, imports, helpers }) {
  for (const [module, exports] of Object.entries(own)) {
    for (const [exported, v] of Object.entries(exports)) {
      if (v !== value) continue;
      if (!imports.has(module)) imports.set(module, new Set());
      imports.get(module).add(exported);
      return exported;
    }
  }
  if (value instanceof RegExp) return value.toString();
  if (value instanceof Set && [...value].every((v) => typeof v === 'string'))
    return `new Set(${JSON.stringify([...value])})`;
  if (value === Object.prototype.propertyIsEnumerable) return 'Object.prototype.propertyIsEnumerable';
  if (typeof value === 'function') {
    const helper = ZOD_HELPERS.find((h) => h.matches(value, zod));
    if (helper) {
      helpers.set(helper.name, true);
      return helper.name;
    }
  }
  throw new Error(`gen-checks: cannot write constant ${name} (${typeof value} ${value?.constructor?.name ?? ''})`);
}

/** What each helper written out is held to zod's own on. */
const SAMPLE_STRINGS = ['', 'abc', '\u{1F600}x', 'a\uD800', '\uDC00b', 'é'.repeat(5), '\u{1F600}'.repeat(3)];
const SAMPLE_VALUES = [
  null,
  undefined,
  1,
  'x',
  [],
  {},
  Object.create(null),
  new Date(0),
  new Map(),
  { constructor: 1 },
];
/**
 * zod's helpers a compiled check calls, written out: their own source, with
 * what they refer to at the top of zod's util.js. Each is held to zod's on
 * sample input before it is written.
 */
const ZOD_HELPERS = [
  {
    name: 'codePointLength',
    of: (zod) => zod.core.util.codePointLength,
    matches: (value, zod) => value === zod.core.util.codePointLength,
    prelude: ['const highSurrogate = /[\\uD800-\\uDBFF]/;'],
    samples: SAMPLE_STRINGS,
  },
  {
    name: 'isPlainObject',
    of: (zod) => zod.core.util.isPlainObject,
    matches: (value, zod) => value === zod.core.util.isPlainObject,
    prelude: (zod) => [zod.core.util.isObject.toString()],
    samples: SAMPLE_VALUES,
  },
  {
    // Called only when a refinement returns a promise: coop's are all synchronous.
    name: 'throwAsync',
    // zod's own is not exported: known by its name.
    matches: (value) => value.name === 'throwAsync',
    source: "function throwAsync() {\n  throw new Error('a check of a coop schema returned a promise');\n}",
    samples: [],
  },
];

/** One helper as the helpers file exports it (what it refers to beside it), held to zod's own first. */
function helperSource(helper, zod) {
  if (helper.source) return `export ${helper.source}\n`;
  const prelude = typeof helper.prelude === 'function' ? helper.prelude(zod) : helper.prelude;
  const own = helper.of(zod).toString();
  const written = new Function(`${[...prelude, own].join('\n')}\nreturn ${helper.name};`)();
  for (const sample of helper.samples) {
    if (written(sample) !== helper.of(zod)(sample))
      throw new Error(`gen-checks: zod's ${helper.name} written out differs from zod's on ${JSON.stringify(sample)}`);
  }
  return `// zod's ${helper.name}, as its util.js has it.\n${[...prelude, `export ${own}`].join('\n')}\n`;
}

/** The modules of SOURCES, bundled from TypeScript with zod left out, and the zod they were built with. */
let loaded;
async function loadSchemas() {
  loaded ??= bundleSchemas();
  return loaded;
}

async function bundleSchemas() {
  const folder = join(root, 'node_modules', '.cache', 'coop-gen-checks');
  mkdirSync(folder, { recursive: true });
  const out = join(folder, `schemas-${process.pid}-${Date.now()}.mjs`);
  const entry = Object.entries(SOURCES)
    .map(([name, path]) => `export * as ${name} from './${path}';`)
    .join('\n');
  try {
    await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      external: ['zod'],
      outfile: out,
      logLevel: 'warning',
    });
    const modules = await import(pathToFileURL(out).href);
    const zod = await import('zod');
    const { version } = (await import('zod/package.json', { with: { type: 'json' } })).default;
    return { modules, zod: { core: zod.core, version } };
  } finally {
    rmSync(out, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const entry of GENERATED) {
    writeFileSync(join(root, entry.file), await generatedSource(entry));
    console.error(`gen-checks: wrote ${entry.file}`);
  }
}
