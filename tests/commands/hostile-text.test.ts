// A library whose every text field carries terminal escapes and markup
// (tests/fixtures/hostile-text) through every command that shows it: the
// escapes are shown escaped, never raw, in every format; lint flags each
// field; HTML and Markdown keep the markup as text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, tempDir } from '../helpers/paths.js';
import { coop } from '../helpers/coop.js';
import { type CoopResult, describeRun, expectCleanRun } from '../helpers/expect-run.js';

const LIBRARY = join(FIXTURES, 'hostile-text');
const lib = ['--runbooks', LIBRARY];

/** Runs coop on the hostile-text library: clean (no raw control, no stack) and with the exit code expected. */
async function run(args: string[], code = 0, options: { cwd?: string } = {}): Promise<CoopResult> {
  const r = await coop([...lib, ...args], options);
  expectCleanRun(r);
  expect(r.code, describeRun(r)).toBe(code);
  return r;
}

/** The colour codes chalk writes when --color is given: the one escape the terminal formats themselves need. */
const SGR = /\u001b\[[0-9;]*m/g;

/** The fixture's lines that hold an escape, as `file:line`: lint must flag each of them. */
function linesWithEscapes(): string[] {
  const out: string[] = [];
  for (const file of ['contacts.yaml', 'drill.yaml', 'systems.yaml']) {
    readFileSync(join(LIBRARY, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trimStart().startsWith('#') && /\\(e|a|b|r|x9b|u202e|u200b|u200f|u061c)/i.test(line))
          out.push(`${join(LIBRARY, file)}:${i + 1}`);
      });
  }
  return out;
}

describe('a library with escapes in every text field', () => {
  it('list, as text and JSON', async () => {
    expect((await run(['list'])).stdout).toContain('Drill \\e[2J\\e[3J title');
    expect(JSON.parse((await run(['list', '--json'])).stdout).runbooks[0].title).toBe('Drill \u001b[2J\u001b[3J title');
  });

  it('show as text, with and without colour', async () => {
    const plain = (await run(['show', 'drill'])).stdout;
    for (const shown of ['Drill \\e[2J\\e[3J title', 'Why \\rreplaced', 'echo \\e[31mhi', 'Check \\u009b2J'])
      expect(plain).toContain(shown);
    const r = await coop([...lib, '--color', 'show', 'drill']);
    expect(r.code, describeRun(r)).toBe(0);
    expect(r.stdout).toMatch(SGR);
    expectCleanRun({ ...r, stdout: r.stdout.replace(SGR, '') });
    expect(r.stdout.replace(SGR, '')).toContain('Drill \\e[2J\\e[3J title');
  });

  it('show as Markdown: escapes visible, markup kept as text', async () => {
    const md = (await run(['show', 'drill', '--format', 'markdown'])).stdout;
    expect(md).toContain('\\\\e\\[2J');
    expect(md).not.toMatch(/(?<!\\)<img/);
  });

  it('show as JSON: the same strings, with C1 controls and bidi overrides escaped too', async () => {
    const r = await run(['show', 'drill', '--format', 'json']);
    expect(r.stdout).toContain('Check \\u009b2J');
    const view = JSON.parse(r.stdout);
    expect(view.title).toBe('Drill \u001b[2J\u001b[3J title');
    expect(JSON.stringify(view)).toContain('Hours \u009b31m');
  });

  it('show as HTML: no tag of the runbook reaches the page', async () => {
    const html = (await run(['show', 'drill', '--format', 'html'])).stdout;
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('contacts, as text and JSON', async () => {
    const text = (await run(['contacts'])).stdout;
    for (const shown of [
      'Director \\e[2J\\e[H',
      'Reach \\rOVERWRITTEN',
      'hours: Hours \\u009b31m',
      'Notes \\u202eesrever',
    ])
      expect(text).toContain(shown);
    const json = (await run(['contacts', '--json'])).stdout;
    expect(json).toContain('"notes": "Notes \\u202eesrever"');
    expect(JSON.parse(json).contacts[0].notes).toBe('Notes \u202eesrever');
  });

  it('lint flags every field that holds an escape, in each of the five formats, escaped by that format', async () => {
    const json = JSON.parse((await run(['lint', '--format', 'json'], 1)).stdout) as {
      findings: Array<{ file: string; line: number; rule: string }>;
    };
    const flagged = new Set(
      json.findings.filter((f) => f.rule === 'control-character').map((f) => `${f.file}:${f.line}`),
    );
    expect([...flagged].sort()).toEqual(linesWithEscapes().sort());

    const sarif = JSON.parse((await run(['lint', '--format', 'sarif'], 1)).stdout);
    expect(sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'control-character')).toHaveLength(
      flagged.size,
    );

    const compact = (await run(['lint', '--format', 'compact'], 1)).stdout;
    expect(compact).toContain('"Drill \\e[2J\\e[3J title"; remove it [control-character]');

    const stylish = (await run(['lint', '--format', 'stylish'], 1)).stdout;
    expect(stylish).toContain('title: "Drill \\e[2J\\e[3J title"');
    const coloured = await coop([...lib, '--color', 'lint', '--format', 'stylish']);
    expectCleanRun({ ...coloured, stdout: coloured.stdout.replace(SGR, '') });

    const github = (await run(['lint', '--format', 'github'], 1)).stdout;
    const annotations = github.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThanOrEqual(flagged.size);
    for (const line of annotations) expect(line).toMatch(/^::error file=[^:,]+,line=\d+,col=\d+[^:]*::/);
    expect(github).toContain('Reach \\rOVERWRITTEN');
  });

  it('export as HTML and Markdown: escapes visible, no tag of the library reaches the page', async () => {
    const html = (await run(['export', '--format', 'html'])).stdout;
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('Evil \\e]0;pwned\\a Org &lt;script&gt;alert(1)&lt;/script&gt;');
    const md = (await run(['export', '--format', 'markdown'])).stdout;
    expect(md).not.toMatch(/(?<!\\)<(script|img)/);
    expect(md).toContain('\\<script\\>');
  });

  it('incident --dry-run shows the path with every text escaped', async () => {
    const r = await run(['incident', 'drill', '--dry-run', '--yes']);
    expect(r.stdout).toContain('Ask \\e[?25l?');
  });

  it('a scripted incident with --json: the check runs, its escaping output is recorded escaped', async () => {
    const dir = tempDir();
    const answers = join(dir, 'answers.json');
    // The answer as the runbook writes it, escape and all.
    writeFileSync(answers, JSON.stringify({ ask: 'Yes \u001b[0m' }));
    const r = await run(
      [
        'incident',
        'drill',
        '--yes',
        '--allow-commands',
        '--answers',
        answers,
        '--json',
        '--journal-dir',
        join(dir, 'journal'),
      ],
      0,
      { cwd: dir },
    );
    const events = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.map((e) => e.type)).toEqual([
      'started',
      'step-done',
      'answered',
      'check-started',
      'check-result',
      'ended',
    ]);
    expect(events[2].answer).toBe('Yes \u001b[0m');
    expect(events[4]).toMatchObject({ outcome: 'succeeded', command: 'echo \u001b[31mhi', output: '\u001b[31mhi\n' });
    expect(r.stderr).toContain('running: echo \\e[31mhi');
    expect(r.stderr).toContain('| \\e[31mhi');
  });
});
