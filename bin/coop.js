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
'use strict';
const { readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'cli.cjs');

let source;
let cacheFile;
try {
  const { size, mtimeMs } = statSync(bundle);
  // Per Node version too, so two Node versions on one install do not keep replacing each other's cache.
  cacheFile = join(dist, `.cli.cjs.${size}-${Math.trunc(mtimeMs)}.${process.version}.v8-cache`);
  source = readFileSync(bundle, 'utf8');
} catch (error) {
  if (error?.code === 'ENOENT') {
    process.stderr.write('coop: the program is not built yet; run "npm run build" in the coop folder first\n');
    process.exit(2);
  }
  throw error;
}

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
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

// `npm run bench` asks for the peak memory of each run (bench/run.mjs).
if (process.env.COOP_REPORT_RUSAGE) {
  process.on('exit', () => process.stderr.write(`coop-rusage: maxrss=${process.resourceUsage().maxRSS}\n`));
}

cli.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (cachedData === undefined || script.cachedDataRejected) saveCodeCache();
});

/**
 * After the command, so the cache holds the functions it compiled too. Written
 * under a temporary name and renamed, so a concurrent run reads a whole cache
 * or none. A read-only install (a global one owned by root) keeps no cache.
 */
function saveCodeCache() {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true });
  }
}
