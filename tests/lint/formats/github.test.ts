import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/lint/finding.js';
import { annotation, render } from '../../../src/lint/formats/github.js';
import { ANNOTATION } from './annotation.js';
import { everyRuleReport, OPTIONS } from './every-rule-report.js';

const finding: Finding = {
  rule: 'phone-invalid',
  severity: 'error',
  category: 'people',
  file: 'runbooks/contacts.yaml',
  line: 4,
  col: 12,
  endLine: 4,
  endCol: 28,
  message: 'phone "(316) 92-8828" has 9 digits',
};

describe('github format', () => {
  it('writes one annotation a finding, every line parseable', () => {
    const report = everyRuleReport();
    const lines = render(report, OPTIONS).trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length);
    lines.forEach((line, i) => {
      const m = ANNOTATION.exec(line);
      expect(m, line).not.toBeNull();
      const f = report.findings[i]!;
      expect([m![1], m![2], Number(m![3]), Number(m![4]), m![7]]).toEqual([f.severity, f.file, f.line, f.col, f.rule]);
    });
  });

  it('gives the end of a one-line value', () => {
    expect(annotation(finding)).toBe(
      '::error file=runbooks/contacts.yaml,line=4,col=12,endLine=4,endColumn=28,title=phone-invalid::phone "(316) 92-8828" has 9 digits',
    );
  });

  it('leaves out the end column of a value over several lines', () => {
    expect(annotation({ ...finding, endLine: 9, endCol: 3 })).toBe(
      '::error file=runbooks/contacts.yaml,line=4,col=12,endLine=9,title=phone-invalid::phone "(316) 92-8828" has 9 digits',
    );
  });

  it('escapes what GitHub reads as markers, and control characters', () => {
    const odd = { ...finding, file: 'a,b:c%.yaml', message: '100% "\u001b[2J"\nnext' };
    expect(annotation(odd)).toBe(
      '::error file=a%2Cb%3Ac%25.yaml,line=4,col=12,endLine=4,endColumn=28,title=phone-invalid::100%25 "\\e[2J"\\nnext',
    );
  });
});
