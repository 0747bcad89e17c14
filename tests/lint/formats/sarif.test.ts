import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../../src/lint/formats/sarif.js';
import { sourceRootOf } from '../../../src/lint/formats/sarif-source-root.js';
import { tempDir } from '../../helpers/paths.js';
import type { SourceFile } from '../../../src/library/source-file.js';
import { validateSarif } from './sarif-schema.js';
import { everyRuleReport, OPTIONS } from './every-rule-report.js';

describe('sarif format', () => {
  const report = everyRuleReport();
  const log = JSON.parse(render(report, OPTIONS));
  const run = log.runs[0];
  /** The every-rule library's folder as a URI under %SRCROOT%, the top of the checkout it is in. */
  const fromRoot = relative(sourceRootOf(OPTIONS.cwd), OPTIONS.cwd).split(/[\\/]/).join('/');

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validateSarif(log)).toEqual([]);
  });

  it('describes every rule in the tool driver, with its default level', () => {
    expect(run.tool.driver.name).toBe('coop');
    expect(run.tool.driver.version).toBe('9.9.9');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(report.rules.map((r) => r.id));
    expect(run.tool.driver.informationUri).toBe('https://github.com/coop-runbooks/coop');
    const docs = 'https://github.com/coop-runbooks/coop/blob/main/docs/lint.md#review-overdue';
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'review-overdue');
    expect(rule).toMatchObject({
      id: 'review-overdue',
      shortDescription: { text: report.rules.find((r) => r.id === 'review-overdue')!.description },
      helpUri: docs,
      defaultConfiguration: { level: 'warning' },
      properties: { category: 'policy' },
    });
    // SARIF wants no `name` that only repeats the id; GitHub wants a full description and help.
    expect(rule.name).toBeUndefined();
    expect(rule.fullDescription.text).toContain('ITEC 5300');
    expect(rule.help.markdown).toContain(`[\`review-overdue\` in docs/lint.md](${docs})`);
    expect(rule.help.markdown).toContain('Reported as a warning unless coop.yaml says otherwise under `lint.rules`');
    expect(rule.help.text).not.toContain('`');
  });

  it('carries the same findings, each pointing at its rule by index', () => {
    expect(run.results).toHaveLength(report.findings.length);
    run.results.forEach((result: any, i: number) => {
      const f = report.findings[i]!;
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(f.rule);
      expect(result).toMatchObject({ ruleId: f.rule, level: f.severity, message: { text: f.message } });
      expect(result.locations[0].physicalLocation.artifactLocation).toEqual({
        uri: `${fromRoot}/${f.file}`,
        uriBaseId: '%SRCROOT%',
      });
      expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: f.line, startColumn: f.col });
    });
  });

  it('resolves paths against the top of the git work tree, whichever sub-folder lint ran in', () => {
    const repo = tempDir('coop-sarif-repo-');
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'plan', 'sub'), { recursive: true });
    const finding = { ...report.findings[0]!, file: '../runbooks/power-loss.yaml' };
    const out = JSON.parse(render({ ...report, findings: [finding] }, { ...OPTIONS, cwd: join(repo, 'plan', 'sub') }));
    expect(out.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${repo}/`);
    expect(out.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'plan/runbooks/power-loss.yaml',
      uriBaseId: '%SRCROOT%',
    });
    // The same finding from the library's parent folder: the same place, so the same fingerprint.
    const fromPlan = { ...finding, file: 'runbooks/power-loss.yaml' };
    const again = JSON.parse(render({ ...report, findings: [fromPlan] }, { ...OPTIONS, cwd: join(repo, 'plan') }));
    expect(again.runs[0].results[0].partialFingerprints).toEqual(out.runs[0].results[0].partialFingerprints);
  });

  it('fingerprints a finding by what it is, not where: the same after lines are added above it', () => {
    const finding = report.findings.find((f) => f.rule === 'duplicate-contact-id')!;
    expect(finding.message).toContain('on line 3');
    const fingerprint = (f: typeof finding) =>
      JSON.parse(render({ ...report, findings: [f] }, OPTIONS)).runs[0].results[0].partialFingerprints;
    const moved = { ...finding, line: finding.line + 3, message: finding.message.replace(/line \d+/, 'line 99') };
    const shifted = {
      ...report,
      sources: new Map([[finding.file, shiftedDown(report.sources.get(finding.file)!, 3)]]),
    };
    const here = fingerprint(finding);
    expect(Object.keys(here)).toEqual(['coopFinding/v1']);
    expect(
      JSON.parse(render({ ...shifted, findings: [moved] }, OPTIONS)).runs[0].results[0].partialFingerprints,
    ).toEqual(here);
    expect(fingerprint({ ...finding, rule: 'unknown-step' })).not.toEqual(here);
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
      { uri: `${fromRoot}/my%20runbooks/power%20loss.yaml`, uriBaseId: '%SRCROOT%' },
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

/** The same file with `lines` blank lines added at its top. */
function shiftedDown(file: SourceFile, lines: number): SourceFile {
  return { ...file, lineText: (line: number) => (line <= lines ? '' : file.lineText(line - lines)) };
}
