// An empty library file, or one that holds a list: the message shows the
// first line of that kind of file, not a runbook's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { tempDir } from '../helpers/paths.js';

function libraryWith(files: Record<string, string>) {
  const dir = tempDir();
  mkdirSync(join(dir, 'exercises'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return loadLibrary(dir, { cwd: dir }).problems.map((p) => `${p.file}: ${p.message}`);
}

describe('an empty or listed library file', () => {
  it('is told the first line of its own kind', () => {
    expect(
      libraryWith({
        'contacts.yaml': '',
        'systems.yml': '# nothing yet\n',
        'coop.yaml': '- 12\n',
        'improvements.yaml': '',
        'power-loss.yaml': '',
        'exercises/tabletop.yaml': '',
      }).sort(),
    ).toEqual([
      'contacts.yaml: is empty; it must be a mapping of keys, like "contacts:"',
      'coop.yaml: holds a list; it must be a mapping of keys, like "exercise_every_months: 12"',
      'exercises/tabletop.yaml: is empty; it must be a mapping of keys, like "id: power-loss-tabletop"',
      'improvements.yaml: is empty; it must be a mapping of keys, like "improvements:"',
      'power-loss.yaml: is empty; it must be a mapping of keys, like "id: power-loss"',
      'systems.yml: is empty; it must be a mapping of keys, like "systems:"',
    ]);
  });
});
