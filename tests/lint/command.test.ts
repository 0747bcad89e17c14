// `coop lint` run in-process with fake streams: what a person or a CI job
// sees on stdout and stderr, and the exit code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/lint.js';
import { UserError } from '../../src/system/errors.js';
import { REPO_ROOT, SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { EVERY_RULE } from './every-rule.js';
import { fakeIO } from '../helpers/fake-io.js';

const lint = async (args: Partial<Parameters<typeof run>[0]>, io = fakeIO({ cwd: REPO_ROOT })) => {
  const code = await run({ paths: [], ...args }, io);
  return { code, out: io.out(), err: io.err() };
};

/** The shipped library's honest gaps: six plans last reviewed in 2016, six systems without objectives. */
const SHIPPED_WARNINGS = 12;

describe('coop lint on the shipped library', () => {
  it("finds no errors, only the plan's real gaps, and exits 0", async () => {
    const { code, out } = await lint({ runbooks: SHIPPED_RUNBOOKS, today: '2026-11-23' });
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(SHIPPED_WARNINGS);
    expect(lines.every((l) => / warning: .*\[(review-overdue|system-rto-rpo-missing)\]$/.test(l))).toBe(true);
  });

  it('prints stylish on a terminal and compact to a pipe', async () => {
    const tty = await lint({ runbooks: SHIPPED_RUNBOOKS }, fakeIO({ cwd: REPO_ROOT, tty: true }));
    expect(tty.out).toContain('runbooks/power-loss.yaml\n  7:11  warning  review overdue');
    expect(tty.out.trimEnd().split('\n').at(-1)).toBe(`0 errors, ${SHIPPED_WARNINGS} warnings`);
    const pipe = await lint({ runbooks: SHIPPED_RUNBOOKS });
    expect(pipe.out.split('\n')[0]).toMatch(/^runbooks\/\S+\.yaml:\d+:\d+: warning: /);
  });

  it('judges reviews against the clock when --today is not given', async () => {
    const before = await lint(
      { runbooks: SHIPPED_RUNBOOKS, format: 'json' },
      fakeIO({ cwd: REPO_ROOT, now: '2017-01-01' }),
    );
    expect(JSON.parse(before.out).summary.warnings).toBe(6);
  });

  it('--max-warnings: at most that many warnings pass; one more fails, and stderr says why', async () => {
    const within = await lint({ runbooks: SHIPPED_RUNBOOKS, maxWarnings: SHIPPED_WARNINGS });
    expect(within.code).toBe(0);
    expect(within.err).toBe('');
    // A CI log that ends "0 errors" must say why the step failed; the JSON on stdout stays as it is.
    const over = await lint({ runbooks: SHIPPED_RUNBOOKS, maxWarnings: SHIPPED_WARNINGS - 1, format: 'json' });
    expect(over.code).toBe(1);
    expect(JSON.parse(over.out).summary.errors).toBe(0);
    expect(over.err).toBe(
      `coop: lint fails: ${SHIPPED_WARNINGS} warnings, more than --max-warnings ${SHIPPED_WARNINGS - 1} allows\n`,
    );
  });

  it('--strict: any warning fails, and stderr says why', async () => {
    const strict = await lint({ runbooks: SHIPPED_RUNBOOKS, strict: true });
    expect(strict.code).toBe(1);
    expect(strict.err).toBe(`coop: lint fails: ${SHIPPED_WARNINGS} warnings, and --strict fails on any\n`);
  });

  it('--quiet: warnings are neither shown nor counted', async () => {
    const { code, out } = await lint({ runbooks: SHIPPED_RUNBOOKS, quiet: true, maxWarnings: 0, format: 'stylish' });
    expect(code).toBe(0);
    expect(out).toBe('0 errors, 0 warnings\n');
  });

  it('a runbook file: only its own findings, judged against its folder', async () => {
    const { code, out } = await lint({ paths: ['runbooks/power-loss.yaml'] });
    expect(code).toBe(0);
    expect(out).toBe(
      'runbooks/power-loss.yaml:7:11: warning: review overdue: last reviewed 2016-06-12, due again 2017-06-12 (every 12 months) [review-overdue]\n',
    );
  });
});

describe('coop lint on a library with problems', () => {
  const io = () => fakeIO({ cwd: EVERY_RULE });

  it('exits 1 when there are errors', async () => {
    expect((await lint({ paths: ['.'], today: '2026-11-23' }, io())).code).toBe(1);
  });

  it('a file of it: its findings only, and no rule about the whole library', async () => {
    const structure = await lint({ paths: ['structure.yaml'], today: '2026-11-23' }, io());
    expect(
      new Set(
        structure.out
          .trimEnd()
          .split('\n')
          .map((l) => l.split(':')[0]),
      ),
    ).toEqual(new Set(['structure.yaml']));
    const contacts = await lint({ paths: ['contacts.yaml', 'systems.yaml'], today: '2026-11-23' }, io());
    const rules = contacts.out
      .trimEnd()
      .split('\n')
      .map((l) => /\[([a-z-]+)\]$/.exec(l)![1]);
    expect(rules).toEqual([
      'alternates-cycle',
      'contact-no-reach',
      'phone-invalid',
      'contact-verified-stale',
      'duplicate-contact-id',
      'system-rto-rpo-missing',
      'rto-exceeds-mtd',
      'duplicate-system-id',
    ]);
  });

  it('the same file twice, or a file inside a folder also given, is reported once', async () => {
    const once = await lint({ paths: ['.'], today: '2026-11-23' }, io());
    const twice = await lint({ paths: ['.', 'flow.yaml', './flow.yaml'], today: '2026-11-23' }, io());
    expect(twice.out).toBe(once.out);
  });

  it('github: annotations on stdout, the full plain report on stderr', async () => {
    const { out, err } = await lint({ paths: ['.'], today: '2026-11-23', format: 'github' }, io());
    expect(out.split('\n')[0]).toMatch(/^::error file=contacts\.yaml,line=10,col=18,/);
    expect(err).toContain('contacts.yaml:10:18: error: alternates loop');
    expect(err.trimEnd().split('\n').at(-1)).toMatch(/^\d+ errors, \d+ warnings$/);
  });

  it('coop.yaml changes severities and turns rules off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coop-lint-config-'));
    writeFileSync(join(dir, 'contacts.yaml'), 'contacts:\n  - id: boss\n    name: Boss\n    reach: In person\n');
    writeFileSync(join(dir, 'systems.yaml'), 'systems:\n  - id: mail\n    name: Mail\n');
    writeFileSync(
      join(dir, 'old.yaml'),
      'id: old\ntitle: Old\nowner: boss\nreviewed: 2016-06-12\nsystems: [mail]\nnotify: [boss]\nsteps:\n  - do: Go.\n',
    );
    const before = await lint({ paths: [dir], today: '2026-11-23' });
    expect(before.code).toBe(0);
    writeFileSync(
      join(dir, 'coop.yaml'),
      'lint:\n  rules:\n    review-overdue: error\n    system-rto-rpo-missing: off\n',
    );
    const after = await lint({ paths: [dir], today: '2026-11-23' });
    expect(after.code).toBe(1);
    expect(after.out).toMatch(/old\.yaml:4:11: error: review overdue: .* \[review-overdue\]\n$/);
  });
});

