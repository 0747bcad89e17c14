// A date a person wrote their own way gets one message, saying the form; a
// date written right that no calendar has gets one, saying so.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { tempDir } from '../helpers/paths.js';

function problemsOf(reviewed: string): string[] {
  const dir = tempDir();
  writeFileSync(join(dir, 'contacts.yaml'), 'contacts: []\n');
  writeFileSync(
    join(dir, 'drill.yaml'),
    `id: drill\ntitle: Drill\nreviewed: ${reviewed}\nsteps:\n  - do: Leave the building.\n`,
  );
  return loadLibrary(dir, { cwd: dir }).problems.map((p) => `${p.line}:${p.col} ${p.message}`);
}

describe('reviewed: a date', () => {
  it('written another way (12/06/2016): the form, once', () => {
    expect(problemsOf('12/06/2016')).toEqual([
      '3:11 reviewed: "12/06/2016" must be a date written YYYY-MM-DD, like 2016-06-12',
    ]);
  });

  it('written right, but no such day (2016-02-30): not a real date, once', () => {
    expect(problemsOf('2016-02-30')).toEqual(['3:11 reviewed: "2016-02-30" is not a real date']);
  });
});
