import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPathOf, displayPathsIn } from '../../src/library/paths.js';

// The loader shows a library's files with displayPathsIn (the folder worked
// out once); every other place with displayPathOf. A finding must name a file
// the same way whichever of the two named it.
describe('displayPathsIn', () => {
  const cases: Array<{ folder: string; cwd: string }> = [
    { folder: '/work/agency', cwd: '/work/agency' },
    { folder: '/work/agency/runbooks', cwd: '/work/agency' },
    { folder: '/work/agency/runbooks/more', cwd: '/work/agency' },
    { folder: '/work/other', cwd: '/work/agency' },
    { folder: '/work', cwd: '/work/agency' },
    { folder: '/work/agency..old', cwd: '/work/agency' },
    { folder: '/', cwd: '/work' },
  ];
  const names = ['power-loss.yaml', '..hidden.yaml', '...yaml', 'a b.yml'];

  for (const { folder, cwd } of cases)
    it(`names the files of ${folder} from ${cwd} as displayPathOf does`, () => {
      const shown = displayPathsIn(folder, cwd);
      for (const name of names) expect(shown(name)).toBe(displayPathOf(join(folder, name), cwd));
    });

  it('keeps a file whose name starts with two dots inside the folder it is in', () => {
    expect(displayPathOf('/work/agency/..hidden.yaml', '/work/agency')).toBe('..hidden.yaml');
    expect(displayPathOf('/work/other/x.yaml', '/work/agency')).toBe('/work/other/x.yaml');
  });
});
