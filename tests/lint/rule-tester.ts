// ESLint's RuleTester, for coop: each case is a small library written to a
// temporary folder; valid cases must give no finding of the rule, invalid
// cases exactly the findings listed, each with its file, line, column and message.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { allRules, lintLibrary } from '../../src/lint/engine.js';
import { sortFindings, type Finding } from '../../src/lint/finding.js';
import type { RecoveryRecord } from '../../src/journal/recovery-records.js';

export const TODAY = '2026-11-23';

/** Two reachable contacts and one system with objectives: a backdrop that breaks no rule. */
export const BASE_FILES: Record<string, string> = {
  'contacts.yaml': yaml`
    contacts:
      - id: executive-director
        name: Executive Director
        reach: In person
      - id: choose-networks
        name: CHOOSE Networks Support Desk
        phone: "(316) 928-8828"
  `,
  'systems.yaml': yaml`
    systems:
      - id: servers
        name: Office servers
        rto: 4h
        rpo: 24h
  `,
};

export interface Case {
  name: string;
  /** File name to YAML text; contacts.yaml and systems.yaml default to BASE_FILES (null leaves one out). */
  files: Record<string, string | null>;
  today?: string;
  /** Lint only these files, as `coop lint FILE` does. */
  only?: string[];
  /** The incidents and drills on record, as lint reads them from the journal folder. */
  records?: RecoveryRecord[];
}

export interface Expected {
  /** Defaults to the only runbook file of the case, else contacts.yaml. */
  file?: string;
  line: number;
  col: number;
  message: string;
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

/** Dedents a YAML template so each case reads as the file does, line 1 first. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '\n')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function lintCase(c: Case): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'coop-rule-'));
  const files = { ...BASE_FILES, ...c.files };
  for (const [name, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const only = c.only?.map((f) => join(dir, f));
  const library = loadLibrary(dir, { cwd: dir, onlyRunbooks: only });
  return sortFindings(
    lintLibrary(library, {
      today: c.today ?? TODAY,
      onlyFiles: c.only ? new Set(c.only) : undefined,
      records: c.records,
    }),
  );
}

/**
 * A runbook "drill" whose steps start on line 7: the header names an owner,
 * a recent review and someone to notify, so it breaks no rule of its own.
 */
export function drill(steps: string): string {
  const header = yaml`
    id: drill
    title: Drill
    owner: executive-director
    reviewed: 2026-06-01
    notify: [executive-director]
    steps:
  `;
  return header + steps.replace(/^(?=.)/gm, '  ');
}

function defaultFile(c: Case): string {
  const runbooks = Object.keys(c.files).filter((f) => !['contacts.yaml', 'systems.yaml', 'coop.yaml'].includes(f));
  return runbooks.length === 1 ? runbooks[0]! : 'contacts.yaml';
}

export function testRule(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const meta = allRules().find((r) => r.id === ruleId);
  describe(ruleId, () => {
    it('is a known rule', () => expect(meta?.id).toBe(ruleId));
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(lintCase(c).filter((f) => f.rule === ruleId)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = lintCase(c)
          .filter((f) => f.rule === ruleId)
          .map((f) => ({ file: f.file, line: f.line, col: f.col, message: f.message, severity: f.severity }));
        const expected = c.errors.map((e) => ({
          file: e.file ?? defaultFile(c),
          line: e.line,
          col: e.col,
          message: e.message,
          severity: meta!.severity,
        }));
        expect(found).toEqual(expected);
      });
    }
  });
}
