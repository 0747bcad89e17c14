// `coop lint` keeps its findings for the next run over the very same files;
// any change to a file, the day, or what was asked for must be seen.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

function setup() {
  const cwd = tempDir();
  cpSync(SHIPPED_RUNBOOKS, join(cwd, 'runbooks'), { recursive: true });
  return { cwd, env: { COOP_CACHE_DIR: join(cwd, 'cache') } };
}

describe('lint cache', () => {
  it('answers a second run exactly as the first, excerpts included', async () => {
    const { cwd, env } = setup();
    const first = await coop(['lint', '--format', 'stylish', '--today', '2026-11-23'], { cwd, env });
    const second = await coop(['lint', '--format', 'stylish', '--today', '2026-11-23'], { cwd, env });
    expect(first.stdout).toContain('7 | reviewed: 2016-06-12');
    expect(second).toEqual(first);
  });

  it('sees an edit that keeps the file the same size', async () => {
    const { cwd, env } = setup();
    expect((await coop(['lint', '--today', '2026-11-23'], { cwd, env })).code).toBe(0);
    const file = join(cwd, 'runbooks', 'fire.yaml');
    // Same length: "owner: executive-director" becomes "owner: executive-directot".
    writeFileSync(file, readFileSync(file, 'utf8').replace('owner: executive-director', 'owner: executive-directot'));
    const after = await coop(['lint', '--today', '2026-11-23'], { cwd, env });
    expect(after.code).toBe(1);
    expect(after.stdout).toContain(
      'runbooks/fire.yaml:6:8: error: unknown contact "executive-directot"; did you mean "executive-director"? [unknown-contact]',
    );
  });

  it('judges reviews again on another day', async () => {
    const { cwd, env } = setup();
    const file = join(cwd, 'runbooks', 'fire.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('reviewed: 2016-06-12', 'reviewed: 2026-06-12'));
    expect((await coop(['lint', '--today', '2026-11-23'], { cwd, env })).stdout).not.toContain('fire.yaml:7:11');
    expect((await coop(['lint', '--today', '2027-07-01'], { cwd, env })).stdout).toContain(
      'fire.yaml:7:11: warning: review overdue',
    );
  });

  it('is not used with COOP_NO_CACHE', async () => {
    const { cwd, env } = setup();
    await coop(['lint'], { cwd, env });
    const fresh = await coop(['lint'], { cwd, env: { ...env, COOP_NO_CACHE: '1' } });
    expect(fresh.code).toBe(0);
  });
});
