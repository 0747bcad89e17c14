#!/usr/bin/env node
// The launcher: runs the bundle that `npm run build` (scripts/build.mjs)
// writes for the command a command line names (dist/commands/<command>.cjs),
// else the whole CLI's (dist/cli.cjs), with a V8 code cache beside it.
//
// Start-up is most of what a person waits for, so this file is CommonJS
// (bin/package.json says so): an ESM entry point makes Node start its module
// loader first (measured: 4-6 ms of a 75 ms `coop list`). The sources are ESM.
//
// Why node:vm and not require(): Node 20 has no compile cache of its own
// (module.enableCompileCache arrived in Node 22), and compiling the bundle is
// a large share of start-up. A Script given the bytes V8 saved last time
// skips that work. V8 checks the cache against its own version and flags and
// rejects a stale one; the cache file's name holds the bundle's size and
// time, so a rebuilt bundle never meets an old cache.
//
// The cache lives in the user's cache folder (dist/launch.cjs says where),
// not beside the installed files: an install may be read-only or shared, and
// `npm pack` must not ship it. One cache a command: a cache holds the
// functions the run that wrote it compiled, and `coop list` compiles little of
// what `coop lint` needs. The modules a bundle requires from dist/ on first
// use (the build bundles them apart) are compiled here too, each with a cache
// of its own.
'use strict';
const { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const args = process.argv.slice(2);
const wholeCli = join(dist, 'cli.cjs');

// A closed pipe (coop list | head -1) is not an error worth a stack trace,
// nor is a terminal that went away (EIO): no one is left to read either, and
// a walk pauses itself (src/system/terminal-loss.ts).
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  if (error.code !== 'EIO') throw error;
});
// The same of stderr (coop exercise 2>&1 | head -2), where messages and help go: the command carries on,
// and ends with its own exit code.
process.stderr.on('error', (error) => {
  if (error.code !== 'EPIPE' && error.code !== 'EIO') throw error;
});

if (!printedVersion()) runBundle();

/**
 * `coop --version` (or -V) alone is answered here, as commander prints it, from
 * package.json, where the build takes the bundle's version from: loading and compiling the
 * bundle would be nearly all it costs. Any other form is commander's.
 */
function printedVersion() {
  if (args.length !== 1 || (args[0] !== '--version' && args[0] !== '-V')) return false;
  try {
    statSync(wholeCli);
    process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
    return true;
  } catch {
    // Not built, or no package.json beside it: the usual way says which.
    return false;
  }
}

function runBundle() {
  let bundle;
  let source;
  let launch;
  /** Where this run's code cache is, if the user has a cache folder. */
  let cache;
  let codeFolder;
  try {
    launch = require(join(dist, 'launch.cjs'));
    const word = launch.commandWord(args);
    bundle = bundleFor(word);
    const { size, mtimeMs } = statSync(bundle);
    source = readFileSync(bundle, 'utf8');
    codeFolder = launch.userCacheDir(process.env);
    if (codeFolder) cache = codeCacheOf(codeFolder, bundle, size, mtimeMs, word ?? 'program');
  } catch (error) {
    if (error?.code === 'ENOENT' || error?.code === 'MODULE_NOT_FOUND') {
      process.stderr.write('coop: the program is not built yet; run "npm run build" in the coop folder first\n');
      process.exit(2);
    }
    throw error;
  }

  let cachedData;
  try {
    if (cache) cachedData = readFileSync(join(cache.folder, cache.name));
  } catch {
    // First run of this command with this build: compile, and save the cache afterwards.
  }
  // The file is a module body already in its wrapper function (scripts/build.mjs): compiled as it is.
  // A command's bundle runs as dist/cli.cjs would (its require, __filename and import.meta.url), so
  // it finds dist/vendor/, the workers and the installed files where the whole CLI does.
  const script = new Script(source, { filename: bundle, cachedData });
  const cli = { exports: {} };
  // What this run compiled: the bundle, then each module it requires from dist/; each keeps a cache.
  const compiled = [{ script, cache, cachedData }];
  const bundleRequire = requireWithCodeCache(codeFolder, compiled);
  script.runInThisContext().call(cli.exports, cli.exports, bundleRequire, cli, wholeCli, dist);

  cli.exports.main(args).then((code) => {
    process.exitCode = code;
    if (!cache) return;
    // A mistyped command keeps no cache: there would be one for every typo.
    if (cache.command !== 'program' && !cli.exports.isCommandName(cache.command)) return;
    for (const one of compiled)
      if (one.cachedData === undefined || one.script.cachedDataRejected)
        saveCodeCache(one.script, one.cache, launch.makeFolder);
  });
}

