import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../src/library/source-file.js';
import type { Finding } from '../../../src/lint/finding.js';
import { render } from '../../../src/lint/formats/stylish.js';
import { everyRuleReport, OPTIONS } from './every-rule-report.js';

describe('stylish format', () => {
  const report = everyRuleReport();
  const out = render(report, OPTIONS);

  /** One finding, `at` its place on a file of one line, `line`. */
  const reportOn = (line: string, at: Partial<Finding>) => {
    const source: SourceFile = {
      displayPath: 'x.yaml',
      absolutePath: '/x.yaml',
      text: line,
      locate: () => ({ line: 1, col: 1 }),
      lineText: () => line,
    };
    const finding = { ...report.findings[0]!, file: 'x.yaml', line: 1, ...at };
    return { ...report, findings: [finding], sources: new Map([['x.yaml', source]]) };
  };
  /** One finding, on "BAD" in the middle of a source line 600 characters long. */
  const longLineReport = () =>
    reportOn(`do: ${'a'.repeat(300)}BAD${'b'.repeat(300)}`, { col: 305, endLine: 1, endCol: 308 });

  it('groups by file: line:col, severity, message, rule id, then the line with a caret', () => {
    expect(out).toContain(
      [
        'old.yaml',
        '  4:11  warning  review overdue: last reviewed 2016-06-12, due again 2017-06-12 (every 12 months)  review-overdue',
        '  4 | reviewed: 2016-06-12',
        '    |           ^^^^^^^^^^',
        '',
      ].join('\n'),
    );
  });

  it('aligns the columns within a file', () => {
    expect(out).toContain('  16:9   error    step id "call" is already used by step 3');
    expect(out).toContain('  5:11   error    unknown system "mial"');
  });

  it('ends with the totals', () => {
    const { errors, warnings } = report.counts;
    expect(out.trimEnd().split('\n').at(-1)).toBe(`${errors} errors, ${warnings} warnings`);
    expect(render({ ...report, findings: [], counts: { errors: 0, warnings: 0 } }, OPTIONS)).toBe(
      '0 errors, 0 warnings\n',
    );
    expect(
      render({ ...report, findings: report.findings.slice(0, 1), counts: { errors: 1, warnings: 1 } }, OPTIONS)
        .trimEnd()
        .split('\n')
        .at(-1),
    ).toBe('1 error, 1 warning');
  });

  it('colours only when asked', () => {
    expect(out).not.toContain('\u001b');
    const coloured = render(report, { ...OPTIONS, color: true });
    expect(coloured).toContain('\u001b[31m');
    expect(coloured).toContain('\u001b[33mwarning');
  });

  it('shows control characters of the source line escaped, with the caret still under the column', () => {
    const at = { col: 15, endLine: 1, endCol: 16, message: 'msg \u0007' };
    const text = render(reportOn('title: "\u001b[2J" x', at), OPTIONS);
    expect(text).not.toMatch(/[\u0007\u001b]/);
    const [, head, code, caret] = text.split('\n');
    expect(head).toContain('msg \\a');
    expect(code).toBe('  1 | title: "\\e[2J" x');
    expect(caret).toBe(`    | ${' '.repeat(15)}^`);
    expect(code!.indexOf('x', 10)).toBe(caret!.indexOf('^'));
  });

  it('cuts a long source line to a window around the column', () => {
    const [, , code, caret] = render(longLineReport(), OPTIONS).split('\n');
    expect(code!.length).toBeLessThan(120);
    expect(code!.slice(caret!.indexOf('^'), caret!.indexOf('^') + 3)).toBe('BAD');
    expect(caret!.trimEnd().endsWith(' ^^^')).toBe(true);
  });

  describe('on a terminal, within its width', () => {
    it('breaks each finding between words, under the column its message starts at', () => {
      const narrow = render(report, { ...OPTIONS, width: 60 });
      expect(narrow).toContain(
        [
          'old.yaml',
          '  4:11  warning  review overdue: last reviewed 2016-06-12,',
          '                 due again 2017-06-12 (every 12 months)',
          '                 review-overdue',
          '  4 | reviewed: 2016-06-12',
        ].join('\n'),
      );
      for (const width of [40, 60, 80]) {
        const lines = render(report, { ...OPTIONS, width }).split('\n');
        expect(lines.filter((l) => l.length > width)).toEqual([]);
      }
    });

    it('keeps a message readable on a terminal too narrow for it: at least a few words a line', () => {
      const lines = render(report, { ...OPTIONS, width: 10 }).split('\n');
      const continued = lines.filter((l) => /^ {17}\S/.test(l));
      expect(continued.length).toBeGreaterThan(0);
      expect(continued.every((l) => l.trim().length <= 20)).toBe(true);
      expect(lines).toContain('  4:11  warning  review overdue: last');
    });

    it('cuts a long source line to the width, the caret still under the column', () => {
      const lines = render(longLineReport(), { ...OPTIONS, width: 50 }).split('\n');
      const code = lines.find((l) => l.startsWith('  1 | '))!;
      const caret = lines.find((l) => l.includes('^'))!;
      expect(code.length).toBeLessThanOrEqual(50);
      expect(code.slice(caret.indexOf('^'), caret.indexOf('^') + 3)).toBe('BAD');
    });
  });
});
