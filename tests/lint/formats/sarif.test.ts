import { describe, expect, it } from 'vitest';
import { render } from '../../../src/lint/formats/sarif.js';
import { validateSarif } from './sarif-schema.js';
import { everyRuleReport, OPTIONS } from './every-rule-report.js';

describe('sarif format', () => {
  const report = everyRuleReport();
  const log = JSON.parse(render(report, OPTIONS));
  const run = log.runs[0];

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validateSarif(log)).toEqual([]);
  });

  it('describes every rule in the tool driver, with its default level', () => {
    expect(run.tool.driver.name).toBe('coop');
    expect(run.tool.driver.version).toBe('9.9.9');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(report.rules.map((r) => r.id));
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'review-overdue')).toEqual({
      id: 'review-overdue',
      name: 'review-overdue',
      shortDescription: { text: report.rules.find((r) => r.id === 'review-overdue')!.description },
      defaultConfiguration: { level: 'warning' },
      properties: { category: 'policy' },
    });
  });

  it('carries the same findings, each pointing at its rule by index', () => {
    expect(run.results).toHaveLength(report.findings.length);
    run.results.forEach((result: any, i: number) => {
      const f = report.findings[i]!;
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(f.rule);
      expect(result).toMatchObject({ ruleId: f.rule, level: f.severity, message: { text: f.message } });
      expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: f.file, uriBaseId: '%SRCROOT%' });
      expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: f.line, startColumn: f.col });
    });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/every-rule\/$/);
  });

  it('never writes a 0 line or column, which code scanning rejects', () => {
    const broken = { ...report, findings: [{ ...report.findings[0]!, line: 0, col: 0, endLine: 0, endCol: 0 }] };
    const out = JSON.parse(render(broken, OPTIONS));
    expect(out.runs[0].results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 2,
    });
    expect(validateSarif(out)).toEqual([]);
  });

  it('writes paths with spaces as valid URIs, and absolute paths as file: URIs', () => {
    const odd = {
      ...report,
      findings: [
        { ...report.findings[0]!, file: 'my runbooks/power loss.yaml' },
        { ...report.findings[0]!, file: '/tmp/lib/x.yaml' },
      ],
    };
    const out = JSON.parse(render(odd, OPTIONS));
    expect(out.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation)).toEqual([
      { uri: 'my%20runbooks/power%20loss.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///tmp/lib/x.yaml' },
    ]);
    expect(validateSarif(out)).toEqual([]);
  });

  it('escapes C1 controls and bidi overrides a message quotes from a file, and stays the same JSON', () => {
    const raw = render(
      { ...report, findings: [{ ...report.findings[0]!, message: 'duplicate key "k\u009b2J\u202e"' }] },
      OPTIONS,
    );
    expect(raw).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(raw).runs[0].results[0].message.text).toBe('duplicate key "k\u009b2J\u202e"');
  });

  it('the schema rejects what SARIF forbids (a sanity check of the schema itself)', () => {
    const bad = JSON.parse(JSON.stringify(log));
    bad.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    bad.runs[0].results[0].level = 'fatal';
    delete bad.runs[0].tool.driver.name;
    expect(validateSarif(bad).length).toBe(3);
  });
});
