// Bundles coop into dist/ with esbuild: the CLI as one script (run by
// bin/coop.js), the lint worker, and one bundle per heavy package in
// src/vendor/ that only some commands load.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Caches written by one build are not trusted by another (src/library/cache.ts).
const hash = createHash('sha256').update(pkg.version);
for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true }).sort(byPath)) {
  if (entry.isFile()) hash.update(relative(root, pathOf(entry))).update(readFileSync(pathOf(entry)));
}
const buildId = hash.digest('hex').slice(0, 16);

/**
 * `--if-changed` (npm test, npm run bench): no build when dist/ is the build
 * of what is there now. On a fresh clone `npm install` has just built it
 * (prepare), and a build is 2 s of a test run that keeps both cores busy.
 * What a build is made of: the sources (buildId), this script, the package
 * and TypeScript settings, and the packages installed (npm rewrites
 * node_modules/.package-lock.json whenever it changes one). dist/.inputs
 * holds that and the size of every file the build wrote, and is written
 * last: a build that failed or was stopped, or a dist/ that lost or changed a
 * file since, is made again.
 */
const dist = join(root, 'dist');
const INPUTS_FILE = join(dist, '.inputs');
const inputs = createHash('sha256').update(buildId);
for (const file of ['scripts/build.mjs', 'package.json', 'tsconfig.json', 'node_modules/.package-lock.json'])
  inputs.update(file).update(readIfThere(join(root, file)));
const inputsId = inputs.digest('hex');
if (process.argv.includes('--if-changed') && readIfThere(INPUTS_FILE) === `${inputsId}\n${filesOf(dist)}`) {
  if (!process.env.COOP_BUILD_QUIET)
    console.error('coop: dist/ is up to date with src/ (npm run build builds it anyway)');
  process.exit(0);
}

/** Every file in `dir` but dist/.inputs, a line each: its path and size. */
function filesOf(dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && pathOf(entry) !== INPUTS_FILE)
      .sort(byPath)
      .map((entry) => `${relative(dir, pathOf(entry))} ${statSync(pathOf(entry)).size}`)
      .join('\n');
  } catch {
    return '';
  }
}

