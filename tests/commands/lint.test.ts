// `coop lint` and `coop schema` as CI runs them, in process from the command
// line on: exit codes, every output format carrying the same findings.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVERY_RULE, EXPECTED_EVERY_RULE, everyRuleJournals } from '../lint/every-rule.js';
import { ANNOTATION } from '../lint/formats/annotation.js';
import { validateSarif } from '../lint/formats/sarif-schema.js';
import { coop } from '../helpers/coop.js';
import { REPO_ROOT, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

const TODAY = ['--today', '2026-11-23'];
const JOURNALS = ['--journal-dir', everyRuleJournals()];
const inEveryRule = (...args: string[]) => coop(['lint', '.', ...TODAY, ...JOURNALS, ...args], { cwd: EVERY_RULE });
/** `coop lint` in a fresh clone, whose ./runbooks is the shipped plan. */
const inClone = (args: string[] = [], env?: Record<string, string>) =>
  coop(['lint', ...TODAY, ...args], { cwd: REPO_ROOT, env });
type Place = [string, number, number, string];
const sortPlaces = (places: Place[]) => [...places].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const EXPECTED = sortPlaces(EXPECTED_EVERY_RULE);

describe('coop lint', () => {
  it('exits 0 on the shipped library, with its honest warnings only', async () => {
    const r = await inClone();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    for (const line of lines) expect(line).toMatch(/: warning: .*\[(review-overdue|system-rto-rpo-missing)\]$/);
  });

  it('exits 1 on problems, and every format carries the same findings', async () => {
    const compact = await inEveryRule('--format', 'compact');
    expect(compact.code).toBe(1);
    expect(compact.stderr).toBe('');
    const fromCompact = compact.stdout
      .trimEnd()
      .split('\n')
      .map((l): Place => {
        const m = /^(.+?):(\d+):(\d+): (?:error|warning): .* \[([a-z-]+)\]$/.exec(l)!;
        return [m[1]!, Number(m[2]), Number(m[3]), m[4]!];
      });
    expect(sortPlaces(fromCompact)).toEqual(EXPECTED);

    const json = await inEveryRule('--format', 'json');
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(sortPlaces(doc.findings.map((f: any): Place => [f.file, f.line, f.column, f.rule]))).toEqual(EXPECTED);

    const sarif = await inEveryRule('--format', 'sarif');
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(validateSarif(log)).toEqual([]);
    const results = log.runs[0].results.map((r: any): Place => {
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      // %SRCROOT% is the top of the checkout: the path from there to the library goes.
      const file = decodeURIComponent(artifactLocation.uri).replace(/^tests\/fixtures\/lint\/every-rule\//, '');
      return [file, region.startLine, region.startColumn, r.ruleId];
    });
    expect(sortPlaces(results)).toEqual(EXPECTED);

    const stylish = await inEveryRule('--format', 'stylish');
    expect(stylish.code).toBe(1);
    let file = '';
    const fromStylish: Place[] = [];
    for (const line of stylish.stdout.split('\n')) {
      const finding = /^ {2}(\d+):(\d+) +(?:error|warning) +.* {2}([a-z-]+)$/.exec(line);
      if (finding) fromStylish.push([file, Number(finding[1]), Number(finding[2]), finding[3]!]);
      else if (/^\S/.test(line) && !/^\d+ errors?, \d+ warnings?$/.test(line)) file = line;
    }
    expect(sortPlaces(fromStylish)).toEqual(EXPECTED);
    expect(stylish.stdout.trimEnd().split('\n').at(-1)).toBe(
      `${doc.summary.errors} errors, ${doc.summary.warnings} warnings`,
    );
  });

  it('--format github: every stdout line parses as an annotation; the plain report goes to stderr', async () => {
    const r = await inEveryRule('--format', 'github');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const places = lines.map((line): Place => {
      const m = ANNOTATION.exec(line);
      expect(m, line).not.toBeNull();
      return [m![2]!, Number(m![3]), Number(m![4]), m![7]!];
    });
    expect(sortPlaces(places)).toEqual(EXPECTED);
    expect(r.stderr).toContain('contacts.yaml:10:18: error: alternates loop');
  });

  it('--max-warnings and --strict decide whether warnings fail', async () => {
    expect((await inClone(['--max-warnings', '12'])).code).toBe(0);
    expect((await inClone(['--max-warnings', '11'])).code).toBe(1);
    expect((await inClone(['--strict'])).code).toBe(1);
    expect((await inClone(['--quiet', '--strict'])).code).toBe(0);
  });

  it('refuses the shipped sample where there is no library, with the way to name one', async () => {
    const r = await coop(['lint']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `coop: no runbooks/ folder or coop.yaml here or in any folder above, so nothing to lint; run it in your plan's folder or give the library (coop lint DIR, or COOP_RUNBOOKS=DIR); the sample shipped with coop: coop lint ${SHIPPED_RUNBOOKS}\n`,
    );
    expect((await coop(['lint', ...TODAY, SHIPPED_RUNBOOKS, '--quiet'])).code).toBe(0);
    expect((await coop(['lint', ...TODAY, '--quiet'], { env: { COOP_RUNBOOKS: SHIPPED_RUNBOOKS } })).code).toBe(0);
  });

  it('lints one runbook file against its folder', async () => {
    const r = await coop(['lint', ...TODAY, join(SHIPPED_RUNBOOKS, 'fire.yaml')], { cwd: REPO_ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'runbooks/fire.yaml:7:11: warning: review overdue: last reviewed 2016-06-12, due again 2017-06-12 (every 12 months) [review-overdue]\n',
    );
  });

  it('shows runbook text with escape sequences escaped, never raw', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'contacts.yaml'),
      'contacts:\n  - id: a\n    name: "\\e]0;pwned\\a\\e[2J"\n    reach: In person\n',
    );
    writeFileSync(
      join(dir, 'drill.yaml'),
      'id: drill\ntitle: "\\u202Eevil"\nowner: a\nreviewed: 2026-06-01\nnotify: [a]\nsteps:\n  - do: "\\x9b31mGo"\n',
    );
    for (const format of ['stylish', 'compact', 'github']) {
      const r = await coop(['lint', ...TODAY, dir, '--format', format, '--color']);
      expect(r.code).toBe(1);
      expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, ''), format).not.toMatch(
        /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
      );
      expect(r.stdout).toContain('\\e]0;pwned\\a\\e[2J');
    }
  });

  it('colours stylish output only when asked, and never under NO_COLOR', async () => {
    expect((await inClone(['--format', 'stylish'])).stdout).not.toContain('\u001b');
    expect((await inClone(['--format', 'stylish', '--color'])).stdout).toContain('\u001b[33m');
    expect((await inClone(['--format', 'stylish'], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain(
      '\u001b',
    );
  });

  it('lists its rules', async () => {
    const r = await coop(['lint', '--rules']);
    expect(r.code).toBe(0);
    for (const [, , , rule] of EXPECTED_EVERY_RULE) expect(r.stdout).toMatch(new RegExp(`^${rule} `, 'm'));
  });

  describe('exits 2 with one line when lint cannot run', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['--max-warnings abc', ['lint', '--max-warnings', 'abc'], /^coop: --max-warnings takes a whole number/],
      [
        '--today that is not a date',
        ['lint', '--today', '23/11/2026'],
        /^coop: --today takes a date written YYYY-MM-DD/,
      ],
      ['a path that does not exist', ['lint', 'nowhere'], /^coop: nowhere does not exist/],
      [
        '--runbooks naming a file',
        ['--runbooks', join(SHIPPED_RUNBOOKS, 'fire.yaml'), 'lint'],
        /^coop: runbook library .* is not a folder/,
      ],
      [
        'an unknown format',
        ['lint', '--format', 'xml'],
        /^coop: option '-f, --format <format>' argument 'xml' is invalid/,
      ],
    ];
    for (const [name, args, message] of cases) {
      it(name, async () => {
        const r = await coop(args);
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      });
    }
  });
});

