// One fixture folder per way a library file can be wrong, each with the exact
// message a coordinator reads and the line and column it points at.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { FIXTURES } from '../helpers/paths.js';

const root = join(FIXTURES, 'loader');
const load = (name: string) => loadLibrary(join(root, name), { cwd: join(root, name) });
const shown = (name: string) => load(name).problems.map((p) => `${p.file}:${p.line}:${p.col} [${p.code}] ${p.message}`);

const cases: Array<[fixture: string, expected: string[]]> = [
  ['misspelled-key', ['drill.yaml:2:1 [unknown-key] unknown key "titel"; did you mean "title"?']],
  ['wrong-type', ['drill.yaml:2:8 [wrong-type] title: expected text, got the number 42; put it in quotes, like "42"']],
  ['missing-title', ['drill.yaml:1:1 [wrong-type] missing required key "title"']],
  ['empty-value', ['drill.yaml:2:1 [wrong-type] title: expected text, got nothing (an empty value)']],
  [
    'two-kinds',
    ['drill.yaml:5:5 [step-kind] steps[1] has both do and ask; a step is exactly one kind: split it into two steps'],
  ],
  [
    'no-kind',
    [
      'drill.yaml:5:5 [step-kind] steps[1] has none of do, ask or run; a step says what to do (do:), what to ask (ask:) or what to run (run:); "doo" is not one of them; did you mean "do"?',
    ],
  ],
  ['impossible-date', ['drill.yaml:3:11 [invalid-value] reviewed: "2016-02-30" is not a real date']],
  [
    'bad-duration',
    [
      'drill.yaml:5:14 [invalid-value] steps[1].timeout: "5 minutes" must be a number and a unit (s, m, h or d), like 30m, 4h or 2d',
    ],
  ],
  [
    'duplicate-key',
    ['drill.yaml:3:1 [duplicate-key] duplicate key "title": each key may appear only once in a mapping'],
  ],
  ['yaml-syntax', ['drill.yaml:2:8 [yaml-syntax] a quoted value is never closed: add the closing quote']],
  ['tab-indent', ['drill.yaml:4:1 [yaml-syntax] a tab is used for indentation; YAML indents with spaces only']],
  [
    'bad-phase',
    [
      'drill.yaml:5:12 [invalid-value] steps[1].phase: "recovr" is not one of activate, recover, reconstitute; did you mean "recover"?',
    ],
  ],
  ['not-a-mapping', ['drill.yaml:1:1 [wrong-type] holds a list; it must be a mapping of keys, like "id: power-loss"']],
  ['empty-file', ['drill.yaml:1:1 [wrong-type] is empty; it must be a mapping of keys, like "id: power-loss"']],
  [
    'bad-id',
    [
      'drill.yaml:1:5 [invalid-value] id: "Drill_One" must be kebab-case: lower-case letters, digits and single hyphens, like power-loss',
    ],
  ],
  [
    'bad-contact-field',
    [
      'contacts.yaml:4:12 [wrong-type] contacts[1].phone: expected text, got the number 3165550100; put it in quotes, like "3165550100"',
      'contacts.yaml:7:5 [unknown-key] unknown key "emial" in contacts[2]; did you mean "email"?',
    ],
  ],
];

describe('loader problems, one fixture each', () => {
  it.each(cases)('%s', (fixture, expected) => {
    expect(shown(fixture)).toEqual(expected);
  });

  it('collects every problem of every file in one pass', () => {
    expect(shown('many-problems')).toEqual([
      'drill.yaml:2:1 [unknown-key] unknown key "titel"; did you mean "title"?',
      'drill.yaml:5:5 [unknown-key] unknown key "nxt" in steps[1]; did you mean "next"?',
      'drill.yaml:8:17 [wrong-type] steps[2].choices[1].answer: expected text, got true (a yes/no value; quote it to make it text)',
      'other.yaml:3:11 [invalid-value] reviewed: "2016-13-01" is not a real date',
      'other.yaml:4:8 [invalid-value] steps: must list at least one step',
    ]);
  });

  it('keeps each contact with what could be read of it, and names the runbook files of which nothing could be', () => {
    const library = load('bad-contact-field');
    expect(library.runbooks.map((r) => r.value.id)).toEqual(['drill']);
    expect(library.contacts.map((c) => c.value)).toEqual([
      { id: 'director', name: 'Director' },
      { id: 'helper', name: 'Helper' },
    ]);
    expect([...library.brokenContactIds]).toEqual([]);
    expect(load('two-kinds').brokenRunbooks).toEqual([]);
    expect(load('not-a-mapping').brokenRunbooks).toEqual([{ id: 'drill', file: 'drill.yaml' }]);
  });

  it('reports __proto__ and constructor as unknown keys, never as step kinds or prototypes', () => {
    expect(shown('prototype-keys')).toEqual([
      'drill.yaml:1:1 [unknown-key] unknown key "__proto__"',
      'drill.yaml:3:1 [unknown-key] unknown key "constructor"',
      'drill.yaml:8:5 [unknown-key] unknown key "__proto__" in steps[1]',
      'drill.yaml:10:5 [unknown-key] unknown key "constructor" in steps[2]',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