/**
 * Where the code cache of `file` (its size and time `mtimeMs`) is kept for
 * `command`, under the user's cache folder `folder`. What every cache file of
 * this installed file starts with (its stem) matches no other install's; per
 * Node version too, so two Node versions on one install do not keep replacing
 * each other's cache.
 */
function codeCacheOf(folder, file, size, mtimeMs, command) {
  const stem = `cli-${hashOf(file)}.`;
  const build = `${stem}${size}-${Math.trunc(mtimeMs)}.`;
  return {
    folder: join(folder, 'code'),
    stem,
    build,
    command,
    name: `${build}${command}.${process.version}.v8-cache`,
  };
}

/**
 * The require a bundle runs with: dist/cli.cjs's, but a module of dist/
 * that the build bundled apart (dist/<name>.cjs, dist/vendor/<name>.cjs,
 * required the first time a run needs it) is compiled here too, with a code
 * cache of its own, as the bundle is: compiling the 160 KB of dist/vendor/yaml.cjs
 * took 11 ms, 2 ms from its cache (measured). Each module compiled is added to
 * `compiled`, to save its cache once the command has run.
 */
function requireWithCodeCache(folder, compiled) {
  const real = createRequire(wholeCli);
  const modules = new Map();
  const bundleRequire = (id) => {
    if (!folder || typeof id !== 'string' || !/^\.\/(?:vendor\/)?[\w-]+\.cjs$/.test(id)) return real(id);
    const file = join(dist, id);
    const known = modules.get(file);
    if (known) return known.exports;
    const { size, mtimeMs } = statSync(file);
    const cache = codeCacheOf(folder, file, size, mtimeMs, 'module');
    let cachedData;
    try {
      cachedData = readFileSync(join(cache.folder, cache.name));
    } catch {
      // First use of this module with this build.
    }
    const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
    const module = { exports: {} };
    modules.set(file, module);
    try {
      script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
    } catch (error) {
      // As require does: a module that failed to load is not kept as loaded.
      modules.delete(file);
      throw error;
    }
    compiled.push({ script, cache, cachedData });
    return module.exports;
  };
  return Object.assign(bundleRequire, { resolve: real.resolve, cache: real.cache, main: real.main });
}

/**
 * The bundle of the command `word` names (dist/commands/, scripts/build.mjs),
 * else the whole CLI: for no word, the program's own commands (help,
 * completion) and a word that is no command.
 */
function bundleFor(word) {
  if (word !== undefined && /^[a-z]+(-[a-z]+)*$/.test(word)) {
    const own = join(dist, 'commands', `${word}.cjs`);
    try {
      statSync(own);
      return own;
    } catch {
      // No bundle of its own: the whole CLI says what the word is.
    }
  }
  return wholeCli;
}

/**
 * After the command, so the cache holds the functions it compiled too. Written
 * under a temporary name and renamed, so a concurrent run reads a whole cache
 * or none; the caches of earlier builds of this install are removed, so they
 * do not pile up. A cache folder that cannot be written keeps no cache.
 */
function saveCodeCache(script, cache, makeFolder) {
  const temporary = join(cache.folder, `${cache.name}.${process.pid}.tmp`);
  try {
    // Not mkdirSync's recursive option: it spins for ever where a file system answers ENOENT for a
    // folder that exists, as /proc does (src/system/make-folder.ts).
    makeFolder(cache.folder);
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, join(cache.folder, cache.name));
    for (const name of readdirSync(cache.folder))
      if (name.startsWith(cache.stem) && !name.startsWith(cache.build))
        rmSync(join(cache.folder, name), { force: true });
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder itself is not there to write into.
    }
  }
}

/** A short name for where the bundle is installed (FNV-1a): node:crypto costs start-up time. */
function hashOf(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}
