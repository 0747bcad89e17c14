#!/usr/bin/env node
// `npm run bench`: start-up and lint throughput of the built coop on this
// machine, as medians over repeated runs and as ratios to bare `node -e 0`
// measured in the same run. A script that prints figures, not a test: it
// never fails a build, it tells you where you stand against the targets.
//   BENCH_RUNS=N (default 15) runs per start-up command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const coop = join(root, 'bin', 'coop.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const work = mkdtempSync(join(tmpdir(), 'coop-bench-'));
const cacheDir = join(work, 'cache');
// The bench's own cache folder: warm after the first run, as a person's is.
const env = { ...process.env, COOP_CACHE_DIR: cacheDir, COOP_REPORT_RUSAGE: '1' };
delete env.NO_COLOR;
delete env.FORCE_COLOR;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

/** Runs a command once; wall time in ms, exit code, and coop's own peak memory report. */
function time(args, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: options.cwd ?? work,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /coop-rusage: maxrss=(\d+)/.exec(r.stderr ?? '')?.[1];
  return { wall, code: r.status, peakMB: rss ? Number(rss) / 1024 : undefined, stderr: r.stderr };
}

console.log(
  `coop bench: node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
  console.error('bench: dist/ is missing; run npm run build first');
  process.exit(2);
}

// --- start-up -------------------------------------------------------------
// Each entry: name, arguments, extra environment. The library and lint
// caches (src/library/cache.ts, src/lint/run/cache.ts) are warm after the first
// run, as they are for a person who runs coop twice; lint is also shown with
// no cache, which is what a fresh CI checkout pays.
const NO_CACHE = { COOP_NO_CACHE: '1' };
const startup = [
  ['coop --version', [coop, '--version']],
  ['coop list', [coop, 'list']],
  ['coop show power-loss', [coop, 'show', 'power-loss']],
  ['coop lint (shipped library)', [coop, 'lint', '--format', 'compact']],
  ['coop list (no cache)', [coop, 'list'], NO_CACHE],
  ['coop lint (shipped, no cache)', [coop, 'lint', '--format', 'compact'], NO_CACHE],
];
// Warm up the file cache, the library cache and the code cache bin/coop.js keeps in dist/.
for (const [, args, extra] of startup) time(args, { env: extra });
time(['-e', '0']);
const samples = new Map([['node -e 0', []], ...startup.map(([name]) => [name, []])]);
// Interleave the commands so that drift in the machine's load hits all alike.
for (let i = 0; i < RUNS; i++) {
  samples.get('node -e 0').push(time(['-e', '0']).wall);
  for (const [name, args, extra] of startup) samples.get(name).push(time(args, { env: extra }).wall);
}
const bare = median(samples.get('node -e 0'));
console.log(`\nStart-up (median of ${RUNS} runs; target: at most 1.3 x bare node)`);
console.log(`  ${'node -e 0'.padEnd(30)} ${ms(bare).padStart(10)}   1.00 x`);
for (const [name, , extra] of startup) {
  const m = median(samples.get(name));
  const ratio = m / bare;
  // The no-cache rows are what a first run pays (YAML parsed, schemas built): shown, not among the targets.
  const mark = extra === NO_CACHE ? '(first run; no target)' : verdict(ratio <= 1.3);
  console.log(`  ${name.padEnd(30)} ${ms(m).padStart(10)}   ${ratio.toFixed(2)} x   ${mark}`);
}

// --- lint throughput --------------------------------------------------------
const generator = join(root, 'bench', 'generate-library.mjs');
const today = new Date().toISOString().slice(0, 10);
function generate(name, runbooks, steps) {
  const dir = join(work, name);
  const r = spawnSync(
    process.execPath,
    [generator, dir, '--runbooks', String(runbooks), '--steps', String(steps), '--reviewed', today],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`generator failed: ${r.stderr}`);
  return dir;
}
function lintTimes(dir, runs) {
  const results = [];
  // No cache: every run parses and checks every file, as in a fresh CI checkout.
  for (let i = 0; i < runs; i++) results.push(time([coop, 'lint', '--format', 'compact', dir], { env: NO_CACHE }));
  const codes = [...new Set(results.map((r) => r.code))];
  return { wall: median(results.map((r) => r.wall)), peakMB: Math.max(...results.map((r) => r.peakMB ?? 0)), codes };
}

console.log('\nLint throughput (20 steps a runbook; generated by bench/generate-library.mjs; no cache)');
const sizes = [
  [100, 7],
  [1000, 5],
  [10000, 3],
];
const lint = new Map();
for (const [n, runs] of sizes) {
  const dir = generate(`lib-${n}`, n, 20);
  const r = lintTimes(dir, runs);
  lint.set(n, r);
  const exit = r.codes.length === 1 && r.codes[0] === 0 ? '' : `   (exit ${r.codes.join('/')})`;
  console.log(
    `  ${String(n).padStart(6)} runbooks  ${ms(r.wall).padStart(11)} wall   ${((r.wall / n) * 1000).toFixed(0).padStart(5)} us/runbook   peak ${r.peakMB.toFixed(0)} MB${exit}`,
  );
}
// The same 1,000 files through the least a validator does (bench/reference-validate.mjs):
// yaml.parse and ajv against schema/runbook.schema.json, no positions, no rules.
const reference = [];
for (let i = 0; i < 5; i++)
  reference.push(time([join(root, 'bench', 'reference-validate.mjs'), join(work, 'lib-1000')]).wall);
const referenceWall = median(reference);
console.log(
  `  reference: yaml.parse + ajv over the same 1,000 files ${ms(referenceWall).padStart(11)} wall   (coop lint / reference = ${(lint.get(1000).wall / referenceWall).toFixed(2)} x)`,
);
const t1k = lint.get(1000).wall;
const t10k = lint.get(10000).wall;
console.log('\nTargets');
console.log(`  1,000 runbooks under 1 s wall:               ${ms(t1k).padStart(11)}   ${verdict(t1k < 1000)}`);
console.log(
  `  10,000 / 1,000 scaling under 10 x:           ${(t10k / t1k).toFixed(2).padStart(8)} x   ${verdict(t10k < 10 * t1k)}`,
);
console.log(
  `  peak memory at 10,000 under 400 MB:          ${lint.get(10000).peakMB.toFixed(0).padStart(8)} MB  ${verdict(lint.get(10000).peakMB < 400)}`,
);
const big = lintTimes(generate('lib-one-big', 1, 5000), 3);
console.log(
  `  one 5,000-step runbook lints under 1 s:      ${ms(big.wall).padStart(11)}   ${verdict(big.wall < 1000)}${big.codes[0] === 0 ? '' : `   (exit ${big.codes.join('/')})`}`,
);

// --- long journals -----------------------------------------------------------
// A power cut recorded over 200,000 events (bench/generate-journal.mjs): the
// report, the listing, and a resume that replays it all and walks to the end.
const EVENTS = Number(process.env.BENCH_JOURNAL_EVENTS ?? 200_000);
const journals = join(work, 'journals');
const made = (flags) =>
  spawnSync(
    process.execPath,
    [join(root, 'bench', 'generate-journal.mjs'), journals, '--events', String(EVENTS), ...flags],
    {
      encoding: 'utf8',
    },
  ).stdout.trim();
const ended = made([]);
const paused = made(['--paused']);
const answers = join(work, 'power-back.yaml');
writeFileSync(answers, 'power-back: "Yes"\n');
console.log(
  `\nLong journals (${EVENTS.toLocaleString('en-US')} events each; target: a report in a few seconds, under 5 s)`,
);
const journalRows = [
  ['coop report (Markdown)', [coop, 'report', ended, '--journal-dir', journals]],
  ['coop report --format json', [coop, 'report', ended, '--journal-dir', journals, '--format', 'json']],
  ['coop incidents (both journals)', [coop, 'incidents', '--journal-dir', journals]],
  ['coop resume, to the end', [coop, 'resume', paused, '--journal-dir', journals, '--answers', answers]],
];
for (const [name, args] of journalRows) {
  const r = time(args);
  const exit = r.code === 0 ? '' : `   (exit ${r.code}: ${r.stderr.trim().split('\n')[0]})`;
  const target = name.startsWith('coop report') ? `   ${verdict(r.wall < 5000)}` : '';
  console.log(
    `  ${name.padEnd(32)} ${ms(r.wall).padStart(11)} wall   peak ${(r.peakMB ?? 0).toFixed(0)} MB${target}${exit}`,
  );
}

rmSync(work, { recursive: true, force: true });
