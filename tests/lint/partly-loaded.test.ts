// Issue 19: every problem in one run. The rules run on what the loader could
// read of a file with problems, at the file's own positions, and say nothing
// about what the loader already reported as unreadable.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { lintLibrary } from '../../src/lint/engine.js';
import { sortFindings } from '../../src/lint/finding.js';
import { FIXTURES } from '../helpers/paths.js';
import { drill, lintCase, TODAY, yaml } from './rule-tester.js';

const shown = (findings: ReturnType<typeof lintCase>) =>
  findings.map((f) => `${f.file}:${f.line}:${f.col} [${f.rule}]`);
/** The findings in the runbook (the backdrop's systems.yaml is covered by no runbook of these cases). */
const inDrill = (findings: ReturnType<typeof lintCase>) => findings.filter((f) => f.file === 'drill.yaml');

describe('lint of a runbook with problems', () => {
  it('reports all eight mistakes of one runbook in one run, each at its line and column', () => {
    const dir = join(FIXTURES, 'best-effort', 'eight-mistakes');
    const findings = sortFindings(lintLibrary(loadLibrary(dir, { cwd: dir }), { today: TODAY }));
    expect(shown(findings)).toEqual([
      'power-loss.yaml:2:1 [unknown-key]',
      'power-loss.yaml:4:8 [unknown-contact]',
      'power-loss.yaml:5:11 [invalid-value]',
      'power-loss.yaml:7:11 [wrong-type]',
      'power-loss.yaml:11:12 [invalid-value]',
      'power-loss.yaml:14:5 [step-kind]',
      'power-loss.yaml:22:15 [unknown-step]',
      'power-loss.yaml:28:9 [duplicate-step-id]',
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('points at the file’s own list element after a wrong one was left out', () => {
    const findings = lintCase({
      name: 'notify',
      files: {
        'drill.yaml': drill('- do: Go.\n').replace(
          'notify: [executive-director]',
          'notify: [Executive_Director, nobody]',
        ),
      },
    });
    expect(inDrill(findings).map((f) => `${f.line}:${f.col} [${f.rule}] ${f.message}`)).toEqual([
      '5:10 [invalid-value] notify[1]: "Executive_Director" must be kebab-case: lower-case letters, digits and single hyphens, like power-loss',
      '5:30 [unknown-contact] unknown contact "nobody"',
    ]);
  });

  it('does not call a key missing when it is written wrong', () => {
    const check = yaml`
      - id: ping
        run: ping -c 1 server
        timeout: 5 minutes
        on_failure: 7
    `;
    const findings = lintCase({
      name: 'written wrong',
      files: {
        'drill.yaml': drill(check)
          .replace('owner: executive-director', 'owner: Executive Director')
          .replace('reviewed: 2026-06-01', 'reviewed: 2026-13-01'),
        'contacts.yaml': 'contacts:\n  - id: executive-director\n    name: Director\n    phone: 3165550100\n',
        'systems.yaml': 'systems:\n  - id: servers\n    name: Servers\n    rto: 4 hours\n    rpo: 24h\n',
      },
    });
    const missing = [
      'owner-missing',
      'review-overdue',
      'check-timeout-missing',
      'check-on-failure-missing',
      'contact-no-reach',
      'system-rto-rpo-missing',
    ];
    expect(findings.filter((f) => missing.includes(f.rule))).toEqual([]);
    expect(findings.filter((f) => f.category === 'loader')).toHaveLength(6);
  });

  it('runs the flow rules when only keys around the steps are wrong', () => {
    const findings = lintCase({
      name: 'flow with a bad phase',
      files: { 'drill.yaml': drill('- do: Go.\n  phase: recovery\n  next: end\n- id: never\n  do: Never.\n') },
    });
    expect(inDrill(findings).map((f) => f.rule)).toEqual(['invalid-value', 'unreachable-step']);
  });

  it('leaves the flow rules for later when a step cannot be read, since where it leads is unknown', () => {
    const findings = lintCase({
      name: 'flow with a step of no kind',
      files: { 'drill.yaml': drill('- doo: Go.\n  next: end\n- id: never\n  do: Never.\n') },
    });
    expect(inDrill(findings).map((f) => f.rule)).toEqual(['step-kind']);
  });

  // From a coordinator's probe: a wrong instruction or interval hid the loop until it was fixed.
  it('runs the flow rules when a step is wrong in what it says or how often, not where it leads', () => {
    const steps = yaml`
      - id: a
        do: Start.
        next: a
      - id: b
        do: 42
      - id: c
        do: Tell the director.
        update_every: 30 minutes
      - id: d
        ask: 42
        choices:
          - answer: "Yes"
            next: end
          - answer: "No"
            next: b
    `;
    const findings = lintCase({ name: 'flow around wrong words', files: { 'drill.yaml': drill(steps) } });
    expect(inDrill(findings).map((f) => `${f.line}:${f.col} [${f.rule}]`)).toEqual([
      '7:5 [no-path-to-end]',
      '10:5 [unreachable-step]',
      '11:9 [wrong-type]',
      '14:19 [invalid-value]',
      '16:10 [wrong-type]',
    ]);
  });

  it('leaves them for later when a step is wrong in where it leads, or in its id', () => {
    for (const wrong of ['next: 42', 'nxt: end', 'id: Not An Id']) {
      const findings = lintCase({
        name: `flow with ${wrong}`,
        files: { 'drill.yaml': drill(`- do: Go.\n  ${wrong}\n- id: never\n  do: Never.\n  next: never\n`) },
      });
      expect(
        inDrill(findings).filter((f) => f.category === 'flow'),
        wrong,
      ).toEqual([]);
    }
  });
});