describe('coop schema', () => {
  it('prints the shipped runbook schema', async () => {
    const r = await coop(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(REPO_ROOT, 'schema', 'runbook.schema.json'), 'utf8'));
    expect((await coop(['schema', '--file', 'contacts'])).stdout).toBe(
      readFileSync(join(REPO_ROOT, 'schema', 'contacts.schema.json'), 'utf8'),
    );
  });
});

describe('a broken systems.yaml', () => {
  // A system reference cannot be judged against a file that did not load:
  // only the file's own problem is reported, wherever coop is run from.
  function library(): string {
    const dir = tempDir('coop-lint-systems-');
    writeFileSync(join(dir, 'contacts.yaml'), 'contacts:\n  - id: desk\n    name: Desk\n    phone: "(316) 555-0100"\n');
    writeFileSync(join(dir, 'systems.yaml'), 'systems: [\n');
    writeFileSync(
      join(dir, 'good.yaml'),
      'id: good\ntitle: Good\nsystems: [mail]\nsteps:\n  - do: Call the desk.\n    contacts: [desk]\n',
    );
    return dir;
  }

  it.each([
    ['inside the library', (dir: string) => ({ cwd: dir, target: '.' })],
    ['its parent folder', (dir: string) => ({ cwd: join(dir, '..'), target: basename(dir) })],
  ])('reports no unknown system when run from %s', async (_, where) => {
    const { cwd, target } = where(library());
    const result = await coop(['lint', target, '--format', 'compact'], { cwd });
    expect(result.stdout).toMatch(/systems\.yaml:1:10: error: .*\[yaml-syntax\]/);
    expect(result.stdout).not.toMatch(/unknown-system/);
  });
});
