#!/usr/bin/env node
// The launcher: runs the bundled CLI that `npm run build` (scripts/build.mjs) writes to dist/.
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('coop: the program is not built yet; run "npm run build" in the coop folder first\n');
    process.exit(2);
  }
  throw error;
}

// A closed pipe (coop list | head -1) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// `npm run bench` asks for the peak memory of each run (bench/run.mjs).
if (process.env.COOP_REPORT_RUSAGE) {
  process.on('exit', () => process.stderr.write(`coop-rusage: maxrss=${process.resourceUsage().maxRSS}\n`));
}

process.exitCode = await cli.main(process.argv.slice(2));
