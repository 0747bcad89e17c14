// `coop completion zsh` and `coop completion fish` in the real shells, as
// completion-bash.test.ts does for bash: zsh loaded as a person's ~/.zshrc
// would (compinit, then the script) with <TAB> typed into its line editor
// through zpty; fish asked what it would offer for a line (`complete -C`),
// which runs the same completions <TAB> does.
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COOP_BIN, REPO_ROOT, tempDir } from '../helpers/paths.js';
import { testEnv } from '../helpers/test-env.js';

/** Whether `shell` can be run here; says why its test is skipped when it cannot. */
function has(shell: string): boolean {
  if (spawnSync(shell, ['-c', 'exit 0']).status === 0) return true;
  console.warn(`completion-zsh-fish: skipping ${shell}: it is not installed (apt-get install ${shell})`);
  return false;
}

/** Runs `script` in `shell` from the checkout (whose ./runbooks is the library) with coop on PATH and a home of its own. */
function inShell(shell: string, args: string[], script: string) {
  const bin = tempDir('coop-bin-');
  symlinkSync(COOP_BIN, join(bin, 'coop'));
  const home = tempDir('coop-home-');
  const PATH = [bin, dirname(process.execPath), process.env.PATH].join(delimiter);
  const r = spawnSync(shell, [...args, script], {
    cwd: REPO_ROOT,
    env: testEnv({ PATH, HOME: home, ZDOTDIR: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home }),
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return r.stdout.trimEnd().split('\n');
}

describe.skipIf(!has('zsh'))('coop completion zsh', () => {
  it("completes `coop incident po<TAB>` to power-loss in zsh's line editor, and a format after --format", () => {
    // In an interactive zsh on a pseudo-terminal: each line typed, then <TAB>,
    // then ^X, bound to a widget that writes what the line has become to a file.
    const buffers = join(tempDir('coop-zsh-'), 'buffers');
    const typed = ['coop incident po', 'coop lint --format sa'];
    const script = `
zmodload zsh/zpty
zpty -b z zsh -f -i
zpty -w z 'PS1="> "; autoload -Uz compinit; compinit -u -D; eval "$(coop completion zsh)"'
zpty -w z 'show-buffer() { print -r -- "[$BUFFER]" >> ${buffers}; BUFFER=""; }; zle -N show-buffer; bindkey "^X" show-buffer'
n=0
for line in ${typed.map((t) => `'${t}'`).join(' ')}; do
  zpty -w -n z "$line"$'\\t'
  zpty -w -n z $'\\C-x'
  n=$((n + 1))
  until [[ -f ${buffers} && $(wc -l < ${buffers}) -ge $n ]]; do sleep 0.05; done
done
zpty -w z exit
zpty -d z
cat ${buffers}`;
    expect(inShell('zsh', ['-f', '-c'], script)).toEqual([
      '[coop incident power-loss ]',
      '[coop lint --format sarif ]',
    ]);
  }, 30_000);
});

describe.skipIf(!has('fish'))('coop completion fish', () => {
  it('completes commands, runbook ids, formats and options for the line typed', () => {
    const lines = ['coop incident po', 'coop li', 'coop lint --format s', 'coop show power-loss --fo'];
    const script = [
      'coop completion fish | source',
      ...lines.map((line) => `complete -C '${line}' | string join ' '`),
    ].join('\n');
    expect(inShell('fish', ['--no-config', '-c'], script)).toEqual([
      'power-loss',
      'lint list',
      'sarif stylish',
      '--format',
    ]);
  });
});
