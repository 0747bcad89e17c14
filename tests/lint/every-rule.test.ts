// lint's promise in miniature: a library with one violation of every rule
// gives exactly one finding per rule, at its own line and column, and
// nothing else.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/lint/engine.js';
import { lintTargets } from '../../src/lint/run/lint.js';
import { EVERY_RULE, EXPECTED_EVERY_RULE, everyRuleJournals } from './every-rule.js';

const run = await lintTargets([{ dir: EVERY_RULE }], {
  today: '2026-11-23',
  cwd: EVERY_RULE,
  journalDir: everyRuleJournals(),
});

describe('a library with one violation of every rule', () => {
  it('finds each at its own line and column, and nothing else', () => {
    expect(run.findings.map((f) => [f.file, f.line, f.col, f.rule])).toEqual(EXPECTED_EVERY_RULE);
  });

  it('covers every rule coop knows, once', () => {
    const seeded = EXPECTED_EVERY_RULE.map(([, , , rule]) => rule).sort();
    expect(seeded).toEqual(
      allRules()
        .map((r) => r.id)
        .sort(),
    );
  });

  it('gives each finding its rule default severity', () => {
    const severity = new Map(allRules().map((r) => [r.id, r.severity]));
    for (const f of run.findings) expect(f.severity, f.rule).toBe(severity.get(f.rule));
  });
});
