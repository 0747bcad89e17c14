// What each command loads when it starts, seen from a real run of the built
// binary: the heavy packages (prompts, spinner, graph layout) and the costly
// built-in modules only where they are used; and the code cache bin/coop.js
// keeps beside the bundle is used, and survives being damaged.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO_ROOT, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';

const RECORDER = join(FIXTURES, 'record-loads.cjs');

/** Runs coop and returns what it loaded, one entry a file or built-in module. */
function loadsOf(args: string[]): { code: number | null; loads: string[] } {
  const file = join(tempDir('coop-loads-'), 'loads.txt');
  const result = runCoop(args, { env: { NODE_OPTIONS: `--require ${RECORDER}`, COOP_TEST_LOADS_FILE: file } });
  return { code: result.code, loads: readFileSync(file, 'utf8').split('\n') };
}

const loadsVendor = (loads: string[], name: string) => loads.some((l) => l.endsWith(`vendor/${name}.cjs`));
const loadsBuiltin = (loads: string[], name: string) => loads.includes(`NativeModule ${name}`);

describe('start-up', () => {
  it.each([['--version'], ['list'], ['show', 'power-loss'], ['contacts'], ['lint']])(
    'coop %s loads no prompts, spinner, graph layout, crypto or threads',
    (...args) => {
      const { code, loads } = loadsOf(args);
      expect(code === 0 || code === 1).toBe(true);
      for (const vendor of ['prompts', 'spinner', 'graph-layout'])
        expect(loadsVendor(loads, vendor), vendor).toBe(false);
      expect(loadsBuiltin(loads, 'crypto')).toBe(false);
      expect(loadsBuiltin(loads, 'worker_threads')).toBe(false);
    },
  );

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
  const cacheFiles = () =>
    readdirSync(join(REPO_ROOT, 'dist')).filter((f) => f.endsWith(`.${process.version}.v8-cache`));

  it('is kept beside the bundle after a run', () => {
    expect(runCoop(['--version']).code).toBe(0);
    expect(cacheFiles()).toHaveLength(1);
  });

  it('a damaged cache is rejected by V8 and written anew; the command is unaffected', () => {
    expect(runCoop(['--version']).code).toBe(0);
    const [name] = cacheFiles();
    const path = join(REPO_ROOT, 'dist', name!);
    const damaged = Buffer.alloc(4096, 0x5a);
    writeFileSync(path, damaged);
    const result = runCoop(['list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^power-loss +Losing power during office hours/m);
    expect(readFileSync(path).equals(damaged)).toBe(false);
  });
});
