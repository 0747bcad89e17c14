// `coop lint` on an exercise file, as a coordinator editing one runs it:
// the problem at file:line:col, judged against the runbooks of its library,
// whether the file, its exercises/ folder or the whole library is named.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

const TODAY = ['--today', '2026-11-23'];
const FILE = join('lib', 'exercises', 'power-loss-tabletop.yaml');
const BROKEN =
  'lib/exercises/power-loss-tabletop.yaml:43:33: error: inject "director-away" expects step "call-director", which runbook power-loss does not have [exercise-unknown-step]';

describe('coop lint on a broken exercise file', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = tempDir();
    cpSync(SHIPPED_RUNBOOKS, join(cwd, 'lib'), { recursive: true });
    const text = readFileSync(join(cwd, FILE), 'utf8');
    writeFileSync(
      join(cwd, FILE),
      text.replace('[director-in-office, update-director]', '[director-in-office, call-director]'),
    );
  });

  it('names the step the runbook does not have at file:line:col, and exits 1', async () => {
    const r = await coop(['lint', FILE, ...TODAY], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd()).toBe(BROKEN);
  });

  it('lints the exercises/ folder named alone against the library above it', async () => {
    const r = await coop(['lint', join('lib', 'exercises'), ...TODAY], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd()).toBe(BROKEN);
  });

  it('reports it in a lint of the whole library too', async () => {
    const r = await coop(['lint', 'lib', ...TODAY], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toContain(BROKEN);
  });
});
