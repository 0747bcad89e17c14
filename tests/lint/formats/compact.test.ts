import { describe, expect, it } from 'vitest';
import { render } from '../../../src/lint/formats/compact.js';
import { everyRuleReport, OPTIONS } from './every-rule-report.js';

describe('compact format', () => {
  it('writes file:line:col: severity: message [rule-id], one finding a line', () => {
    const report = everyRuleReport();
    const lines = render(report, OPTIONS).trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length);
    expect(lines).toContain(
      'old.yaml:4:11: warning: review overdue: last reviewed 2016-06-12, due again 2017-06-12 (every 12 months) [review-overdue]',
    );
    for (const line of lines) expect(line).toMatch(/^[^:]+:\d+:\d+: (error|warning): .+ \[[a-z-]+\]$/);
  });

  it('escapes control characters in messages and file names', () => {
    const report = everyRuleReport();
    const f = { ...report.findings[0]!, file: 'a\u001b[2Jb.yaml', message: 'bad "\u009b31m"\nsecond line' };
    expect(render({ ...report, findings: [f] }, OPTIONS)).toBe(
      `a\\e[2Jb.yaml:${f.line}:${f.col}: error: bad "\\u009b31m"\\nsecond line [${f.rule}]\n`,
    );
  });

  it('prints nothing for a clean library', () => {
    const report = everyRuleReport();
    expect(render({ ...report, findings: [], counts: { errors: 0, warnings: 0 } }, OPTIONS)).toBe('');
  });
});
