// `coop completion bash` as bash runs it: the script is loaded, and bash's
// own completion function is called for a typed line, as <TAB> calls it.
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COOP_BIN, REPO_ROOT, tempDir } from '../helpers/paths.js';
import { testEnv } from '../helpers/test-env.js';

/** What bash offers for each line, after loading the script as ~/.bashrc would; `complete -p coop` first. */
function bashCompletes(lines: string[][]): string[] {
  const bin = tempDir('coop-bin-');
  symlinkSync(COOP_BIN, join(bin, 'coop'));
  const script = [
    'eval "$(coop completion bash)"',
    'complete -p coop',
    `offered() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; _coop_complete; echo "\${COMPREPLY[*]}"; }`,
    ...lines.map((words) => `offered ${words.map((w) => `'${w}'`).join(' ')}`),
  ].join('\n');
  const PATH = [bin, dirname(process.execPath), process.env.PATH].join(delimiter);
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
    cwd: REPO_ROOT,
    env: testEnv({ PATH }),
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return r.stdout.trimEnd().split('\n');
}

describe('coop completion bash', () => {
  it('completes commands, runbook ids, formats and options for the line typed', () => {
    expect(
      bashCompletes([
        ['coop', 'incident', 'po'],
        ['coop', 'li'],
        ['coop', 'lint', '--format', 's'],
        ['coop', 'show', 'power-loss', '--fo'],
      ]),
    ).toEqual(['complete -o default -F _coop_complete coop', 'power-loss', 'list lint', 'stylish sarif', '--format']);
  });
});
