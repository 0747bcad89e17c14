// Where no library is found, coop works on the sample it ships, and says so
// to a person so nobody takes the sample for their plan; a script's stderr
// stays quiet (docs/runbook-format.md, "Which folder is the library").
import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { REPO_ROOT } from '../helpers/paths.js';

const NOTE =
  'coop: no runbooks/ folder or coop.yaml here or in any folder above; using the sample library shipped with coop (give yours with --runbooks DIR or COOP_RUNBOOKS)\n';

describe('the shipped sample, where there is no library', () => {
  it('is said in one line on stderr at a terminal wide enough', async () => {
    const r = await coop(['list'], { stderrIsTTY: true, columns: 200 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('power-loss');
    expect(r.stderr).toBe(NOTE);
  });

  it('broken at spaces on a terminal of 80 columns, never inside a word', async () => {
    const r = await coop(['list'], { stderrIsTTY: true, columns: 80 });
    expect(r.stderr).toBe(
      [
        'coop: no runbooks/ folder or coop.yaml here or in any folder above; using the',
        '      sample library shipped with coop (give yours with --runbooks DIR or',
        '      COOP_RUNBOOKS)',
        '',
      ].join('\n'),
    );
  });

  it('is not said to a script, nor where the library was found', async () => {
    expect((await coop(['list'])).stderr).toBe('');
    expect((await coop(['list'], { stderrIsTTY: true, cwd: REPO_ROOT })).stderr).toBe('');
  });
});