describe('coop lint --rules', () => {
  it('lists every rule with its severity, family and description', async () => {
    const { code, out } = await lint({ rules: true });
    expect(code).toBe(0);
    expect(out).toMatch(/^review-overdue +warning +policy +A runbook was last reviewed/m);
    expect(out).toMatch(/^yaml-syntax +error +loader +/m);
    expect(out).toContain('coop.yaml');
  });

  it('as JSON', async () => {
    const rules = JSON.parse((await lint({ rules: true, format: 'json' })).out);
    expect(rules.find((r: { id: string }) => r.id === 'branch-fallthrough')).toMatchObject({
      severity: 'warning',
      category: 'flow',
    });
  });
});

describe('coop lint could not run: exit 2 with one line', () => {
  const cases: Array<[string, Partial<Parameters<typeof run>[0]>, RegExp]> = [
    [
      'a path that does not exist',
      { paths: ['no/such/place'] },
      /^no\/such\/place does not exist; give a library folder or a runbook \.yaml file$/,
    ],
    [
      'a file that is not YAML',
      { paths: ['package.json'] },
      /^package\.json is neither a library folder nor a \.yaml file/,
    ],
    ['--runbooks that does not exist', { runbooks: 'nowhere' }, /nowhere does not exist/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const error = await lint(args).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).exitCode).toBe(2);
      expect((error as UserError).message).toMatch(message);
    });
  }
});
