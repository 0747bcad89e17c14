import { describe, expect, it } from 'vitest';
import { render } from '../../../src/lint/formats/json.js';
import { everyRuleReport, OPTIONS, TODAY } from './every-rule-report.js';

describe('json format (docs/lint-json.md)', () => {
  const report = everyRuleReport();
  const doc = JSON.parse(render(report, OPTIONS));

  it('has the documented top-level fields', () => {
    expect(Object.keys(doc)).toEqual(['version', 'tool', 'today', 'summary', 'findings']);
    expect(doc.version).toBe(1);
    expect(doc.tool).toEqual({ name: 'coop', version: '9.9.9' });
    expect(doc.today).toBe(TODAY);
    expect(doc.summary).toEqual({
      files: report.filesChecked,
      errors: report.counts.errors,
      warnings: report.counts.warnings,
    });
  });

  it('carries every finding with its position, range, severity, rule and message', () => {
    expect(doc.findings).toHaveLength(report.findings.length);
    expect(doc.findings.find((f: { rule: string }) => f.rule === 'review-overdue')).toEqual({
      file: 'old.yaml',
      line: 4,
      column: 11,
      endLine: 4,
      endColumn: 21,
      severity: 'warning',
      rule: 'review-overdue',
      category: 'policy',
      message: 'review overdue: last reviewed 2016-06-12, due again 2017-06-12 (every 12 months)',
    });
  });

  it('keeps runbook text as it is: JSON escapes control characters itself', () => {
    const f = doc.findings.find((x: { rule: string }) => x.rule === 'control-character');
    expect(f.message).toContain('\\e[31mAlert');
    const raw = render({ ...report, findings: [{ ...report.findings[0]!, message: 'a\u001bb' }] }, OPTIONS);
    expect(raw).toContain('"a\\u001bb"');
    expect(raw).not.toContain('\u001b');
  });

  it('escapes what JSON leaves raw but a terminal acts on: C1 controls and bidi overrides', () => {
    const raw = render(
      { ...report, findings: [{ ...report.findings[0]!, message: 'duplicate key "k\u009b2J\u202e"' }] },
      OPTIONS,
    );
    expect(raw).toContain('duplicate key \\"k\\u009b2J\\u202e\\"');
    expect(raw).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(raw).findings[0].message).toBe('duplicate key "k\u009b2J\u202e"');
  });
});
