#!/usr/bin/env node
// The launcher: runs the bundle that `npm run build` (scripts/build.mjs)
// writes to dist/cli.cjs, with a V8 code cache beside it.
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
// The cache lives in the user's cache folder (dist/cache-dir.cjs says where),
// not beside the installed files: an install may be read-only or shared, and
// `npm pack` must not ship it.
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'cli.cjs');

let source;
let cacheFolder;
let cacheName;
/** What every cache file of this installed bundle starts with: another install's never match. */
let cacheStem;
try {
  const { size, mtimeMs } = statSync(bundle);
  source = readFileSync(bundle, 'utf8');
  const folder = require(join(dist, 'cache-dir.cjs')).userCacheDir(process.env);
  if (folder) {
    cacheFolder = join(folder, 'code');
    cacheStem = `cli-${hashOf(bundle)}.`;
    // Per Node version too, so two Node versions on one install do not keep replacing each other's cache.
    cacheName = `${cacheStem}${size}-${Math.trunc(mtimeMs)}.${process.version}.v8-cache`;
  }
} catch (error) {
  if (error?.code === 'ENOENT' || error?.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('coop: the program is not built yet; run "npm run build" in the coop folder first\n');
    process.exit(2);
  }
  throw error;
}

let cachedData;
try {
  if (cacheName) cachedData = readFileSync(join(cacheFolder, cacheName));
} catch {
  // First run of this build: compile, and save the cache afterwards.
}
// The file is a module body already in its wrapper function (scripts/build.mjs): compiled as it is.
const script = new Script(source, { filename: bundle, cachedData });
const cli = { exports: {} };
script.runInThisContext().call(cli.exports, cli.exports, createRequire(bundle), cli, bundle, dist);

// A closed pipe (coop list | head -1) is not an error worth a stack trace,
// nor is a terminal that went away (EIO): no one is left to read either, and
// a walk pauses itself (src/system/terminal-loss.ts).
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  if (error.code !== 'EIO') throw error;
});

cli.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (cachedData === undefined || script.cachedDataRejected) saveCodeCache();
});

/**
 * After the command, so the cache holds the functions it compiled too. Written
 * under a temporary name and renamed, so a concurrent run reads a whole cache
 * or none; the caches of earlier builds of this install are removed, so they
 * do not pile up. A cache folder that cannot be written keeps no cache.
 */
function saveCodeCache() {
  if (!cacheName) return;
  const temporary = join(cacheFolder, `${cacheName}.${process.pid}.tmp`);
  try {
    mkdirSync(cacheFolder, { recursive: true });
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, join(cacheFolder, cacheName));
    const build = cacheName.slice(0, cacheName.indexOf('.', cacheStem.length) + 1);
    for (const name of readdirSync(cacheFolder))
      if (name.startsWith(cacheStem) && !name.startsWith(build)) rmSync(join(cacheFolder, name), { force: true });
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
