// What each command loads when it starts, seen from a real run of the built
// binary: the heavy packages (prompts, spinner, graph layout) and the costly
// built-in modules only where they are used; and the code cache bin/coop.js
// keeps in the user's cache folder is used, and survives being damaged.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO_ROOT, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';

const RECORDER = join(FIXTURES, 'record-loads.cjs');

/** Runs coop and returns what it loaded, one entry a file or built-in module, and what it said on stderr. */
function loadsOf(
  args: string[],
  options: { env?: Record<string, string> } = {},
): { code: number | null; loads: string[]; stderr: string } {
  const file = join(tempDir('coop-loads-'), 'loads.txt');
  const env = { ...options.env, NODE_OPTIONS: `--require ${RECORDER}`, COOP_TEST_LOADS_FILE: file };
  const result = runCoop(args, { env });
  return { code: result.code, loads: readFileSync(file, 'utf8').split('\n'), stderr: result.stderr };
}

const loadsVendor = (loads: string[], name: string) => loads.some((l) => l.endsWith(`vendor/${name}.cjs`));
const loadsBuiltin = (loads: string[], name: string) => loads.includes(`NativeModule ${name}`);

describe('start-up', () => {
  it.each([['--version'], ['list'], ['show', 'power-loss'], ['contacts'], ['lint', SHIPPED_RUNBOOKS]])(
    'coop %s loads no prompts, spinner, graph layout, yaml package, crypto or threads',
    (...args) => {
      const { code, loads } = loadsOf(args);
      expect(code === 0 || code === 1).toBe(true);
      for (const vendor of ['prompts', 'spinner', 'graph-layout', 'yaml'])
        expect(loadsVendor(loads, vendor), vendor).toBe(false);
      expect(loadsBuiltin(loads, 'crypto')).toBe(false);
      expect(loadsBuiltin(loads, 'worker_threads')).toBe(false);
    },
  );

  // zod and the schemas are in a bundle of their own (src/library/checked-read.ts), for files the quick check does not pass.
  const loadsSchemas = (loads: string[]) => loads.some((l) => l.endsWith('checked-read.cjs'));
  const uncached = { env: { COOP_NO_CACHE: '1' } };

  it.each([['list'], ['show', 'power-loss'], ['contacts'], ['export', '--format', 'markdown']])(
    'coop %s of the shipped library, read afresh, loads neither zod nor the schemas',
    (...args) => {
      const { code, loads } = loadsOf(args, uncached);
      expect(code).toBe(0);
      expect(loadsSchemas(loads)).toBe(false);
    },
  );

  it('coop lint of the shipped library, with no journal, loads none of the bundles that bring zod', () => {
    const { code, loads } = loadsOf(['lint', SHIPPED_RUNBOOKS, '--journal-dir', tempDir()], uncached);
    expect(code).toBe(0);
    for (const apart of ['checked-read', 'recovery-records', 'stale-schemas'])
      expect(
        loads.some((l) => l.endsWith(`${apart}.cjs`)),
        apart,
      ).toBe(false);
  });

  it('coop lint reads the journals (with zod) only when the folder holds one', () => {
    const folder = join(FIXTURES, 'journals', 'folder');
    const { loads } = loadsOf(['lint', SHIPPED_RUNBOOKS, '--journal-dir', folder], uncached);
    expect(loads.some((l) => l.endsWith('recovery-records.cjs'))).toBe(true);
  });

  it('a scripted incident, with journals to look through, loads no bundle that brings zod', () => {
    const journals = tempDir();
    for (const name of readdirSync(join(FIXTURES, 'journals', 'folder')))
      writeFileSync(join(journals, name), readFileSync(join(FIXTURES, 'journals', 'folder', name)));
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(answers, 'director-in-office: "Yes"\n');
    const { code, loads } = loadsOf(
      ['drill', 'power-loss', '--yes', '--answers', answers, '--journal-dir', journals],
      uncached,
    );
    expect(code).toBe(0);
    for (const apart of ['checked-read', 'event-problem'])
      expect(
        loads.some((l) => l.endsWith(`${apart}.cjs`)),
        apart,
      ).toBe(false);
  });

  it('loads the event schemas for a journal line that is not an event, to say what is wrong with it', () => {
    const journals = tempDir();
    const name = '20261123-091503-power-loss-k3f9.jsonl';
    const lines = readFileSync(join(FIXTURES, 'journals', 'folder', name), 'utf8').split('\n');
    // The second event loses its sequence number.
    lines[1] = lines[1]!.replace(/"seq":\d+,/, '');
    writeFileSync(join(journals, name), lines.join('\n'));
    const { loads, stderr } = loadsOf(['incidents', '--journal-dir', journals], uncached);
    expect(stderr).toContain(`${name}:2: is not a coop journal event (seq: missing)`);
    expect(loads.some((l) => l.endsWith('event-problem.cjs'))).toBe(true);
  });

  it('loads zod and the schemas for a file the quick check does not pass, to word its problems', () => {
    const { code, loads } = loadsOf(['lint', join(FIXTURES, 'loader', 'misspelled-key')], uncached);
    expect(code).toBe(1);
    expect(loadsSchemas(loads)).toBe(true);
  });

  it('coop --version is answered without loading the program', () => {
    const { code, loads } = loadsOf(['--version']);
    expect(code).toBe(0);
    expect(loads.filter((l) => l.includes('dist'))).toEqual([]);
  });

  it('loads the yaml package only for a file the fast reader leaves to it', () => {
    expect(loadsVendor(loadsOf(['lint', join(FIXTURES, 'hostile', 'tab-indent')]).loads, 'yaml')).toBe(true);
  });

  it('loads the graph layout only when the binder is drawn as HTML', () => {
    expect(loadsVendor(loadsOf(['export', '--format', 'markdown']).loads, 'graph-layout')).toBe(false);
    expect(loadsVendor(loadsOf(['export', '--format', 'html']).loads, 'graph-layout')).toBe(true);
  });

  it('a scripted walkthrough off a terminal loads neither prompts nor spinner', () => {
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(answers, 'director-in-office: "Yes"\n');
    const { code, loads } = loadsOf(['drill', 'power-loss', '--yes', '--answers', answers, '--journal-dir', tempDir()]);
    expect(code).toBe(0);
    expect(loadsVendor(loads, 'prompts')).toBe(false);
    expect(loadsVendor(loads, 'spinner')).toBe(false);
  });
});

