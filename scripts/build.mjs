// Bundles src/cli.ts into dist/ with esbuild: one ESM entry plus a chunk per
// lazily imported command, so start-up loads only what the command needs.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Caches written by one build are not trusted by another (src/library/cache.ts).
const hash = createHash('sha256').update(pkg.version);
for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
  if (entry.isFile()) hash.update(entry.name).update(readFileSync(join(entry.parentPath ?? entry.path, entry.name)));
}
const buildId = hash.digest('hex').slice(0, 16);

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
      const warnings = patched === source ? [{ text: `yaml-without-debug-logging: no LOG_TOKENS/LOG_STREAM read found in ${args.path}; lint will be a little slower` }] : [];
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
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
const started = performance.now();
await build({
  absWorkingDir: root,
  // The lint worker is an entry of its own: worker threads start from a file.
  entryPoints: ['src/cli.ts', 'src/lint/lint-worker.ts'],
  outdir: 'dist',
  // Flat: the worker sits beside the chunks that start it (new URL('./lint-worker.js', import.meta.url)).
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [yamlWithoutDebugLogging, lazyChildProcessForCommander],
  define: { __COOP_VERSION__: JSON.stringify(pkg.version), __COOP_BUILD_ID__: JSON.stringify(buildId) },
  // commander is CommonJS: inside an ESM bundle it needs a `require`.
  banner: { js: "import { createRequire as __coopCreateRequire } from 'node:module'; const require = __coopCreateRequire(import.meta.url);" },
});
if (!process.env.COOP_BUILD_QUIET) console.error(`coop: built dist/ in ${Math.round(performance.now() - started)} ms`);
