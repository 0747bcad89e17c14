// Runbook ids and incident ids that try to leave their folder, and typed
// arguments that carry terminal escapes. A real runbook and a real journal
// sit just outside the folders, where `../` or an absolute path would find
// them: coop must refuse the id, never read what is there.
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { coop } from '../helpers/coop.js';
import { describeRun, expectCleanRun, expectOneLineError } from '../helpers/expect-run.js';

let root: string;
/** Options that point coop at the test's library and journal folder. */
const lib = () => ['--runbooks', join(root, 'lib')];
const journal = () => ['--journal-dir', join(root, 'journal')];

beforeAll(async () => {
  root = tempDir('coop-ids-');
  cpSync(join(FIXTURES, 'walk', 'library'), join(root, 'lib'), { recursive: true });
  // A good runbook one folder up from the library.
  writeFileSync(
    join(root, 'outside.yaml'),
    readFileSync(join(root, 'lib', 'unnamed.yaml'), 'utf8').replace('id: unnamed', 'id: outside'),
  );
  // A good journal one folder up from the journal folder, named x.jsonl.
  writeFileSync(join(root, 'answers.yaml'), 'step-2: "Yes"\n');
  const made = await coop([
    ...lib(),
    'incident',
    'unnamed',
    '--yes',
    '--answers',
    join(root, 'answers.yaml'),
    ...journal(),
  ]);
  const dir = join(root, 'journal');
  const file = readdirSync(dir).find((n) => n.endsWith('.jsonl'));
  if (!file) throw new Error(`no journal to plant:\n${describeRun(made)}`);
  renameSync(join(dir, file), join(root, 'x.jsonl'));
});

describe('ids that try to leave their folder', () => {
  const runbookIds = () => [
    '../outside',
    '../../etc/passwd',
    '/etc/passwd',
    join(root, 'outside'),
    join(root, 'outside.yaml'),
    '../lib/unnamed',
  ];

  it('coop show refuses each as "no runbook", and shows nothing of what is there', async () => {
    for (const id of runbookIds()) {
      const r = await coop([...lib(), 'show', id]);
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expectOneLineError(r, `coop: no runbook "${id}" in `);
      expect(r.stdout, describeRun(r)).toBe('');
    }
  });

  it('coop incident and coop drill refuse each, with no journal written', async () => {
    for (const id of runbookIds()) {
      for (const args of [
        ['incident', id, '--yes', ...journal()],
        ['drill', id, '--dry-run'],
        ['incident', id, '--dry-run', '--json'],
      ]) {
        const r = await coop([...lib(), ...args]);
        expectCleanRun(r);
        expect(r.code, describeRun(r)).toBe(2);
        expectOneLineError(r, `coop: no runbook "${id}" in `);
        expect(r.stdout, describeRun(r)).toBe('');
      }
    }
    expect(readdirSync(join(root, 'journal')).filter((n) => n.endsWith('.jsonl'))).toEqual([]);
  });

  const incidentIds = () => [
    '../x',
    '../../x',
    '/tmp/x',
    join(root, 'x'),
    join(root, 'x.jsonl'),
    '.',
    '..',
    'x/../../x',
    `${'a'.repeat(161)}`,
  ];

  it.each(['report', 'resume'])(
    'coop %s refuses each incident id that is not one, before reading anything',
    async (command) => {
      for (const id of incidentIds()) {
        const r = await coop([command, id, ...journal(), ...lib()]);
        expectCleanRun(r);
        expect(r.code, describeRun(r)).toBe(2);
        expectOneLineError(
          r,
          'is not an incident id; ids look like 20261123-091503-power-loss-k3f9 (coop incidents lists the incidents there)',
        );
        expect(r.stdout, describeRun(r)).toBe('');
      }
      // The planted journal is untouched: nothing resumed it or locked it.
      expect(existsSync(join(root, 'x.lock'))).toBe(false);
      expect(readFileSync(join(root, 'x.jsonl'), 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(1);
    },
  );
});

describe('typed arguments that carry terminal escapes', () => {
  const hostile = 'a\u001b[2J\u009b2J\u202e\u0007\r\nb';
  const cases = (): string[][] => [
    [...lib(), 'show', hostile],
    [...lib(), 'incident', hostile, '--dry-run'],
    ['report', hostile, ...journal()],
    ['resume', hostile, ...journal()],
    ['lint', hostile],
    ['--runbooks', hostile, 'list'],
    [...lib(), 'incident', 'unnamed', '--answers', hostile],
    [...lib(), 'list', `--${hostile}`],
    [...lib(), 'show', '--format', hostile, 'unnamed'],
  ];

  // Shown as the terminal escapes of src/text/sanitize.ts (\\e) or as JSON's
  // (\\u001b): visible either way. commander's own errors keep a typed line break.
  it('are shown escaped, with exit 2', async () => {
    for (const args of cases()) {
      const r = await coop(args);
      expectCleanRun(r);
      expect(r.code, describeRun(r)).toBe(2);
      expect(r.stderr, describeRun(r)).toMatch(/^coop: .*a\\(e|u001b)\[2J\\u009b2J\\u202e\\(a|u0007)\\r(\\n|\n)b/);
    }
  });
});
