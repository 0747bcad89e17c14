// The package as a person installs it: `npm pack` of this clone, installed
// globally into a prefix of its own with no network, run as `coop` from PATH
// with no node_modules beside it, and again with the prefix read-only (as a
// system-wide install is to the person running it).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRun } from '../helpers/expect-run.js';
import { REPO_ROOT, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';
import { NOBODY, unprivileged } from './unprivileged.js';

const { name, version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
let root = '';
let prefix = '';
let shipped: string[] = [];

function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  // Open to every user, so the read-only run below can be made by one permissions stop.
  root = tempDir('coop-package-');
  chmodSync(root, 0o755);
  // `npm test` built dist/ already; the pack is of exactly that build.
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', root], REPO_ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  shipped = packed!.files.map((f) => f.path).sort();
  prefix = join(root, 'prefix');
  npm(
    ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(root, packed!.filename)],
    root,
  );
}, 120_000);

/** coop from PATH: the prefix's bin first, then node's own folder for the launcher's `env node`. */
function installed(args: string[], options: { cwd?: string; env?: Record<string, string>; wrapper?: string[] } = {}) {
  const PATH = [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter);
  return runCoop(args, { ...options, program: ['coop'], env: { PATH, ...options.env } });
}

/** A folder holding a copy of the sample plan, and the answer power-loss's one decision needs off a terminal. */
function library(): string {
  const dir = join(root, `plan-${Math.random().toString(36).slice(2)}`);
  cpSync(SHIPPED_RUNBOOKS, join(dir, 'runbooks'), { recursive: true });
  writeFileSync(join(dir, 'answers.yaml'), 'director-in-office: "Yes"\n');
  return dir;
}
const WALK = [
  'incident',
  'power-loss',
  '--yes',
  '--answers',
  'answers.yaml',
  '--journal-dir',
  'journal',
  '--as',
  'Pat Smith',
];

describe('the package', () => {
  it('ships the built program, the sample library, the schemas and the licence; no sources, maps or caches', () => {
    expect(shipped).toContain('LICENSE');
    expect(shipped).toContain('bin/coop.js');
    expect(shipped).toContain('runbooks/power-loss.yaml');
    expect(shipped).toContain('schema/runbook.schema.json');
    for (const file of shipped)
      expect(file).toMatch(/^(bin|dist|runbooks|schema|templates)\/|^(package\.json|README\.md|LICENSE)$/);
    // Source maps, and the V8 code cache and library cache a run of this clone may leave in it.
    expect(shipped.filter((f) => /\.map$|\.tsbuildinfo$|\/code\/|library-[0-9a-f]+\.json$/.test(f))).toEqual([]);
  });

  it('installs with nothing beside it and runs from PATH: --version, list, lint, incident --yes', () => {
    expect(existsSync(join(prefix, 'lib', 'node_modules', name, 'node_modules'))).toBe(false);
    expect(installed(['--version']).stdout.trim()).toBe(version);
    expect(installed(['list']).stdout).toContain('power-loss');
    const plan = library();
    const lint = installed(['lint', '--quiet'], { cwd: plan });
    expect(lint.code, describeRun(lint)).toBe(0);
    const walk = installed(WALK, { cwd: plan });
    expect(walk.code, describeRun(walk)).toBe(0);
  });

  const as = unprivileged();
  it.skipIf(as.skip !== undefined)('runs the same from a prefix its user cannot write to', () => {
    const plan = library();
    const home = join(plan, 'home');
    mkdirSync(home);
    spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, plan]);
    spawnSync('chmod', ['-R', 'a-w', prefix]);
    try {
      const env = { HOME: home, COOP_CACHE_DIR: join(home, 'cache') };
      const run = (args: string[]) => installed(args, { cwd: plan, env, wrapper: as.wrapper ?? [] });
      expect(run(['--version']).stdout.trim()).toBe(version);
      const lint = run(['lint', '--quiet']);
      expect(lint.code, describeRun(lint)).toBe(0);
      const walk = run(WALK);
      expect(walk.code, describeRun(walk)).toBe(0);
      expect(walk.stderr).toBe('');
    } finally {
      spawnSync('chmod', ['-R', 'u+w', prefix]);
    }
  });
});