function readIfThere(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function pathOf(entry) {
  return join(entry.parentPath ?? entry.path, entry.name);
}

function byPath(a, b) {
  const [x, y] = [pathOf(a), pathOf(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The yaml parser reads process.env.LOG_TOKENS (and the composer LOG_STREAM)
 * once per token to decide whether to print debugging output. Reading
 * process.env is a call into the runtime each time: measured, about a tenth
 * of a large lint. The bundle is never debugged that way, so those two reads
 * become `false`. If yaml changes that code, the build says so and carries on.
 */
const yamlWithoutDebugLogging = {
  name: 'yaml-without-debug-logging',
  setup(b) {
    b.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source.replace(/node_process\.env\.(LOG_TOKENS|LOG_STREAM)/g, 'false');
      const warnings =
        patched === source
          ? [
              {
                text: `yaml-without-debug-logging: no LOG_TOKENS/LOG_STREAM read found in ${args.path}; lint will be a little slower`,
              },
            ]
          : [];
      return { contents: patched, loader: 'js', warnings };
    });
  },
};

/**
 * js-yaml's readFlowCollection is tried on every node the fast reader meets
 * (src/library/read-events.ts) and first makes a dictionary object
 * (Object.create(null)) for the keys of a mapping, before it looks whether
 * the node is a [ or { collection at all: measured, a quarter of all that a
 * cold lint of 1,000 runbooks allocates. The bundle makes it only once the
 * node is one. If js-yaml changes that code, the build says so and carries on.
 */
const jsYamlFlowKeysWhenNeeded = {
  name: 'js-yaml-flow-keys-when-needed',
  setup(b) {
    b.onLoad({ filter: /[\\/]js-yaml[\\/]dist[\\/]js-yaml\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source.replace(
        /(function readFlowCollection\(state, nodeIndent\) \{[^}]*?)overridableKeys = Object\.create\(null\),([\s\S]*?\} else \{\s*return false;\s*\}\n)/,
        '$1overridableKeys,$2  overridableKeys = Object.create(null);\n',
      );
      const warnings =
        patched === source
          ? [
              {
                text: `js-yaml-flow-keys-when-needed: readFlowCollection not found as expected in ${args.path}; lint will be a little slower`,
              },
            ]
          : [];
      return { contents: patched, loader: 'js', warnings };
    });
  },
};

/**
 * commander requires node:child_process when it loads, for subcommands that
 * are separate programs, which coop never uses. Loading child_process is a
 * few milliseconds of every start-up (measured ~3 ms of `coop --version`), so
 * commander gets a stand-in that loads the real module on first use.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * The width packages build Unicode property tables (CJK scripts, emoji, marks)
 * in regular expressions when they load, which is ICU work at every start
 * (measured: 6M of the 141M instructions of a warm `coop list`). Most text a
 * command measures is printable ASCII, which src/text/wrap.ts measures without
 * them; so wrap.ts gets stand-ins that load the real package the first time
 * text needs it, as the wrapping of `coop show` does.
 */
const LAZY_TEXT_PACKAGES = { 'fast-string-width': 'default', 'fast-wrap-ansi': 'wrapAnsi' };
const lazyTextPackages = {
  name: 'lazy-text-packages',
  setup(b) {
    b.onResolve({ filter: /^fast-(string-width|wrap-ansi)$/ }, (args) =>
      /[\\/]src[\\/]text[\\/]wrap\.ts$/.test(args.importer)
        ? { path: args.path, namespace: 'lazy-package' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => {
      const name = LAZY_TEXT_PACKAGES[args.path];
      const binding = name === 'default' ? 'export default' : `export const ${name} =`;
      return {
        contents: `let real;\n${binding} (...args) => (real ??= require(${JSON.stringify(args.path)})).${name}(...args);\n`,
        loader: 'js',
        resolveDir: root,
      };
    });
  },
};

/**
 * Every module of src/vendor/ wraps a heavy package that only some commands
 * use (prompts, spinner, graph layout): the CLI bundle leaves it out and
 * requires its own small bundle from dist/vendor/ when the code gets there.
 */
const vendorDir = join(root, 'src', 'vendor');
const vendorAsSeparateBundle = {
  name: 'vendor-as-separate-bundle',
  setup(b) {
    b.onResolve({ filter: /[\\/]vendor[\\/][^\\/]+\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (dirname(target) !== vendorDir) return undefined;
      return { path: `./vendor/${basename(target, '.js')}.cjs`, external: true };
    });
  },
};

/**
 * Modules that only some runs need and that bring a heavy package with them,
 * bundled each on its own (dist/<name>.cjs) and loaded on first use: every
 * other bundle gets a stand-in whose functions require the real one on their
 * first call. Every export of such a module must be a function (the stand-in
 * knows no other kind); the build stops if one is not.
 * - src/library/checked-read.ts reads a library file its quick check did not
 *   pass, with zod and the schemas (123 KB of zod alone): a library of valid
 *   files never needs it.
 * - src/journal/recovery-records.ts, lint's reading of the journals (zod and
 *   the event schemas), for a journal folder that holds journals at all.
 * - src/commands/stale-schemas.ts, lint's comparing of a library's own copy
 *   of the schemas with zod's, for a library that has one.
 * - src/journal/event-problem.ts, the event schemas' reading of a journal
 *   line the parser written out from them does not take.
 */
const BUNDLED_APART = [
  'src/library/checked-read.ts',
  'src/journal/recovery-records.ts',
  'src/commands/stale-schemas.ts',
  'src/journal/event-problem.ts',
].map((p) => join(root, p));
const bundledApart = {
  name: 'bundled-apart',
  setup(b) {
    b.onResolve({ filter: /\.js$/ }, (args) => {
      if (args.kind === 'entry-point' || !args.path.startsWith('.')) return undefined;
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return BUNDLED_APART.includes(target) ? { path: target, namespace: 'bundled-apart' } : undefined;
    });
    // The stand-in's require: of the bundle beside the one that runs (bin/coop.js runs every bundle as dist/cli.cjs).
    b.onResolve({ filter: /^\.\/[\w-]+\.cjs$/, namespace: 'bundled-apart' }, (args) => ({
      path: args.path,
      external: true,
    }));
    b.onLoad({ filter: /.*/, namespace: 'bundled-apart' }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const other = source.match(/^export (?!function |interface |type )\S+ \S+/m);
      if (other)
        return { errors: [{ text: `bundled-apart: ${args.path} exports "${other[0]}"; export only functions` }] };
      const names = [...source.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
      return {
        contents: [
          'let real;',
          `const load = () => (real ??= require('./${basename(args.path, '.ts')}.cjs'));`,
          ...names.map((name) => `export const ${name} = (...args) => load().${name}(...args);`),
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/**
 * A command line that names a command runs a bundle of that command alone,
 * dist/commands/<name>.cjs (bin/coop.js picks it; src/main/one-command.ts):
 * the program then declares that one command anyway (src/main/cli.ts), and
 * the bundle leaves every other command's code out. V8 parses every byte of
 * the script it is given, and on a first run (no code cache yet) that was the
 * largest single cost of `coop list` (measured: 104M of 540M instructions for
 * the whole CLI's 665 KB). The whole CLI stays in dist/cli.cjs for the
 * program's help, completion and a word that is no command.
 */
const mainCommandsDir = join(root, 'src', 'main', 'commands');
/** The entry of each command's bundle, made here: `coop-command:<name>` is the program of that command alone. */
const commandEntries = {
  name: 'command-entries',
  setup(b) {
    b.onResolve({ filter: /^coop-command:/ }, (args) => ({
      path: args.path.slice('coop-command:'.length),
      namespace: 'coop-command',
    }));
    b.onLoad({ filter: /.*/, namespace: 'coop-command' }, (args) => ({
      contents: [
        `import * as declared from './commands/${args.path}.js';`,
        "import { programOf } from './one-command.js';",
        `export const { main, isCommandName } = programOf(${JSON.stringify(args.path)}, declared);`,
      ].join('\n'),
      resolveDir: join(root, 'src', 'main'),
      loader: 'ts',
    }));
  },
};
// Every file there declares one command; help and completion are the program's (src/main/program-*.ts).
const commandNames = readdirSync(mainCommandsDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'));

/**
 * One CommonJS file per program rather than ESM chunks: Node 20 loads one
 * script much faster than a graph of modules, and bin/coop.js can hand V8 a
 * code cache for it (measured, `coop list`: 99 ms as 21 ESM chunks, 75 ms as
 * one script with its code cache). The sources stay ESM; import.meta.url is
 * the one ESM-only thing they use.
 */
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.17',
  sourcemap: 'linked',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  // Short local names: a smaller file for every start-up to read and for V8 to
  // pre-parse (dist/cli.cjs 900 KB to 630 KB). Nothing of coop's or of its
  // packages' tells a class or function by its name; errors name themselves
  // (this.name = ...). Stack traces (COOP_DEBUG=1) map back through the .map files.
  minifyIdentifiers: true,
  logLevel: 'warning',
  outExtension: { '.js': '.cjs' },
  // import() of a vendor bundle becomes require(): a script run by bin/coop.js
  // through node:vm has no module loader to import with.
  supported: { 'dynamic-import': false },
  define: {
    __COOP_VERSION__: JSON.stringify(pkg.version),
    __COOP_BUILD_ID__: JSON.stringify(buildId),
    // Made when first read: most runs never read it (it finds the installed files and the workers), and
    // pathToFileURL is a URL parse at every start (measured: 0.9M instructions of a warm `coop list`).
    'import.meta.url': '__coopModule.url',
  },
  banner: {
    js: "let __coopModuleUrl;const __coopModule={get url(){return __coopModuleUrl??=require('node:url').pathToFileURL(__filename).href}};",
  },
};

/**
 * The CLI bundle is a CommonJS module body already wrapped in its function
 * (what Node's require adds at run time): bin/coop.js compiles the file as it
 * is, with its code cache, without first copying the whole file into a wrapped
 * string (measured: 1.5 ms of start-up). It is not meant to be require()d.
 */
const MODULE_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/**
 * The go-kit's scripts run in a phone's browser: the walk (with the same
 * walk engine as the CLI) and the service worker, each one small classic
 * script that `coop export --format kit` puts into the kit with the icons.
 */
const kitBrowser = {
  absWorkingDir: root,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};
const kitDir = join(root, 'src', 'reports', 'kit');

/** sms-segments-calculator's grapheme splitter, replaced (src/text/grapheme-splitter.ts says why). */
const GRAPHEMES = { 'grapheme-splitter': './src/text/grapheme-splitter.ts' };

rmSync(dist, { recursive: true, force: true });
const started = performance.now();
const plugins = [
  yamlWithoutDebugLogging,
  jsYamlFlowKeysWhenNeeded,
  lazyChildProcessForCommander,
  lazyTextPackages,
  vendorAsSeparateBundle,
  bundledApart,
];
await Promise.all([
  build({
    ...common,
    entryPoints: ['src/main/cli.ts'],
    outdir: 'dist',
    plugins,
    banner: { js: `${MODULE_WRAPPER}${common.banner.js}` },
    footer: { js: '})' },
  }),
  // One build for all of them: each source file is read and parsed once, not once a command.
  build({
    ...common,
    entryPoints: commandNames.map((name) => ({ in: `coop-command:${name}`, out: name })),
    outdir: 'dist/commands',
    plugins: [commandEntries, ...plugins],
    // No maps: 0.4 s more of every build (npm test starts with one), and dist/cli.cjs.map maps the same sources.
    sourcemap: false,
    banner: { js: `${MODULE_WRAPPER}${common.banner.js}` },
    footer: { js: '})' },
  }),
  // Where the user's cache folder is and which command runs, for bin/coop.js to find V8's code cache before it loads the CLI.
  build({ ...common, entryPoints: ['src/main/launch.ts'], outdir: 'dist', banner: {}, define: {} }),
  // The lint worker is an entry of its own: worker threads start from a file.
  build({ ...common, entryPoints: ['src/lint/run/lint-worker.ts'], outdir: 'dist', plugins }),
  build({ ...common, entryPoints: ['src/reports/rollup/rollup-worker.ts'], outdir: 'dist', plugins }),
  // The modules bundled apart (bundledApart above), each beside the CLI bundle.
  ...BUNDLED_APART.map((p) =>
    build({ ...common, entryPoints: [relative(root, p)], outfile: `dist/${basename(p, '.ts')}.cjs`, plugins }),
  ),
  build({
    ...common,
    entryPoints: readdirSync(vendorDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/vendor/${f}`),
    outdir: 'dist/vendor',
    plugins: [yamlWithoutDebugLogging],
    alias: GRAPHEMES,
  }),
  build({
    ...kitBrowser,
    entryPoints: ['src/reports/kit/browser/walk-app.ts'],
    outfile: 'dist/kit/walk.js',
    alias: GRAPHEMES,
  }),
  build({ ...kitBrowser, entryPoints: ['src/reports/kit/browser/service-worker.ts'], outfile: 'dist/kit/sw.js' }),
]);
cpSync(join(kitDir, 'icons'), join(root, 'dist', 'kit'), { recursive: true });
writeFileSync(INPUTS_FILE, `${inputsId}\n${filesOf(dist)}`);
if (!process.env.COOP_BUILD_QUIET) console.error(`coop: built dist/ in ${Math.round(performance.now() - started)} ms`);
