// Every loader problem is a lint finding under its own code, an error, at
// the loader's position. The loader's messages are its own (tests/library
// pin them); here the rule id, severity and place are what matter.
import { describe, expect, it } from 'vitest';
import { LOADER_CODES } from '../../src/library/problem.js';
import { drill, lintCase } from './rule-tester.js';

const cases: Array<{
  code: keyof typeof LOADER_CODES;
  files: Record<string, string | null>;
  file: string;
  line: number;
  col: number;
  message: RegExp;
}> = [
  {
    code: 'file-unreadable',
    files: { 'contacts.yaml': null, 'drill.yaml': drill('- do: Go.\n') },
    file: 'contacts.yaml',
    line: 1,
    col: 1,
    message: /does not exist/,
  },
  {
    code: 'yaml-syntax',
    files: { 'drill.yaml': drill('- do: [Go.\n') },
    file: 'drill.yaml',
    line: 7,
    col: 9,
    message: /./,
  },
  {
    code: 'duplicate-key',
    files: { 'drill.yaml': drill('- do: Go.\n').replace('title: Drill', 'title: Drill\ntitle: Again') },
    file: 'drill.yaml',
    line: 3,
    col: 1,
    message: /duplicate key "title"/,
  },
  {
    code: 'unknown-key',
    files: { 'drill.yaml': drill('- do: Go.\n  contact: [executive-director]\n') },
    file: 'drill.yaml',
    line: 8,
    col: 5,
    message: /unknown key "contact".*did you mean "contacts"/,
  },
  {
    code: 'wrong-type',
    files: { 'drill.yaml': drill('- do: Go.\n').replace('notify: [executive-director]', 'notify: executive-director') },
    file: 'drill.yaml',
    line: 5,
    col: 9,
    message: /notify: expected a list/,
  },
  {
    code: 'step-kind',
    files: { 'drill.yaml': drill('- id: x\n  todo: Go.\n') },
    file: 'drill.yaml',
    line: 7,
    col: 5,
    message: /has none of do, ask or run/,
  },
  {
    code: 'invalid-value',
    files: { 'drill.yaml': drill('- do: Go.\n').replace('reviewed: 2026-06-01', 'reviewed: 2026-02-30') },
    file: 'drill.yaml',
    line: 4,
    col: 11,
    message: /not a real date/,
  },
];

describe('loader problems as lint findings', () => {
  for (const c of cases) {
    it(`${c.code}: ${LOADER_CODES[c.code]}`, () => {
      const found = lintCase({ name: c.code, files: c.files }).filter((f) => f.rule === c.code);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        rule: c.code,
        severity: 'error',
        category: 'loader',
        file: c.file,
        line: c.line,
        col: c.col,
      });
      expect(found[0]!.message).toMatch(c.message);
    });
  }

  it('a broken runbook is not also judged by the other rules', () => {
    const found = lintCase({
      name: 'broken',
      files: { 'systems.yaml': null, 'drill.yaml': drill('- do: Go.\n  contact: [nobody]\n') },
    });
    expect(found.map((f) => f.rule)).toEqual(['unknown-key']);
  });

  it('coop.yaml can lower a loader problem to a warning or turn it off', () => {
    const files = {
      'systems.yaml': null,
      'drill.yaml': drill('- do: Go.\n').replace('title: Drill', 'title: Drill\ntitle: Again'),
    };
    expect(
      lintCase({
        name: 'warning',
        files: { ...files, 'coop.yaml': 'lint:\n  rules:\n    duplicate-key: warning\n' },
      }).map((f) => [f.rule, f.severity]),
    ).toEqual([['duplicate-key', 'warning']]);
    expect(
      lintCase({ name: 'off', files: { ...files, 'coop.yaml': 'lint:\n  rules:\n    duplicate-key: "off"\n' } }),
    ).toEqual([]);
  });
});
