// Preloaded (node -r) into every process bench/run.mjs times: reports the
// process's CPU time and peak memory on stderr as it exits, so that coop, its
// peer and bare node are measured the same way. CPU time is the steadier
// figure when other work shares the machine.
'use strict';
process.on('exit', () => {
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
  process.stderr.write(`\nbench-rusage: cpu=${(userCPUTime + systemCPUTime) / 1000} maxrss=${maxRSS}\n`);
});
