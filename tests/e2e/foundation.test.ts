// coop as a person first meets it, where only the built binary shows it: a
// reader that goes away. Its version, help, usage errors and the shipped
// library's list: tests/main/cli.test.ts, in process, which prints what the
// binary prints (tests/e2e/in-process.test.ts); the read-only commands in
// detail: tests/commands/read-only.test.ts.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COOP_BIN } from '../helpers/paths.js';

describe('coop (built binary)', () => {
  it('stays quiet when the reader of its output goes away (coop show | head -1)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${COOP_BIN}" contacts | head -1; exit 0`], {
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe("Kansas Commission on Peace Officers' Standards & Training (KS-CPOST)");
    expect(r.stderr).toBe('');
  });

  it('ends with its own exit code when the reader of its messages goes away (coop exercise 2>&1 | head -2)', () => {
    // The group's help goes to stderr; read two lines of it and the pipe closes while coop still writes.
    for (let i = 0; i < 3; i++) {
      const r = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${COOP_BIN}" exercise 2>&1 | head -2 >/dev/null; echo "exit \${PIPESTATUS[0]}"`],
        { encoding: 'utf8' },
      );
      expect(r.stdout.trim()).toBe('exit 0');
    }
  });
});
