// Corrective actions added to a library's improvements.yaml: what is there
// stays as the coordinator wrote it, a new file starts as the library's others
// do, and nothing is written over an edit made meanwhile.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addImprovements, writeImprovements, type NewImprovement } from '../../src/edit/improvements.js';
import { loadLibrary } from '../../src/library/load.js';
import { shippedCopy } from './library-copy.js';

const ACTION: NewImprovement = {
  id: 'power-loss-tabletop-1',
  exercise: 'power-loss-tabletop',
  action: 'Name who calls the Director when she is away',
  owner: 'executive-director',
  due: '2026-12-15',
  runbook: 'power-loss',
};

/** A copy of the shipped library holding `improvements` as its improvements.yaml, when given. */
function libraryWith(improvements?: string) {
  const cwd = shippedCopy();
  const root = join(cwd, 'runbooks');
  if (improvements !== undefined) writeFileSync(join(root, 'improvements.yaml'), improvements);
  return { cwd, root, library: loadLibrary(root, { cwd }) };
}

describe('adding corrective actions to improvements.yaml', () => {
  it('keeps every line of a file laid out otherwise than yaml would (comments, four-space indents), adding at the end', () => {
    const before = [
      '# Our improvement plan (kept by the office manager)',
      'improvements:',
      '    - id: old-one    # from the spring drill',
      '      action: Print the binder again',
      '      owner: executive-director',
      '      due: 2026-06-01',
      '      runbook: power-loss',
      '',
    ].join('\n');
    const { cwd, root, library } = libraryWith(before);
    const edit = addImprovements(library, [ACTION], cwd);
    writeImprovements(edit);
    const after = readFileSync(join(root, 'improvements.yaml'), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after).toContain('id: power-loss-tabletop-1');
    expect(loadLibrary(root, { cwd }).improvements.map((i) => i.value.id)).toEqual([
      'old-one',
      'power-loss-tabletop-1',
    ]);
  });

  it('adds an action in the layout of the file\'s own, "-   id" items flush with their key (PyYAML), CRLF line ends', () => {
    const before = [
      'improvements:',
      '-   id: old-one    # from the spring drill',
      '    exercise: spring-drill',
      '    action: Print the binder again',
      '    owner: executive-director',
      '    due: 2026-06-01',
      '    runbook: power-loss',
      '# closed ones go to the archive',
      '',
    ].join('\r\n');
    const { cwd, library } = libraryWith(before);
    expect(addImprovements(library, [ACTION], cwd).change.after).toBe(
      [
        'improvements:',
        '-   id: old-one    # from the spring drill',
        '    exercise: spring-drill',
        '    action: Print the binder again',
        '    owner: executive-director',
        '    due: 2026-06-01',
        '    runbook: power-loss',
        '',
        '-   id: power-loss-tabletop-1',
        '    exercise: power-loss-tabletop',
        '    action: Name who calls the Director when she is away',
        '    owner: executive-director',
        '    due: 2026-12-15',
        '    runbook: power-loss',
        '# closed ones go to the archive',
        '',
      ].join('\r\n'),
    );
  });

  it('starts a new file with the schema line contacts.yaml has, and what the file is for', () => {
    const { cwd, root, library } = libraryWith();
    writeFileSync(
      join(root, 'contacts.yaml'),
      `# yaml-language-server: $schema=../schema/contacts.schema.json\n${readFileSync(join(root, 'contacts.yaml'), 'utf8')}`,
    );
    const edit = addImprovements(loadLibrary(root, { cwd }), [ACTION], cwd);
    expect(edit.created).toBe(true);
    writeImprovements(edit);
    const text = readFileSync(join(root, 'improvements.yaml'), 'utf8');
    expect(text.split('\n', 2)).toEqual([
      '# yaml-language-server: $schema=../schema/improvements.schema.json',
      '# The improvement plan: corrective actions from exercises, followed up by coop status.',
    ]);
    expect(library.improvements).toEqual([]);
    expect(loadLibrary(root, { cwd }).improvements.map((i) => i.value.id)).toEqual(['power-loss-tabletop-1']);
  });

  it('writes nothing over an edit someone made after coop read the file', () => {
    const { cwd, root, library } = libraryWith('improvements: []\n');
    const edit = addImprovements(library, [ACTION], cwd);
    writeFileSync(join(root, 'improvements.yaml'), 'improvements: [] # edited meanwhile\n');
    expect(() => writeImprovements(edit)).toThrow(
      /was changed by someone else while coop was working; nothing written/,
    );
    expect(readFileSync(join(root, 'improvements.yaml'), 'utf8')).toBe('improvements: [] # edited meanwhile\n');
  });

  it('refuses a file that holds a list instead of keys', () => {
    const { cwd, library } = libraryWith('- improvements\n');
    expect(() => addImprovements(library, [ACTION], cwd)).toThrow(
      /improvements\.yaml does not hold a mapping of keys at its top; fix it first$/,
    );
  });

  it('refuses a file that is not YAML, saying where and what', () => {
    const { cwd, library } = libraryWith('# actions\nimprovements: [\n');
    expect(() => addImprovements(library, [ACTION], cwd)).toThrow(
      /improvements\.yaml:2:15: a \[ list is never closed: add the closing \]; fix it first$/,
    );
  });
});