describe('code cache', () => {
  const codeCaches = (cacheDir: string) => {
    try {
      return readdirSync(join(cacheDir, 'code')).filter((f) => f.endsWith(`.${process.version}.v8-cache`));
    } catch {
      return [];
    }
  };

  it("is kept in the user's cache folder, one for each command, never beside the installed files", () => {
    const cache = tempDir('coop-code-cache-');
    expect(runCoop(['--help'], { env: { COOP_CACHE_DIR: cache } }).code).toBe(0);
    expect(runCoop(['--runbooks', SHIPPED_RUNBOOKS, 'list'], { env: { COOP_CACHE_DIR: cache } }).code).toBe(0);
    expect(runCoop(['lsit'], { env: { COOP_CACHE_DIR: cache } }).code).toBe(2);
    expect(
      codeCaches(cache)
        .map((name) => name.split('.')[2])
        .sort(),
    ).toEqual(['list', 'program']);
    expect(readdirSync(join(REPO_ROOT, 'dist')).filter((f) => f.includes('v8-cache'))).toEqual([]);
  });

  it('follows XDG_CACHE_HOME when it is absolute, and ignores it when it is relative', () => {
    const home = tempDir('coop-home-');
    const xdg = tempDir('coop-xdg-');
    expect(runCoop(['--help'], { env: { COOP_CACHE_DIR: undefined, HOME: home, XDG_CACHE_HOME: xdg } }).code).toBe(0);
    expect(codeCaches(join(xdg, 'coop'))).toHaveLength(1);
    const cwd = tempDir('coop-cwd-');
    const r = runCoop(['--help'], { cwd, env: { COOP_CACHE_DIR: undefined, HOME: home, XDG_CACHE_HOME: 'cache' } });
    expect(r.code).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    expect(codeCaches(join(home, '.cache', 'coop'))).toHaveLength(1);
  });

  it('a cache folder that cannot be written costs the cache, not the command', () => {
    const cache = join(tempDir('coop-code-cache-'), 'a-file');
    writeFileSync(cache, '');
    const r = runCoop(['list'], { env: { COOP_CACHE_DIR: cache } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  // /proc answers ENOENT for a folder that cannot be made there, where Node's recursive mkdir spins for ever.
  it.skipIf(!existsSync('/proc/self'))(
    'a cache folder on a file system like /proc costs the cache, not the command',
    () => {
      const r = runCoop(['list'], { env: { COOP_CACHE_DIR: '/proc/coop-code-cache' } });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
    },
  );

  it('a damaged cache is rejected by V8 and written anew; the command is unaffected', () => {
    const cache = tempDir('coop-code-cache-');
    expect(runCoop(['list'], { env: { COOP_CACHE_DIR: cache } }).code).toBe(0);
    const path = join(cache, 'code', codeCaches(cache)[0]!);
    const damaged = Buffer.alloc(4096, 0x5a);
    writeFileSync(path, damaged);
    const result = runCoop(['list'], { env: { COOP_CACHE_DIR: cache } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^power-loss +Losing power during office hours/m);
    expect(readFileSync(path).equals(damaged)).toBe(false);
  });

  it('is kept for a module bundled apart too, once a run used it, and used, or written anew when damaged', () => {
    const cache = tempDir('coop-code-cache-');
    // A file with a problem: the schemas (dist/checked-read.cjs) word it.
    const args = ['lint', join(FIXTURES, 'loader', 'misspelled-key')];
    // No library or lint cache, so that every run reads the file (the code cache is kept all the same).
    const env = { COOP_CACHE_DIR: cache, COOP_NO_CACHE: '1' };
    const first = runCoop(args, { env });
    expect(first.code).toBe(1);
    const modules = codeCaches(cache).filter((name) => name.split('.')[2] === 'module');
    expect(modules).toHaveLength(1);
    const path = join(cache, 'code', modules[0]!);
    const written = readFileSync(path);
    // Used, not written again: the same bytes.
    expect(runCoop(args, { env }).stdout).toBe(first.stdout);
    expect(readFileSync(path).equals(written)).toBe(true);
    const damaged = Buffer.alloc(4096, 0x5a);
    writeFileSync(path, damaged);
    expect(runCoop(args, { env }).stdout).toBe(first.stdout);
    expect(readFileSync(path).equals(damaged)).toBe(false);
  });

  it("replaces an earlier build's cache instead of piling up beside it", () => {
    const cache = tempDir('coop-code-cache-');
    expect(runCoop(['--help'], { env: { COOP_CACHE_DIR: cache } }).code).toBe(0);
    const [name] = codeCaches(cache);
    const older = name!.replace(/\.(\d+)-(\d+)\./, '.1-2.');
    writeFileSync(join(cache, 'code', older), 'from an older build');
    rmSync(join(cache, 'code', name!));
    expect(runCoop(['--help'], { env: { COOP_CACHE_DIR: cache } }).code).toBe(0);
    expect(codeCaches(cache)).toEqual([name]);
  });
});
