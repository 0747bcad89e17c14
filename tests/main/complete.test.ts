// What `coop __complete` (src/main/complete.ts) offers the shells' scripts:
// read off the command tree, with ids from the library and the journal
// folder the typed line names.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { FIXTURES, REPO_ROOT, tempDir } from '../helpers/paths.js';

const offered = async (words: string[], cwd = REPO_ROOT) =>
  (await coop(['__complete', '--', 'coop', ...words], { cwd })).stdout.split('\n').filter(Boolean);

describe('completion', () => {
  it('offers the incident ids of the journal folder the line names, newest first', async () => {
    const journal = tempDir();
    for (const id of ['20261123-091503-power-loss-k3f9', '20261124-080000-fire-h0st'])
      writeFileSync(join(journal, `${id}.jsonl`), '');
    writeFileSync(join(journal, 'notes.txt'), '');
    expect(await offered(['resume', '--journal-dir', journal, ''])).toEqual([
      '20261124-080000-fire-h0st',
      '20261123-091503-power-loss-k3f9',
    ]);
    expect(await offered(['report', `--journal-dir=${journal}`, '2026112'])).toHaveLength(2);
  });

  it('offers the runbook ids of the library the line names', async () => {
    const ids = await offered(['--runbooks', join(FIXTURES, 'walk', 'commands'), 'show', ''], tempDir());
    expect(ids).toEqual(['leftover', 'marker', 'slow']);
  });

  it('offers nothing where nothing can stand, and never the hidden command', async () => {
    const empty = tempDir();
    mkdirSync(join(empty, 'journal'));
    expect(await offered(['resume', '--journal-dir', join(empty, 'journal'), ''])).toEqual([]);
    expect(await offered(['__'])).toEqual([]);
    expect(await offered(['list', 'x'])).toEqual([]);
  });

  it.each(['bash', 'zsh', 'fish'])('prints a script for %s that calls coop __complete', async (shell) => {
    const r = await coop(['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('coop __complete --');
  });

  it('started by npx, where coop is not on the PATH, says the script needs coop installed', async () => {
    const r = await coop(['completion', 'bash'], { env: { npm_command: 'exec' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('complete -o default -F _coop_complete coop');
    expect(r.stderr).toMatch(/^coop completion: started by npx, coop is not on your PATH.*install coop first/);
    expect((await coop(['completion', 'bash'])).stderr).toBe('');
  });

  it('refuses a shell it has no script for, with the ones it has', async () => {
    const r = await coop(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bash, zsh, fish/);
  });
});
