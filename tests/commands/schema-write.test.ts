// `coop schema --write`: a library's own copy of the schemas, for editors
// wherever the library lives; `coop lint` says when the copy is stale.
import { chmodSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { runCoop } from '../helpers/run-coop.js';
import { unprivileged } from '../e2e/unprivileged.js';
import { REPO_ROOT, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

function project(): string {
  const cwd = tempDir('coop-schema-');
  cpSync(SHIPPED_RUNBOOKS, join(cwd, 'runbooks'), { recursive: true });
  return cwd;
}
const TODAY = ['--today', '2026-11-23', '--quiet'];

describe('coop schema --write', () => {
  it("writes coop's schemas into the library found and says how a file names its own", async () => {
    const cwd = project();
    const r = await coop(['schema', '--write'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'coop: wrote the schemas of runbook, contacts, systems, coop.yaml, exercise and improvements files to runbooks/schema; start each file with its line, like: # yaml-language-server: $schema=schema/runbook.schema.json\n',
    );
    for (const kind of ['runbook', 'contacts', 'systems', 'config'])
      expect(readFileSync(join(cwd, 'runbooks', 'schema', `${kind}.schema.json`), 'utf8')).toBe(
        readFileSync(join(REPO_ROOT, 'schema', `${kind}.schema.json`), 'utf8'),
      );
  });

  it('refuses where there is no library of its own, as lint does', async () => {
    const r = await coop(['schema', '--write']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^coop: no runbooks\/ folder or coop\.yaml here .*--runbooks DIR or COOP_RUNBOOKS=DIR\)\n$/,
    );
  });

  it('never writes into the library shipped with coop, found or named (exit 2)', async () => {
    // In coop's own folder, runbooks/ is the shipped library: an update of coop would overwrite what is written there.
    for (const [args, cwd] of [
      [['schema', '--write'], REPO_ROOT],
      [['schema', '--write', '--runbooks', SHIPPED_RUNBOOKS], tempDir()],
    ] as const) {
      const r = await coop([...args], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^coop: coop does not change the library shipped with it \(.*\); copy it to a folder/);
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
    expect(existsSync(join(SHIPPED_RUNBOOKS, 'schema'))).toBe(false);
  });

  const as = unprivileged();
  it.skipIf(as.skip !== undefined)('a library the user may not write: one line, exit 2, no internal error', () => {
    const cwd = project();
    chmodSync(cwd, 0o755);
    chmodSync(join(cwd, '..'), 0o755);
    chmodSync(join(cwd, 'runbooks'), 0o555);
    const r = runCoop(['schema', '--write'], { cwd, wrapper: as.wrapper });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('coop: cannot make the folder runbooks/schema: permission denied\n');
  });

  it('is asked for again by lint once the copy is not this coop’s, with no change to the findings', async () => {
    const cwd = project();
    await coop(['schema', '--write'], { cwd });
    expect((await coop(['lint', ...TODAY], { cwd })).stderr).toBe('');
    writeFileSync(join(cwd, 'runbooks', 'schema', 'contacts.schema.json'), '{}\n');
    const stale = await coop(['lint', ...TODAY], { cwd });
    expect(stale.code).toBe(0);
    expect(stale.stderr).toBe(
      "coop: warning: runbooks/schema/contacts.schema.json is not this coop's schema, so editors judge by other rules; run coop schema --write --runbooks runbooks\n",
    );
  });
});
