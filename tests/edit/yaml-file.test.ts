// Changes through yaml's document API keep what the coordinator wrote: only
// the lines a change touches differ, comments and layout stay.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeOf, diffOf } from '../../src/edit/change.js';
import { editedText, listItemById, openYamlFile, setKey, topMapping } from '../../src/edit/yaml-file.js';
import { plainStyle } from '../../src/text/style.js';
import { FIXTURES, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

function copyOf(source: string): string {
  const path = join(tempDir(), 'runbook.yaml');
  copyFileSync(source, path);
  return path;
}

function signOff(path: string) {
  const file = openYamlFile(path, 'runbook.yaml');
  const top = topMapping(file);
  setKey(file, top, 'reviewed', '2026-11-23');
  setKey(file, top, 'reviewed_by', 'Pat Lee', ['reviewed']);
  return file;
}

describe('a change to a YAML file', () => {
  it('changes only the reviewed line and adds reviewed_by under it in a shipped runbook', () => {
    const path = copyOf(join(SHIPPED_RUNBOOKS, 'power-loss.yaml'));
    expect(diffOf(changeOf(signOff(path)), plainStyle)).toBe(
      [
        '--- a/runbook.yaml',
        '+++ b/runbook.yaml',
        '@@ -4,7 +4,8 @@',
        ' summary: Power is lost while staff are in the office.',
        ' source: KS-CPOST Policy 105, V.C (Losing Power During Office Hours)',
        ' owner: executive-director',
        '-reviewed: 2016-06-12',
        '+reviewed: 2026-11-23',
        '+reviewed_by: Pat Lee',
        ' review_every_months: 12',
        ' systems: [computers, servers]',
        ' keywords: [power outage, no power, power out, blackout, electricity, outage, battery backup]',
        '',
      ].join('\n'),
    );
  });

  it('names a file outside the folder as git does: a/tmp/..., not a//tmp/...', () => {
    const path = copyOf(join(SHIPPED_RUNBOOKS, 'power-loss.yaml'));
    const change = { ...changeOf(signOff(path)), display: path };
    const [minus, plus] = diffOf(change, plainStyle).split('\n');
    expect(minus).toBe(`--- a${path}`);
    expect(plus).toBe(`+++ b${path}`);
  });

  it('keeps a layout yaml would not write, and the comment after the value it changes where it stood', () => {
    const path = copyOf(join(FIXTURES, 'edit', 'own-layout.yaml'));
    const before = readFileSync(path, 'utf8');
    const after = editedText(signOff(path));
    expect(after).toBe(
      before.replace(
        'reviewed: 2025-01-15        # last looked at in January\n',
        'reviewed: 2026-11-23        # last looked at in January\nreviewed_by: Pat Lee\n',
      ),
    );
  });

  it('leaves a file it does not change byte for byte as it was', () => {
    const path = copyOf(join(FIXTURES, 'edit', 'own-layout.yaml'));
    const file = openYamlFile(path, 'runbook.yaml');
    setKey(file, topMapping(file), 'reviewed', '2025-01-15');
    expect(editedText(file)).toBe(readFileSync(path, 'utf8'));
  });
});

describe('a change to a file indented otherwise than coop writes', () => {
  it('adds a key to a list item at the depth of its neighbours in a file indented by four spaces', () => {
    const path = join(tempDir(), 'systems.yaml');
    const before = [
      'systems:',
      '    - id: exchange   # the mail server',
      '      name: Exchange',
      '    - id: backups',
      '      name: Offsite backups',
      '',
    ].join('\n');
    writeFileSync(path, before);
    const file = openYamlFile(path, 'systems.yaml');
    setKey(file, listItemById(topMapping(file), 'systems', 'exchange')!, 'rto', '8h', ['name']);
    expect(editedText(file)).toBe(
      [
        'systems:',
        '    - id: exchange   # the mail server',
        '      name: Exchange',
        '      rto: 8h',
        '    - id: backups',
        '      name: Offsite backups',
        '',
      ].join('\n'),
    );
  });
});

describe('a change that cannot be carried onto the file where it stands', () => {
  it('has the whole file written by yaml as near its layout as yaml comes, the diff showing every line', () => {
    const path = join(tempDir(), 'systems.yaml');
    writeFileSync(path, 'systems:\n-   id: exchange     # the mail server\n    name: Exchange\n');
    const file = openYamlFile(path, 'systems.yaml');
    // A key put before an item's first, on its dash's line: not one of coop's own changes.
    listItemById(topMapping(file), 'systems', 'exchange')!.items.unshift(file.doc.createPair('rto', '8h'));
    expect(editedText(file)).toBe('systems:\n  - rto: 8h\n    id: exchange # the mail server\n    name: Exchange\n');
  });
});

describe('the diff of a change', () => {
  const change = (before: string, after: string) => ({ path: '/x', display: 'x.yaml', before, after });

  it('shows indentation as it is, and only an indentation no file needs by its length', () => {
    const deep = ' '.repeat(60);
    const shown = diffOf(change('a:\n            b: 1\n', `a:\n            b: 2\n${deep}c: 3\n`), plainStyle);
    expect(shown.split('\n').slice(4, 7)).toEqual([
      '-            b: 1',
      '+            b: 2',
      `+${' '.repeat(40)}[20 spaces]c: 3`,
    ]);
  });
});
