// coop's SARIF as GitHub's code scanning judges it: Microsoft's SARIF
// Multitool (the devDependency @microsoft/sarif-multitool) validates a lint of
// the library with one problem of every rule, run from a sub-folder of a git
// repository so that paths go through %SRCROOT%, with GitHub's rule set and
// SARIF's own ("Gh;Sarif"). It must find nothing to say: no error, no warning.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/lint/engine.js';
import { coop } from '../helpers/coop.js';
import { tempDir } from '../helpers/paths.js';
import { EVERY_RULE, everyRuleJournals } from '../lint/every-rule.js';

/** The native Multitool of this platform; only Linux x64 is driven here (the machine and CI). */
function multitool(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const pkg = createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/package.json');
  const binary = join(dirname(pkg), 'Sarif.Multitool');
  return existsSync(binary) ? binary : undefined;
}
const MULTITOOL = multitool();

describe.skipIf(MULTITOOL === undefined)('SARIF Multitool, GitHub rule kind', () => {
  it('reports no error and no warning on a lint with every rule, from a sub-folder of the repository', async () => {
    const repo = tempDir('coop-sarif-gh-');
    expect(spawnSync('git', ['init', '-q', repo]).status).toBe(0);
    cpSync(EVERY_RULE, join(repo, 'plan', 'runbooks'), { recursive: true });
    const sub = join(repo, 'plan', 'notes');
    mkdirSync(sub);
    const lint = await coop(
      ['lint', '--format', 'sarif', '--today', '2026-11-23', '--journal-dir', everyRuleJournals(), '../runbooks'],
      { cwd: sub },
    );
    expect(lint.code).toBe(1);
    const log = JSON.parse(lint.stdout);
    const run = log.runs[0];
    // The input carries every rule coop has, each with a result, and paths from the repository's top.
    const ids = allRules().map((r) => r.id);
    expect(new Set(run.results.map((r: { ruleId: string }) => r.ruleId))).toEqual(new Set(ids));
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/^plan\/runbooks\//);
    const input = join(repo, 'coop.sarif');
    writeFileSync(input, lint.stdout);

    const output = join(repo, 'validation.sarif');
    const r = spawnSync(MULTITOOL!, ['validate', '--rule-kind', 'Gh;Sarif', '--output', output, input], {
      encoding: 'utf8',
      env: {
        ...process.env,
        // .NET otherwise needs ICU (libicu) to start; nothing here depends on a locale.
        DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        // It fetches the log's $schema and the rules' help pages, and on a machine with no network waits
        // about 5 s for the answers that never come (measured). A proxy that refuses at once (the discard
        // port) ends that wait: the same validation results, in 1.7 s instead of 7.
        ...Object.fromEntries(
          ['HTTPS_PROXY', 'HTTP_PROXY', 'https_proxy', 'http_proxy'].map((name) => [name, 'http://127.0.0.1:9']),
        ),
      },
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter((line) => /: (error|warning) /.test(line))).toEqual([]);
    // A result with no level is a warning in SARIF; a note is advice, not a fault.
    const validation = JSON.parse(readFileSync(output, 'utf8'));
    const faults = validation.runs[0].results.filter(
      (x: { level?: string }) => !['note', 'none'].includes(x.level ?? ''),
    );
    expect(faults).toEqual([]);
  }, 60_000);
});
